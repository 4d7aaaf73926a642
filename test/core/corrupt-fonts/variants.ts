// The corrupt-font set: the project's Mongolian font with one bit flipped in one table, chosen by a
// seeded generator (so a failing variant can be replayed by its index). Most flips land in the
// shaping tables (GPOS, GSUB, GDEF), the rest anywhere else in the font.
import { readFileSync } from 'node:fs';
import { MONGOLIAN_TTF } from '../helpers.js';

export interface FontVariant {
  readonly index: number;
  readonly table: string;
  /** Byte offset in the file, and the bit flipped there. */
  readonly offset: number;
  readonly bit: number;
  readonly bytes: Uint8Array;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function tablesOf(font: Uint8Array): Map<string, { offset: number; length: number }> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < view.getUint16(4); i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...font.subarray(record, record + 4));
    tables.set(tag, { offset: view.getUint32(record + 8), length: view.getUint32(record + 12) });
  }
  return tables;
}

/** The original font's bytes. */
export function originalFont(): Uint8Array {
  return new Uint8Array(readFileSync(MONGOLIAN_TTF));
}

/** Writes the checksum of the table at directory record `record` again (a crafted font, not a damaged one). */
function resign(bytes: Uint8Array, record: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const offset = view.getUint32(record + 8);
  const length = view.getUint32(record + 12);
  let sum = 0;
  for (let at = 0; at < length; at += 4) {
    let word = 0;
    for (let k = 0; k < 4; k++) word = word * 256 + (at + k < length ? bytes[offset + at + k]! : 0);
    sum = (sum + word) % 2 ** 32;
  }
  if (String.fromCharCode(...bytes.subarray(record, record + 4)) === 'head')
    sum = (sum - view.getUint32(offset + 8) + 2 ** 32) % 2 ** 32;
  view.setUint32(record + 4, sum);
}

/**
 * Variant `index` of the set made with `seed`. `crafted`: the damaged table's checksum is written
 * again, as someone crafting a hostile font would, so only HarfBuzz's own checks stand in the way.
 */
export function fontVariant(index: number, seed = 400, original = originalFont(), crafted = false): FontVariant {
  const random = mulberry32(seed * 100_003 + index);
  const tables = tablesOf(original);
  const records = [...tables.keys()];
  const shaping = ['GPOS', 'GSUB', 'GDEF'].filter((t) => tables.has(t));
  const others = [...tables.keys()].filter((t) => !shaping.includes(t));
  const pick = random();
  const pool = pick < 0.45 ? ['GPOS'] : pick < 0.75 ? ['GSUB'] : pick < 0.8 ? ['GDEF'] : others;
  const table = pool[Math.floor(random() * pool.length)]!;
  const where = tables.get(table)!;
  // Headers and offsets sit at the start of a table: flip there half the time.
  const span = random() < 0.5 ? Math.min(where.length, 256) : where.length;
  const offset = where.offset + Math.floor(random() * span);
  const bit = Math.floor(random() * 8);
  const bytes = original.slice();
  bytes[offset]! ^= 1 << bit;
  if (crafted) resign(bytes, 12 + records.indexOf(table) * 16);
  return { index, table, offset, bit, bytes };
}
