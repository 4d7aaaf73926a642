import { MVS, ZWJ, ZWNJ } from '../mongolian.js';
import { LETTER_CODES, MENKSOFT_TABLE } from './menksoft-table.js';

/** The Menksoft Private Use Area: U+E234–U+E34F. */
export const MENKSOFT_FIRST = 0xe234;
export const MENKSOFT_LAST = 0xe34f;

export type GlyphPosition = 'isol' | 'init' | 'medi' | 'fina';

/** One code point of the Menksoft encoding, as {@link MENKSOFT_TABLE} describes it. */
export interface MenksoftGlyph {
  codePoint: number;
  /** `punct` for punctuation, digits and the suffix space; else the positions the glyph draws. */
  kind: 'punct' | 'letter';
  positions: readonly GlyphPosition[];
  /** The Unicode text the glyph stands for (letter, then FVS if any; MVS first if any). */
  unicode: string;
  /** The font's written form (`A`, `Aa`, `Hx`…) or a `~regex` for a ligature; the table test reads it. */
  glyph: string;
  /** The neighbour the glyph is drawn for: `<b` (after ᠪ), `>e` (before ᠡ); empty when none. */
  context: string;
}

function parseUnicode(spec: string, line: string): string {
  if (spec.startsWith('U+')) return String.fromCodePoint(Number.parseInt(spec.slice(2), 16));
  return spec
    .split(',')
    .map((name) => {
      const char = LETTER_CODES[name];
      if (char === undefined) throw new Error(`Menksoft table: unknown letter "${name}" in "${line}"`);
      return char;
    })
    .join('');
}

function parseTable(): Map<number, MenksoftGlyph> {
  const glyphs = new Map<number, MenksoftGlyph>();
  for (const raw of MENKSOFT_TABLE.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const [code, forms, unicode, glyph, context] = line.split(/\s+/);
    const codePoint = Number.parseInt(code!, 16);
    const punct = forms === 'punct';
    glyphs.set(codePoint, {
      codePoint,
      kind: punct ? 'punct' : 'letter',
      positions: punct ? [] : (forms!.split('|') as GlyphPosition[]),
      unicode: parseUnicode(unicode!, line),
      glyph: glyph!,
      context: context ?? '',
    });
  }
  return glyphs;
}

/** Every code point of U+E234–U+E34F that the published glyph list names, in code-point order. */
export const MENKSOFT_GLYPHS: ReadonlyMap<number, MenksoftGlyph> = parseTable();

// Dense lookup for the hot loop: index = code point − MENKSOFT_FIRST.
const LOOKUP: (MenksoftGlyph | undefined)[] = [];
for (let cp = MENKSOFT_FIRST; cp <= MENKSOFT_LAST; cp++) LOOKUP.push(MENKSOFT_GLYPHS.get(cp));

/** A Menksoft code point the converter has no Unicode for, kept as it was. */
export interface UnconvertedCodePoint {
  /** The code point, e.g. 0xE262. */
  codePoint: number;
  /** How many times it occurs. */
  count: number;
  /** UTF-16 offset of its first occurrence in the input. */
  firstOffset: number;
}

/** What {@link convertMenksoft} did. */
export interface MenksoftConversion {
  /** The text with every known Menksoft code point replaced by standard Unicode Mongolian. */
  text: string;
  /** How many Menksoft code points were converted. */
  converted: number;
  /** Menksoft code points left as they were (no Unicode known for them), by code point. */
  unconverted: UnconvertedCodePoint[];
  /**
   * Separators the converter added where Menksoft set two words' glyphs side by side with no space
   * (a final form followed by an initial form): a space between words, or ZWNJ where the glyphs
   * only show a break in the joining.
   */
  separatorsAdded: number;
}

/** {@link MENKSOFT_FIRST}–{@link MENKSOFT_LAST} as a character class (the engine scans a string many times faster than a loop). */
const MENKSOFT_CHARACTER = /[\uE234-\uE34F]/;

/** True when the text holds any code point of the Menksoft range U+E234–U+E34F. */
export function containsMenksoft(text: string): boolean {
  return MENKSOFT_CHARACTER.test(text);
}

/** How many code points of the Menksoft range the text holds. */
export function countMenksoft(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= MENKSOFT_FIRST && c <= MENKSOFT_LAST) n++;
  }
  return n;
}

