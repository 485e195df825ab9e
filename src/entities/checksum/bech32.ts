const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
const BECH32 = 1;
const BECH32M = 0x2bc830a3;

function polymod(values: number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ (GEN[i] as number)) >>> 0;
  }
  return chk;
}

/**
 * Verifies a Bech32 (BIP 173) or Bech32m (BIP 350) string. Returns which encoding matched
 * and the witness version, or `null`. Mixed case is invalid by the standard.
 *
 * @example
 * ```ts
 * bech32Check('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'); // { encoding: "bech32", version: 0 }
 * ```
 */
export function bech32Check(text: string): { encoding: 'bech32' | 'bech32m'; version: number } | null {
  if (text !== text.toLowerCase() && text !== text.toUpperCase()) return null;
  const s = text.toLowerCase();
  const sep = s.lastIndexOf('1');
  if (sep < 1 || sep + 7 > s.length || s.length > 90) return null;
  const hrp = s.slice(0, sep);
  const data: number[] = [];
  for (const ch of s.slice(sep + 1)) {
    const v = CHARSET.indexOf(ch);
    if (v < 0) return null;
    data.push(v);
  }
  const expanded = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31)];
  const check = polymod([...expanded, ...data]);
  const version = data[0] as number;
  if (check === BECH32 && version === 0) return { encoding: 'bech32', version };
  if (check === BECH32M && version >= 1 && version <= 16) return { encoding: 'bech32m', version };
  return null;
}
