import { base58check } from './checksum/base58.js';
import { bech32Check } from './checksum/bech32.js';
import { keccak256 } from './checksum/keccak.js';

/**
 * Chains whose addresses are recognised.
 *
 * @example
 * ```ts
 * import { CHAINS } from 'trafficking-signals';
 * CHAINS.includes('tron'); // true
 * ```
 */
export const CHAINS = ['bitcoin', 'ethereum', 'tron'] as const;
/**
 * A chain.
 *
 * @example
 * ```ts
 * import type { Chain } from 'trafficking-signals';
 * const chain: Chain = 'bitcoin';
 * ```
 */
export type Chain = (typeof CHAINS)[number];

/**
 * A wallet address found in the text (offsets raw).
 *
 * @example
 * ```ts
 * const w: WalletMatch | undefined = findWallets('BTC 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2')[0];
 * ```
 */
export interface WalletMatch {
  chain: Chain;
  value: string;
  format: 'p2pkh' | 'p2sh' | 'bech32' | 'bech32m' | 'hex' | 'base58';
  /** `valid`: the checksum was verified; `none`: the address carries no checksum (all-lower or all-upper hex). */
  checksum: 'valid' | 'none';
  start: number;
  end: number;
}

const B58 = '1-9A-HJ-NP-Za-km-z';
const WALLET_RE = new RegExp(
  `(?<![A-Za-z0-9])(?:([13][${B58}]{25,34})|(bc1[02-9ac-hj-np-z]{6,87}|BC1[02-9AC-HJ-NP-Z]{6,87})|(0x[0-9a-fA-F]{40})|(T[${B58}]{33}))(?![A-Za-z0-9])`,
  'g',
);

/** EIP-55: an address in mixed case must match the case pattern of its Keccak-256 hash. */
function eip55(address: string): 'valid' | 'none' | null {
  const hex = address.slice(2);
  if (hex === hex.toLowerCase() || hex === hex.toUpperCase()) return 'none';
  const hash = keccak256(new TextEncoder().encode(hex.toLowerCase()));
  for (let i = 0; i < 40; i++) {
    const nibble = ((hash[i >> 1] as number) >> (i % 2 === 0 ? 4 : 0)) & 0xf;
    const ch = hex[i] as string;
    if (/[a-f]/i.test(ch) && (nibble >= 8) !== (ch === ch.toUpperCase())) return null;
  }
  return 'valid';
}

/**
 * Finds cryptocurrency addresses and verifies them: Bitcoin legacy (Base58Check, version 0 or
 * 5) and SegWit (Bech32/Bech32m), Ethereum (0x + 40 hex, EIP-55 checksum when in mixed case)
 * and Tron (Base58Check, version 0x41). Reads the raw text, since addresses are case-sensitive.
 * Words that merely look like addresses fail the checksum and are not reported.
 *
 * @example
 * ```ts
 * findWallets('BTC: 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2')[0]?.chain; // "bitcoin"
 * ```
 */
export function findWallets(raw: string): WalletMatch[] {
  const out: WalletMatch[] = [];
  WALLET_RE.lastIndex = 0;
  for (let m = WALLET_RE.exec(raw); m; m = WALLET_RE.exec(raw)) {
    const [text, legacy, segwit, eth, tron] = m;
    const span = { start: m.index, end: m.index + text.length };
    if (legacy) {
      const p = base58check(legacy);
      if (p && p.length === 21 && (p[0] === 0 || p[0] === 5)) {
        out.push({ chain: 'bitcoin', value: legacy, format: p[0] === 0 ? 'p2pkh' : 'p2sh', checksum: 'valid', ...span });
      }
    } else if (segwit) {
      const b = bech32Check(segwit);
      if (b) out.push({ chain: 'bitcoin', value: segwit.toLowerCase(), format: b.encoding, checksum: 'valid', ...span });
    } else if (eth) {
      const check = eip55(eth);
      if (check) out.push({ chain: 'ethereum', value: eth.toLowerCase(), format: 'hex', checksum: check, ...span });
    } else if (tron) {
      const p = base58check(tron);
      if (p && p.length === 21 && p[0] === 0x41) out.push({ chain: 'tron', value: tron, format: 'base58', checksum: 'valid', ...span });
    }
  }
  return out;
}
