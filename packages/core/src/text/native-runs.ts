// What a browser's own line breaking and vertical text get wrong for Mongolian, fixed with markup
// instead of by changing the text: the native renderer and the prerendered pages wrap these runs
// in elements (copy, find-in-page and screen readers still see the exact source text).
//
// - UAX #14 (LB18, SP ÷) lets a column start with ᠂ ᠃ ! ? : or a closing bracket when a space
//   precedes it. mlreq forbids it. Keeping the spaces and the mark together (`white-space:
//   nowrap`) leaves the break after the mark; there is none before the space (LB7, × SP).
// - One- and two-digit runs stand upright (tate-chu-yoko, `text-combine-upright: all`), as the
//   shaped renderer sets them (core's analyse: ASCII digits, not part of a longer number or word).
// Light: no Unicode tables, so a page that ends native loads nothing more.

/** A piece of text and how the native renderer sets it. */
export interface NativeTextRun {
  /** `plain`: as is. `keep`: spaces and the mark after them, never broken. `upright`: a short digit run. */
  readonly kind: 'plain' | 'keep' | 'upright';
  /** UTF-16 offsets into the source, half-open. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Options of {@link nativeTextRuns}. */
export interface NativeTextRunOptions {
  /** Digit runs of at most this many ASCII digits stand upright. Default 2, as in layoutText; 0 turns it off. */
  readonly tateChuYokoMaxDigits?: number;
}

/**
 * Marks that never start a column (mlreq; clreq kinsoku): Mongolian ᠁ ᠂ ᠃ ᠄ ᠅ and Manchu ᠈ ᠉,
 * ! ? : ; , . % and their fullwidth and vertical forms, CJK 、 。, closing quotes and brackets.
 */
const NEVER_STARTS =
  '\u1801\u1802\u1803\u1804\u1805\u1808\u1809!?:;,.%\u2026\u2025\u203c\u2047\u2048\u2049\u201d\u2019\u00bb\u203a' +
  ')]}\u3001\u3002\uff01\uff05\uff09\uff0c\uff0e\uff1a\uff1b\uff1f\uff3d\uff5d\u3009\u300b\u300d\u300f\u3011\u3015\u3017\u3019\u301b' +
  '\ufe10\ufe11\ufe12\ufe13\ufe14\ufe15\ufe16\ufe18\ufe36\ufe38\ufe3a\ufe3c\ufe3e\ufe40\ufe42\ufe44\ufe48';

const NEVER_START = new Set(NEVER_STARTS);

/** A space that is a break opportunity (not NNBSP, which binds a suffix). */
function isBreakSpace(codeUnit: number): boolean {
  return codeUnit === 0x20 || codeUnit === 0x09 || codeUnit === 0x3000;
}

/**
 * Spaces followed by marks that never start a column, in one pass. (A regular expression did this
 * before, `[ \t\u3000]+[marks]+`: it went back over a long run of spaces from every start in it,
 * quadratic — 50,000 spaces took 3.6 s in V8 and overflowed Firefox's stack.)
 */
function keepRuns(text: string): { kind: 'keep'; start: number; end: number }[] {
  const runs: { kind: 'keep'; start: number; end: number }[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isBreakSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isBreakSpace(text.charCodeAt(i))) i++;
    let end = i;
    while (end < text.length && NEVER_START.has(text[end]!)) end++;
    if (end > i) {
      runs.push({ kind: 'keep', start, end });
      i = end;
    }
  }
  return runs;
}

function continuesNumberOrWord(codeUnit: number): boolean {
  return (
    (codeUnit >= 0x30 && codeUnit <= 0x39) ||
    (codeUnit >= 0x41 && codeUnit <= 0x5a) ||
    (codeUnit >= 0x61 && codeUnit <= 0x7a) ||
    codeUnit === 0x2e ||
    codeUnit === 0x2c ||
    codeUnit === 0x3a ||
    codeUnit === 0x2f ||
    codeUnit === 0x25 ||
    codeUnit === 0x2b ||
    codeUnit === 0x2d ||
    codeUnit === 0x5f
  );
}

/**
 * `text` cut into runs the native renderer sets differently (see the module comment); the runs
 * partition the text in order, so their texts joined give it back. Linear; never throws.
 */
export function nativeTextRuns(text: string, options: NativeTextRunOptions = {}): NativeTextRun[] {
  const maxDigits = options.tateChuYokoMaxDigits ?? 2;
  const marked: { kind: 'keep' | 'upright'; start: number; end: number }[] = [];
  marked.push(...keepRuns(text));
  if (maxDigits > 0) {
    for (const m of text.matchAll(/[0-9]+/g)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end - start > maxDigits) continue;
      if (continuesNumberOrWord(text.charCodeAt(start - 1)) || continuesNumberOrWord(text.charCodeAt(end))) continue;
      marked.push({ kind: 'upright', start, end });
    }
  }
  marked.sort((a, b) => a.start - b.start);
  const runs: NativeTextRun[] = [];
  let at = 0;
  for (const run of marked) {
    if (run.start < at) continue; // cannot happen (keep runs hold no digits), but never overlap
    if (run.start > at) runs.push({ kind: 'plain', start: at, end: run.start, text: text.slice(at, run.start) });
    runs.push({ ...run, text: text.slice(run.start, run.end) });
    at = run.end;
  }
  if (at < text.length) runs.push({ kind: 'plain', start: at, end: text.length, text: text.slice(at) });
  return runs;
}
