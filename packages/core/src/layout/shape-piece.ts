// Shaping one piece of a paragraph (one run, one word, one font) with HarfBuzz and appending its
// clusters as items and its glyphs to the ParagraphBuilder: rotated Mongolian and Latin centred on
// the column, upright CJK, and tate-chu-yoko digits side by side in one em. Glyph positions are
// relative to the column centre (dx) and to the top of their item (dy); a lone space item gets
// its justification and hanging flags here.
import { GLYPH_SLOT, ShapedRun } from '../shape/shape.js';
import type { ShapeRequest } from '../shape/shape.js';
import type { TextRun } from '../text/index.js';
import { BREAK_BEFORE, HANGING, STRETCHABLE, UPRIGHT } from './shaped-paragraph.js';
import type { ShapingContext } from './shaped-paragraph.js';
import type { ParagraphBuilder } from './paragraph-builder.js';
import { isHangingSpace, isStretchableSpace, transparentRunCost } from './character-classes.js';

// The numbers of a packed glyph in ShapedRun.data, as plain constants for the loops below.
const { id: ID, cluster: CLUSTER, xAdvance: X_ADVANCE, yAdvance: Y_ADVANCE } = GLYPH_SLOT;
const { xOffset: X_OFFSET, yOffset: Y_OFFSET } = GLYPH_SLOT;
const STRIDE = ShapedRun.STRIDE;

/** The shaping request for a run: its direction, its script when HarfBuzz knows it, the features. */
export function requestFor(run: TextRun, upright: boolean, features: readonly string[] | undefined): ShapeRequest {
  const request: ShapeRequest = { direction: upright ? 'ttb' : 'ltr' };
  // Z* codes (common, inherited, unknown, emoji) are not HarfBuzz scripts: let it guess from the text.
  if (/^[A-Y][a-z]{3}$/.test(run.script)) request.script = run.script;
  if (features && features.length) request.features = features;
  return request;
}

/** Appends one item of a shaped piece; a lone space also gets its justification and hanging flags. */
function pushItem(
  out: ParagraphBuilder,
  paragraph: string,
  start: number,
  end: number,
  advance: number,
  glyphStart: number,
  flags: number,
  script: number,
): void {
  if (end - start === 1) {
    const code = paragraph.charCodeAt(start);
    if (isStretchableSpace(code)) flags |= STRETCHABLE;
    if (isHangingSpace(code)) flags |= HANGING;
  }
  out.pushItem(start, advance, glyphStart, flags, script);
}

/**
 * Shapes one piece of a paragraph (one run, one word, one font) and appends its clusters as
 * items and its glyphs, positioned relative to the column centre (dx) and the item top (dy).
 * `request` is the run's (see {@link requestFor}), made once per run.
 */
