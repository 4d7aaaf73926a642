// The compact form of a sorted set of document numbers in a sharded index (sharded-format.ts): the
// gaps between them Rice-coded (a Golomb code with a power-of-two divisor), the bits packed six to
// a base64 character so the set stays a JSON string. Gaps of a set of d documents among n take
// about log2(n / d) + 1.5 bits each, near the least any code can do for documents spread over the
// numbers, and fewer than n bits for a dense set; JSON numbers take two to three times as much.
import { SearchIndexLoadError } from '../errors.js';

/** `[count, rice parameter k, bits]`: `count` documents, each gap minus one as a unary quotient and k low bits. */
export type EncodedDocumentSet = [count: number, k: number, bits: string];

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/** How many bits the gaps take with parameter `k`. */
function bitsWith(gaps: readonly number[], k: number): number {
  let bits = gaps.length * (k + 1);
  for (const g of gaps) bits += Math.floor(g / 2 ** k);
  return bits;
}

/** Encodes ascending, distinct, non-negative document numbers. */
export function encodeDocumentSet(sorted: ArrayLike<number>): EncodedDocumentSet {
  const gaps: number[] = [];
  let last = -1;
  for (let i = 0; i < sorted.length; i++) {
    gaps.push(sorted[i]! - last - 1);
    last = sorted[i]!;
  }
  let k = 0;
  while (k < 30 && bitsWith(gaps, k + 1) <= bitsWith(gaps, k)) k++;
  let out = '';
  let word = 0;
  let filled = 0;
  const push = (bit: number) => {
    word = (word << 1) | bit;
    if (++filled === 6) {
      out += ALPHABET[word];
      word = 0;
      filled = 0;
    }
  };
  const low = 2 ** k;
  for (const g of gaps) {
    for (let q = Math.floor(g / low); q > 0; q--) push(1);
    push(0);
    const r = g % low;
    for (let bit = k - 1; bit >= 0; bit--) push(Math.floor(r / 2 ** bit) & 1);
  }
  if (filled) out += ALPHABET[word << (6 - filled)];
  return [sorted.length, k, out];
}

/** Decodes {@link encodeDocumentSet}; `path` names the file in the error for bits that do not hold `count` documents. */
export function decodeDocumentSet([count, k, bits]: EncodedDocumentSet, path: string): Int32Array {
  const docs = new Int32Array(count);
  let at = 0;
  let word = 0;
  let left = 0;
  const next = (): number => {
    if (left === 0) {
      const value = at < bits.length ? VALUE[bits.charCodeAt(at++)] : -1;
      if (value === undefined || value < 0)
        throw new SearchIndexLoadError(`${path}: the document set is cut short or not base64.`);
      word = value;
      left = 6;
    }
    return (word >> --left) & 1;
  };
  const low = 2 ** k;
  let last = -1;
  for (let i = 0; i < count; i++) {
    let q = 0;
    while (next() === 1) q++;
    let r = 0;
    for (let bit = 0; bit < k; bit++) r = r * 2 + next();
    last += q * low + r + 1;
    docs[i] = last;
  }
  return docs;
}
