/**
 * Keccak-256 (the original padding Ethereum uses, not SHA3-256), on BigInt lanes: short and
 * slow, which is fine for the one thing it does here — checking the EIP-55 mixed-case checksum
 * of an Ethereum address, 40 bytes of input.
 */
const MASK = (1n << 64n) - 1n;
const ROTATIONS = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14];
const ROUND_CONSTANTS: bigint[] = (() => {
  const out: bigint[] = [];
  let r = 1;
  for (let round = 0; round < 24; round++) {
    let c = 0n;
    for (let j = 0; j < 7; j++) {
      if (r & 1) c |= 1n << BigInt((1 << j) - 1);
      r = r & 0x80 ? ((r << 1) ^ 0x71) & 0xff : (r << 1) & 0xff;
    }
    out.push(c);
  }
  return out;
})();

const rotl = (x: bigint, n: number): bigint => (n === 0 ? x : ((x << BigInt(n)) | (x >> BigInt(64 - n))) & MASK);

function permute(a: bigint[]): void {
  const c: bigint[] = new Array<bigint>(5).fill(0n);
  const b: bigint[] = new Array<bigint>(25).fill(0n);
  for (let round = 0; round < 24; round++) {
    for (let x = 0; x < 5; x++) c[x] = a[x]! ^ a[x + 5]! ^ a[x + 10]! ^ a[x + 15]! ^ a[x + 20]!;
    for (let x = 0; x < 5; x++) {
      const d = c[(x + 4) % 5]! ^ rotl(c[(x + 1) % 5]!, 1);
      for (let y = 0; y < 25; y += 5) a[y + x] = a[y + x]! ^ d;
    }
    for (let x = 0; x < 5; x++) {
      for (let y = 0; y < 5; y++) b[y + ((2 * x + 3 * y) % 5) * 5] = rotl(a[x + 5 * y]!, ROTATIONS[x + 5 * y]!);
    }
    for (let y = 0; y < 25; y += 5) {
      for (let x = 0; x < 5; x++) a[y + x] = b[y + x]! ^ (~b[y + ((x + 1) % 5)]! & MASK & b[y + ((x + 2) % 5)]!);
    }
    a[0] = a[0]! ^ ROUND_CONSTANTS[round]!;
  }
}

/**
 * The Keccak-256 digest of `data` (inputs shorter than one 136-byte block only).
 *
 * @example
 * ```ts
 * keccak256(new Uint8Array())[0]; // 0xc5
 * ```
 */
export function keccak256(data: Uint8Array): Uint8Array {
  const rate = 136;
  if (data.length >= rate) throw new RangeError('keccak256: input longer than one block');
  const block = new Uint8Array(rate);
  block.set(data);
  block[data.length] = (block[data.length] as number) ^ 0x01;
  block[rate - 1] = (block[rate - 1] as number) ^ 0x80;
  const state: bigint[] = new Array<bigint>(25).fill(0n);
  for (let i = 0; i < rate / 8; i++) {
    let lane = 0n;
    for (let k = 7; k >= 0; k--) lane = (lane << 8n) | BigInt(block[i * 8 + k] as number);
    state[i] = lane;
  }
  permute(state);
  const out = new Uint8Array(32);
  for (let i = 0; i < 4; i++) {
    let lane = state[i] as bigint;
    for (let k = 0; k < 8; k++) {
      out[i * 8 + k] = Number(lane & 0xffn);
      lane >>= 8n;
    }
  }
  return out;
}
