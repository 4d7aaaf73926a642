// Per-page font subsets. Each page gets the glyphs of the characters it shows — with HarfBuzz's
// layout closure, so every positional and FVS variant of those Mongolian letters stays — as WOFF2.
// Subsets are named by content hash: pages showing the same characters share one file, and a
// rebuild reuses the subsets it made before (kept under .cache/portal-fonts/).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSubsetter, type Subsetter } from '@bichig/core';
import { compress } from 'woff2-encoder';
import { isMongolianCodePoint, isMongolianFormatControl } from '@bichig/core/mongolian';

export interface FontFile {
  /** A short name used in the output file names. */
  readonly name: string;
  /** The TrueType/OpenType bytes to subset. */
  readonly bytes: Uint8Array;
}

/** Whether a code point belongs in the Mongolian subset (the Mongolian font is first in the stack). */
export function belongsInMongolianSubset(cp: number): boolean {
  return isMongolianCodePoint(cp) || isMongolianFormatControl(cp);
}

/**
 * What a reader can write into a Mongolian page's fields with the portal's keyboard: the
 * Mongolian block up to the last letter of the Hudum alphabet (U+1800–U+1842: punctuation, FVS,
 * MVS, digits, letters), the joiners and the spaces. Every layout of @bichig/keyboard types within
 * it (a node test checks), so a Mongolian page with fields carries a subset of the page's text plus
 * these, about a third of the whole font (85 KB), which adds the Todo, Sibe, Manchu and Ali Gali
 * letters that the keyboard never types.
 */
export const WRITING_MONGOLIAN: ReadonlySet<number> = new Set([
  ...Array.from({ length: 0x1842 - 0x1800 + 1 }, (_, i) => 0x1800 + i),
  0x20,
  0xa0,
  0x200c,
  0x200d,
  0x202f,
]);

/** A page's Mongolian code points plus everything the keyboard types ({@link WRITING_MONGOLIAN}). */
export function withWritingMongolian(codePoints: ReadonlySet<number>): Set<number> {
  return new Set([...codePoints, ...WRITING_MONGOLIAN]);
}

export class FontSubsets {
  readonly #written = new Map<string, string>();
  readonly #fontHash = new Map<FontFile, string>();
  /** Subsets made, and how many came from the cache. */
  readonly stats = { made: 0, cached: 0, bytes: 0 };

  private constructor(
    private readonly subsetter: Subsetter,
    /** Where the WOFF2 files go (…/dist/fonts). */
    private readonly outDir: string,
    /** The URL path of outDir (/fonts/). */
    private readonly urlBase: string,
    private readonly cacheDir: string,
  ) {
    mkdirSync(outDir, { recursive: true });
    mkdirSync(cacheDir, { recursive: true });
  }

  static async create(outDir: string, urlBase: string, cacheDir: string): Promise<FontSubsets> {
    return new FontSubsets(await loadSubsetter(), outDir, urlBase, cacheDir);
  }

  /** The URL of `font` subset to the code points of `text` (plus the invisible joiners core always keeps). */
  async subset(font: FontFile, codePoints: ReadonlySet<number>): Promise<string> {
    const done = this.#written.get(this.#key(font, codePoints).key);
    if (done) return done;
    const { key, woff2 } = await this.woff2(font, codePoints);
    const file = `${font.name}-${key}.woff2`;
    writeFileSync(join(this.outDir, file), woff2);
    this.stats.bytes += woff2.byteLength;
    const url = `${this.urlBase}${file}`;
    this.#written.set(key, url);
    return url;
  }

  /**
   * The WOFF2 bytes of `font` subset to `codePoints`, and the content hash that names them; from
   * the cache when an earlier build made the same subset. Embedded fonts (the Mongolian charts'
   * data: URLs) use it directly.
   */
  async woff2(font: FontFile, codePoints: ReadonlySet<number>): Promise<{ key: string; woff2: Uint8Array }> {
    const { key, sorted } = this.#key(font, codePoints);
    const cached = join(this.cacheDir, `${key}.woff2`);
    if (existsSync(cached)) {
      this.stats.cached++;
      return { key, woff2: readFileSync(cached) };
    }
    const ttf = this.subsetter.subsetCodePoints(font.bytes, sorted, { fontName: font.name });
    const woff2 = await compress(ttf);
    writeFileSync(cached, woff2);
    this.stats.made++;
    return { key, woff2 };
  }

  /** The content hash naming `font` subset to `codePoints`. */
  #key(font: FontFile, codePoints: ReadonlySet<number>): { key: string; sorted: number[] } {
    let fontHash = this.#fontHash.get(font);
    if (!fontHash)
      this.#fontHash.set(font, (fontHash = createHash('sha256').update(font.bytes).digest('hex').slice(0, 16)));
    const sorted = [...codePoints].sort((a, b) => a - b);
    const key = createHash('sha256').update(fontHash).update(Uint32Array.from(sorted)).digest('hex').slice(0, 16);
    return { key, sorted };
  }
}

/** The code points of a string, split into those for the Mongolian font and the rest. */
export function splitCodePoints(text: string): { mongolian: Set<number>; other: Set<number> } {
  const mongolian = new Set<number>();
  const other = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (belongsInMongolianSubset(cp)) mongolian.add(cp);
    else if (cp >= 0x20) other.add(cp);
  }
  // Spaces and the no-break space appear inside Mongolian phrases; keep them in the Mongolian face.
  for (const cp of [0x20, 0xa0, 0x202f, 0x180e]) mongolian.add(cp);
  return { mongolian, other };
}
