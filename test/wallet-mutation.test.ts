import { describe, expect, it } from 'vitest';
import { findWallets } from '../src/entities/wallet.js';

// The wallet finder's paths, one behaviour each, for the mutants of src/entities/wallet.ts: the
// address shapes, the version byte and payload length behind each Base58Check form, Bech32 case,
// EIP-55 mixed case, the span and its word bounds.
// Invented addresses: the Base58Check ones below encode made-up 20-byte payloads
// ((i * 37 + seed) & 0xff) with the version byte named, checksummed with a double SHA-256; the
// Ethereum ones are made-up hex given their EIP-55 case. None is anybody's wallet.

const P2PKH = '1evpdLNicb2jhNZz2meWVUnpNmFCPA4XB'; // version 0
const P2SH = '32XZW4WJNkdhbpJwWLgVdpqcxGtXPc7mkb'; // version 5
const TRON = 'TAzNLU555pAZSmv5NiusS4AihvBgpMwbKY'; // version 0x41
const VERSION_6 = '3RgYjH86yhNHeJD68YmZRF7WbQJuTcjeoL'; // starts with 3, version 6: no Bitcoin address
const VERSION_0X42 = 'TZxjoo1PaXAriJaHbikgWmSiMfmW7wz1La'; // starts with T, version 0x42: no Tron address
const SHORT_V0 = '12wvFNaRdiQ8QZ6CG7rzY2S9UZaFrno'; // version 0, 18-byte payload
const LONG_V0 = '13tQZDNWrg5CfTCCaip4ZAhfE74Hdz6fdUA'; // version 0, 21-byte payload
const ETH = ['0x1234567890AbcdEF1234567890aBcdef12345678', '0xABcdEFABcdEFabcdEfAbCdefabcdeFABcDEFabCD', '0xA1B2c3d4e5F6A7B8c9D0E1F2A3b4C5D6E7f8A9B0'];
const BECH32 = 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4';

const flipCase = (s: string, i: number): string =>
  s.slice(0, i) + (s[i] === s[i]!.toUpperCase() ? s[i]!.toLowerCase() : s[i]!.toUpperCase()) + s.slice(i + 1);

describe('wallet: Bitcoin legacy and Tron (Base58Check)', () => {
  it('reports P2PKH (version 0) and P2SH (version 5) with their spans', () => {
    const text = `BTC ${P2PKH} or ${P2SH}.`;
    expect(findWallets(text)).toEqual([
      { chain: 'bitcoin', value: P2PKH, format: 'p2pkh', checksum: 'valid', start: 4, end: 37 },
      { chain: 'bitcoin', value: P2SH, format: 'p2sh', checksum: 'valid', start: 41, end: 75 },
    ]);
    expect(text.slice(4, 37)).toBe(P2PKH);
  });
  it('reports a Tron address (version 0x41)', () => {
    expect(findWallets(`TRC20: ${TRON}`)).toEqual([{ chain: 'tron', value: TRON, format: 'base58', checksum: 'valid', start: 7, end: 41 }]);
  });
  it('rejects a valid Base58Check string of another version or payload length', () => {
    expect(findWallets(VERSION_6)).toEqual([]);
    expect(findWallets(VERSION_0X42)).toEqual([]);
    expect(findWallets(SHORT_V0)).toEqual([]);
    expect(findWallets(LONG_V0)).toEqual([]);
  });
  it('rejects one changed character (the checksum fails)', () => {
    expect(findWallets(flipCase(P2PKH, 5))).toEqual([]);
    expect(findWallets(flipCase(TRON, 5))).toEqual([]);
  });
  it('needs the address to stand alone: no letter or digit on either side', () => {
    expect(findWallets(`x${P2PKH}`)).toEqual([]);
    expect(findWallets(`${P2PKH}x`)).toEqual([]);
    expect(findWallets(`9${TRON}`)).toEqual([]);
    expect(findWallets(`(${P2PKH})`)).toEqual([{ chain: 'bitcoin', value: P2PKH, format: 'p2pkh', checksum: 'valid', start: 1, end: 34 }]);
  });
});

describe('wallet: Bitcoin SegWit (Bech32)', () => {
  it('reports the address in lower case, written in either case', () => {
    const expected = { chain: 'bitcoin', value: BECH32, format: 'bech32', checksum: 'valid' };
    expect(findWallets(`pay ${BECH32}`)).toEqual([{ ...expected, start: 4, end: 46 }]);
    expect(findWallets(`pay ${BECH32.toUpperCase()}`)).toEqual([{ ...expected, start: 4, end: 46 }]);
  });
  it('rejects mixed case and a bad checksum', () => {
    expect(findWallets(flipCase(BECH32, 4))).toEqual([]);
    expect(findWallets(`${BECH32.slice(0, -1)}5`)).toEqual([]);
    expect(findWallets(`${BECH32}x`)).toEqual([]);
  });
});

describe('wallet: Ethereum (EIP-55)', () => {
  it('reports a mixed-case address whose case matches its hash as valid, in lower case', () => {
    for (const a of ETH) {
      expect(findWallets(`ETH ${a}`), a).toEqual([{ chain: 'ethereum', value: a.toLowerCase(), format: 'hex', checksum: 'valid', start: 4, end: 46 }]);
    }
  });
  it('rejects a mixed-case address with any one letter in the wrong case', () => {
    for (const a of ETH) {
      for (let i = 2; i < 42; i++) {
        if (!/[a-f]/i.test(a[i]!)) continue;
        expect(findWallets(flipCase(a, i)), `${a} at ${i}`).toEqual([]);
      }
    }
  });
  it('reports all-lower and all-upper hex as carrying no checksum', () => {
    const lower = ETH[0]!.toLowerCase();
    const upper = `0x${ETH[0]!.slice(2).toUpperCase()}`;
    expect(findWallets(lower)).toEqual([{ chain: 'ethereum', value: lower, format: 'hex', checksum: 'none', start: 0, end: 42 }]);
    expect(findWallets(upper)).toEqual([{ chain: 'ethereum', value: lower, format: 'hex', checksum: 'none', start: 0, end: 42 }]);
  });
  it('needs exactly 40 hex digits standing alone', () => {
    expect(findWallets(`${ETH[0]}0`)).toEqual([]);
    expect(findWallets(ETH[0]!.slice(0, 41))).toEqual([]);
    expect(findWallets(`a${ETH[0]}`)).toEqual([]);
  });
});

describe('wallet: several in one text', () => {
  it('reports each in order, whatever the chain', () => {
    const text = `${TRON} / ${ETH[1]} / ${BECH32} / ${P2SH}`;
    const found = findWallets(text);
    expect(found.map((w) => [w.chain, w.format, text.slice(w.start, w.end)])).toEqual([
      ['tron', 'base58', TRON],
      ['ethereum', 'hex', ETH[1]],
      ['bitcoin', 'bech32', BECH32],
      ['bitcoin', 'p2sh', P2SH],
    ]);
  });
  it('finds the same address again on a second call (the pattern starts over)', () => {
    expect(findWallets(P2PKH)).toHaveLength(1);
    expect(findWallets(P2PKH)).toHaveLength(1);
  });
});
