// Words some engines shape wrongly, made right where they break (#12 item 4). WebKit (WebKitGTK,
// Safari) ignores the free variation selectors FVS1–4 and breaks the joining at ZWJ in native
// text: ᠳ᠋ᠤᠭᠠᠷ on the policy and catalog pages shows its ᠳ apart. Chromium and Firefox shape them
// as HarfBuzz does. So the build wraps each such word of a Mongolian page in a span that carries
// HarfBuzz's advance of it (em) and the URL of its outlines, a small JSON file under
// /fonts/words/ laid out here by core from the same font the page's subset is cut from. The
// client (src/client/variant-words.ts) sets each distinct word natively off screen and compares
// its length with that advance; only a word the engine gets wrong is redrawn from its outlines,
// the text kept in place, transparent, for selection, copy, find-in-page and screen readers.
// Chromium and Firefox fetch no outline, and no engine loads HarfBuzz for it.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFont, Shaper, type BichigFont } from '@bichig/core';
import { FREE_VARIATION_SELECTORS, MONGOLIAN_LETTERS, ZWJ, ZWNJ, MVS, NNBSP } from '@bichig/core/mongolian';
import { escapeHtml } from './html.js';
import { VARIANT_WORD_CLASS, type WordOutline } from '../client/variant-word-format.js';

const range = (r: { first: number; last: number }) => `\\u{${r.first.toString(16)}}-\\u{${r.last.toString(16)}}`;
const LETTERS = MONGOLIAN_LETTERS.map(range).join('');
const CONTROLS = [...FREE_VARIATION_SELECTORS, MVS, NNBSP, ZWJ, ZWNJ].join('');
/** A word: Mongolian letters with the controls shaped with them (a suffix after NNBSP belongs to it). */
const WORD = new RegExp(`[${LETTERS}${CONTROLS}]+`, 'gu');
/**
 * What an engine is known to shape wrongly natively: a free variation selector, a ZWJ or a ZWNJ
 * (WebKit draws ᠠ + ZWNJ + ᠠ in other forms than HarfBuzz: test/e2e/variant-words.test.ts).
 */
const VARIANT = new RegExp(`[${[...FREE_VARIATION_SELECTORS, ZWJ, ZWNJ].join('')}]`, 'u');

/** True when `word` has a character some engine shapes wrongly natively (FVS1–4, ZWJ, ZWNJ). */
export function isVariantWord(word: string): boolean {
  return VARIANT.test(word);
}

/** Where one wrapped word's data is. */
interface WordData {
  readonly url: string;
  /** HarfBuzz's advance, em. */
  readonly advance: number;
  readonly glyphs: number;
}

export class VariantWords {
  readonly #words = new Map<string, WordData>();
  readonly #shaper = new Shaper({ cacheSize: 0 });
  readonly #fontHash: string;

  private constructor(
    private readonly font: BichigFont,
    fontBytes: Uint8Array,
    private readonly outDir: string,
    private readonly urlBase: string,
  ) {
    this.#fontHash = createHash('sha256').update(fontBytes).digest('hex').slice(0, 16);
  }

  /** Outlines from `fontBytes` (the whole Mongolian font), written to `outDir`, linked as `urlBase` + file. */
  static async create(fontBytes: Uint8Array, outDir: string, urlBase: string): Promise<VariantWords> {
    return new VariantWords(await loadFont(fontBytes), fontBytes, outDir, urlBase);
  }

  /** How many distinct words have outline files. */
  get count(): number {
    return this.#words.size;
  }

  /** `text` (plain text) as HTML, its variant words wrapped; undefined when it has none. */
  wrap(text: string): string | undefined {
    if (!VARIANT.test(text)) return undefined;
    let out = '';
    let last = 0;
    for (const match of text.matchAll(WORD)) {
      if (!isVariantWord(match[0])) continue;
      const data = this.#data(match[0]);
      out += escapeHtml(text.slice(last, match.index));
      out += `<span class="${VARIANT_WORD_CLASS}" data-advance="${data.advance}" data-glyphs="${data.glyphs}" data-outline="${escapeHtml(data.url)}">${escapeHtml(match[0])}</span>`;
      last = match.index + match[0].length;
    }
    return out + escapeHtml(text.slice(last));
  }

  /** The outline of `word` (written once) and its advance. */
  #data(word: string): WordData {
    let data = this.#words.get(word);
    if (data) return data;
    const { outline, glyphCount } = this.#outline(word);
    const name = createHash('sha256').update(this.#fontHash).update(word).digest('hex').slice(0, 16);
    mkdirSync(this.outDir, { recursive: true });
    writeFileSync(join(this.outDir, `${name}.json`), JSON.stringify(outline));
    data = {
      url: `${this.urlBase}${name}.json`,
      advance: Math.round((outline.height / outline.unitsPerEm) * 10_000) / 10_000,
      glyphs: glyphCount,
    };
    this.#words.set(word, data);
    return data;
  }

  /** `word` shaped by HarfBuzz and set as vertical-lr sets Mongolian: rotated 90° clockwise, the ascender to the right. */
  outline(word: string): WordOutline {
    return this.#outline(word).outline;
  }

  /** The outline, and how many glyphs HarfBuzz gave (blank ones too: the client's tolerance counts them). */
  #outline(word: string): { outline: WordOutline; glyphCount: number } {
    const { font } = this;
    const run = this.#shaper.shape(font, word, { direction: 'ltr', script: 'Mong' });
    const { ascender, descender, unitsPerEm } = font.metrics;
    const glyphs: { d: string; transform: number[] }[] = [];
    let pen = 0;
    for (const glyph of run.glyphs()) {
      const d = font.glyphPath(glyph.id);
      // Font x runs down the column, font y (up) to the right from the baseline, -descender from the left edge.
      if (d) glyphs.push({ d, transform: [0, 1, 1, 0, -descender + glyph.yOffset, pen + glyph.xOffset] });
      pen += glyph.xAdvance;
    }
    return {
      outline: { word, unitsPerEm, width: ascender - descender, height: run.advance, glyphs },
      glyphCount: run.length,
    };
  }
}
