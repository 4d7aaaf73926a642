import type { PhysicalKey } from '../types.js';

/** Builds the code → key map of a hardware layout, refusing duplicate codes (a data error). */
export function physicalKeyMap(keys: readonly PhysicalKey[]): ReadonlyMap<string, PhysicalKey> {
  const map = new Map<string, PhysicalKey>();
  for (const key of keys) {
    if (map.has(key.code)) throw new Error(`Duplicate key ${key.code} in layout data`);
    map.set(key.code, key);
  }
  return map;
}
