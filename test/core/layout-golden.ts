// A layout reduced to plain numbers, for comparing Node's result with Chromium's.
import type { TextLayout } from '@bichig/core';

export interface LayoutSnapshot {
  columns: Array<[number, number]>;
  glyphs: Array<[number, number, number, number, number]>;
  clusters: Array<[number, number, number, number]>;
  missing: Array<[number, number]>;
}

const round = (v: number) => Math.round(v * 1000) / 1000;

export function snapshotOf(layout: TextLayout): LayoutSnapshot {
  return {
    columns: layout.columns.map((c) => [c.start, c.end]),
    glyphs: layout.glyphs.map((g) => [g.id, g.font, round(g.x), round(g.y), g.rotation]),
    clusters: layout.clusters.map((c) => [c.start, c.end, round(c.box.y), round(c.box.height)]),
    missing: layout.missing.map((m) => [m.offset, m.codePoint]),
  };
}

/** The input both environments lay out (the UDHR article in Mongolian and Chinese, plus mixed text). */
export const GOLDEN_OPTIONS = {
  blockSize: 300,
  fontSize: 20,
  columnGap: 6,
  paragraphIndent: 20,
  align: 'justify',
} as const;