export function addShapedPiece(
  ctx: ShapingContext,
  paragraph: string,
  start: number,
  end: number,
  fontIndex: number,
  run: TextRun,
  request: ShapeRequest,
  out: ParagraphBuilder,
  breakBefore: boolean,
): void {
  const font = ctx.fonts.font(fontIndex);
  const scale = ctx.scales[fontIndex]!;
  const tcy = run.tateChuYoko;
  const upright = request.direction === 'ttb';
  const pieceText = paragraph.slice(start, end);
  const shaped: ShapedRun = ctx.shaper.shape(font, pieceText, request);
  ctx.stats.shapeCalls++;
  ctx.stats.operations += pieceText.length + shaped.length + transparentRunCost(pieceText);
  const d = shaped.data;
  const n = shaped.length;

  // HarfBuzz gives monotone clusters for LTR/TTB; if not, keep the whole piece as one cluster.
  let monotone = true;
  for (let g = 1; g < n; g++) if (d[g * STRIDE + CLUSTER]! < d[(g - 1) * STRIDE + CLUSTER]!) monotone = false;

  const { ascender, descender, unitsPerEm } = font.metrics;
  const script = out.scriptIndex(run.script);
  const flags = upright || tcy ? UPRIGHT : 0;
  // Only the piece's first item may start a column (its start is the break opportunity).
  const firstItem = out.itemCount;
  const firstFlags = breakBefore ? flags | BREAK_BEFORE : flags;

  if (tcy) {
    // Tate-chu-yoko: the digits stand upright side by side, as one em along the column.
    const em = unitsPerEm * scale;
    const width = shaped.advance * scale;
    // The baseline sits as far below the em-box top as the font's vertical origin is above it.
    const baselineY = n > 0 ? font.verticalOrigin(d[ID]!) * scale : (em * ascender) / (ascender - descender || 1);
    const boundaries: number[] = [];
    for (let g = 0; g < n; g++) {
      const c = d[g * STRIDE + CLUSTER]!;
      if (g === 0 || (monotone && c !== d[(g - 1) * STRIDE + CLUSTER])) boundaries.push(g);
    }
    const count = Math.max(1, boundaries.length);
    const share = em / count;
    let penX = 0;
    for (let k = 0; k < count; k++) {
      const from = boundaries[k] ?? 0;
      const to = boundaries[k + 1] ?? n;
      const glyphStart = out.glyphCount;
      for (let g = from; g < to; g++) {
        const o = g * STRIDE;
        out.pushGlyph(
          d[o + ID]!,
          fontIndex,
          -width / 2 + (penX + d[o + X_OFFSET]!) * scale,
          baselineY - d[o + Y_OFFSET]! * scale - k * share,
          false,
          0,
        );
        penX += d[o + X_ADVANCE]!;
      }
      const relStart = k === 0 ? 0 : d[from * STRIDE + CLUSTER]!;
      const relEnd = k + 1 < count ? d[to * STRIDE + CLUSTER]! : end - start;
      pushItem(
        out,
        paragraph,
        start + relStart,
        start + relEnd,
        share,
        glyphStart,
        out.itemCount === firstItem ? firstFlags : flags,
        script,
      );
    }
    if (n === 0)
      pushItem(
        out,
        paragraph,
        start,
        end,
        em,
        out.glyphCount,
        out.itemCount === firstItem ? firstFlags : flags,
        script,
      );
    return;
  }

  // Rotated glyphs: the em box [descender, ascender] is centred on the column (CSS's central baseline).
  const baselineDx = (-(ascender + descender) / 2) * scale;
  let acc = 0; // font units along the column within the current item
  let itemStartGlyph = 0;
  let glyphStart = out.glyphCount;
  for (let g = 0; g < n; g++) {
    const o = g * STRIDE;
    const cluster = d[o + CLUSTER]!;
    if (g > 0 && monotone && cluster !== d[o - STRIDE + CLUSTER]) {
      pushItem(
        out,
        paragraph,
        start + (itemStartGlyph === 0 ? 0 : d[itemStartGlyph * STRIDE + CLUSTER]!),
        start + cluster,
        acc * scale,
        glyphStart,
        out.itemCount === firstItem ? firstFlags : flags,
        script,
      );
      itemStartGlyph = g;
      acc = 0;
      glyphStart = out.glyphCount;
    }
    if (upright) {
      const yAdvance = d[o + Y_ADVANCE]!;
      out.pushGlyph(
        d[o + ID]!,
        fontIndex,
        d[o + X_OFFSET]! * scale,
        (acc - d[o + Y_OFFSET]!) * scale,
        false,
        -yAdvance * scale,
      );
      acc -= yAdvance;
    } else {
      const xAdvance = d[o + X_ADVANCE]!;
      out.pushGlyph(
        d[o + ID]!,
        fontIndex,
        baselineDx + d[o + Y_OFFSET]! * scale,
        (acc + d[o + X_OFFSET]!) * scale,
        true,
        xAdvance * scale,
      );
      acc += xAdvance;
    }
  }
  pushItem(
    out,
    paragraph,
    start + (itemStartGlyph === 0 ? 0 : d[itemStartGlyph * STRIDE + CLUSTER]!),
    end,
    acc * scale,
    glyphStart,
    out.itemCount === firstItem ? firstFlags : flags,
    script,
  );
}