function joinsAbove(position: GlyphPosition): boolean {
  return position === 'medi' || position === 'fina';
}
function joinsBelow(position: GlyphPosition): boolean {
  return position === 'init' || position === 'medi';
}
function startsWithMvs(glyph: MenksoftGlyph): boolean {
  return glyph.unicode.startsWith(MVS);
}

function positionOf(above: boolean, below: boolean): GlyphPosition {
  return above ? (below ? 'medi' : 'fina') : below ? 'init' : 'isol';
}

/**
 * Converts Menksoft-encoded text (positional glyphs stored as Private Use Area code points
 * U+E234–U+E34F) to standard Unicode Mongolian: letters, NNBSP, MVS, FVS where the glyph is a
 * variant the font would not choose by itself, Mongolian punctuation and digits. Everything
 * outside the range is kept as it is; a Menksoft code point with no known Unicode is kept too and
 * listed in `unconverted`, so no character is ever lost. Linear in the text length.
 *
 * A glyph drawn for another position than the one it stands in (a medial form at a word's end)
 * keeps its shape with ZWJ, as Unicode asks for a positional form out of place.
 */
export function convertMenksoft(text: string): MenksoftConversion {
  let out = '';
  let converted = 0;
  let separatorsAdded = 0;
  const unconverted = new Map<number, UnconvertedCodePoint>();
  // The current run of letter glyphs: [start, end) in the input.
  let runStart = -1;

  const flushRun = (end: number): void => {
    if (runStart < 0) return;
    out += convertRun(text, runStart, end);
    runStart = -1;
  };

  const convertRun = (source: string, start: number, end: number): string => {
    let piece = '';
    for (let i = start; i < end; i++) {
      const glyph = LOOKUP[source.charCodeAt(i) - MENKSOFT_FIRST]!;
      const prev = i > start ? LOOKUP[source.charCodeAt(i - 1) - MENKSOFT_FIRST]! : undefined;
      const next = i + 1 < end ? LOOKUP[source.charCodeAt(i + 1) - MENKSOFT_FIRST]! : undefined;
      converted++;
      if (startsWithMvs(glyph)) {
        piece += glyph.unicode;
        continue;
      }
      const above = prev !== undefined;
      const below = next !== undefined && !startsWithMvs(next);
      const actual = positionOf(above, below);
      const drawn = glyph.positions.includes(actual) ? actual : glyph.positions[0]!;
      if (joinsAbove(drawn) && !above) piece += ZWJ;
      piece += glyph.unicode;
      if (joinsBelow(drawn) && !below && !(next !== undefined && startsWithMvs(next))) piece += ZWJ;
    }
    return piece;
  };

  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < MENKSOFT_FIRST || c > MENKSOFT_LAST) {
      flushRun(i);
      out += text[i];
      continue;
    }
    const glyph = LOOKUP[c - MENKSOFT_FIRST];
    if (glyph === undefined) {
      flushRun(i);
      const seen = unconverted.get(c);
      if (seen) seen.count++;
      else unconverted.set(c, { codePoint: c, count: 1, firstOffset: i });
      out += text[i];
      continue;
    }
    if (glyph.kind === 'punct') {
      flushRun(i);
      out += glyph.unicode;
      converted++;
      continue;
    }
    if (runStart >= 0 && !startsWithMvs(glyph)) {
      // Two glyphs that cannot join (a final or isolated form, then an initial or isolated one)
      // are two words set with no space between them, or a deliberate break in the joining.
      const prev = LOOKUP[text.charCodeAt(i - 1) - MENKSOFT_FIRST]!;
      const prevJoins = prev.positions.some(joinsBelow);
      const thisJoins = glyph.positions.some(joinsAbove);
      if (!prevJoins || !thisJoins) {
        flushRun(i);
        const wordBreak = !prev.positions.some(joinsBelow) && !glyph.positions.some(joinsAbove);
        out += wordBreak ? ' ' : ZWNJ;
        separatorsAdded++;
      }
    }
    if (runStart < 0) runStart = i;
  }
  flushRun(text.length);
  return {
    text: out,
    converted,
    unconverted: [...unconverted.values()].sort((a, b) => a.codePoint - b.codePoint),
    separatorsAdded,
  };
}
