import unicodeProperties from 'unicode-properties';
import type { AnalyseOptions, Orientation, TextRun } from './index.js';
import { SCRIPT_COMMON, SCRIPT_INHERITED, SCRIPT_MONGOLIAN, SCRIPT_UNKNOWN, scriptOf } from './script.js';
import { isUprightInVertical } from './vertical-orientation.js';
import { CONTROL_CODE_POINTS } from '../mongolian.js';

const { NNBSP, ZWJ, ZWNJ } = CONTROL_CODE_POINTS;

const DEFAULT_TATE_CHU_YOKO_MAX_DIGITS = 2;

// How one code point takes part in script resolution.
const STRONG = 0; // has a script of its own
const WEAK = 1; // Common: takes a neighbour's script
const ATTACHED = 2; // marks, format characters, Inherited: take the script and orientation of what precedes
const MONGOLIAN_JOINER = 3; // NNBSP, ZWJ, ZWNJ: Mongolian if a neighbour is

/** Characters next to which a digit run is part of a longer number or word, so not tate-chu-yoko. */
function continuesNumberOrWord(codeUnit: number): boolean {
  return (
    (codeUnit >= 0x30 && codeUnit <= 0x39) ||
    (codeUnit >= 0x41 && codeUnit <= 0x5a) ||
    (codeUnit >= 0x61 && codeUnit <= 0x7a) ||
    codeUnit === 0x2e || // .
    codeUnit === 0x2c || // ,
    codeUnit === 0x3a || // :
    codeUnit === 0x2f || // /
    codeUnit === 0x25 || // %
    codeUnit === 0x2b || // +
    codeUnit === 0x2d || // -
    codeUnit === 0x5f // _
  );
}

/**
 * Splits text into runs of one script and one vertical orientation, the units the shaper receives.
 *
 * - Runs are half-open UTF-16 ranges that cover the whole string in order, with no gaps.
 * - Scripts come from unicode-properties (ISO 15924 codes). The whole Mongolian block is 'Mong';
 *   NNBSP, ZWJ and ZWNJ next to Mongolian are 'Mong'; marks and format characters stay with the
 *   character before them; other Common characters (spaces, digits, punctuation) join the
 *   neighbouring run whose orientation they share, the preceding one first, else stay 'Zyyy'.
 *   Emoji are 'Zsye'.
 * - Orientation follows UTR #50 Vertical_Orientation: U, Tu and Tr are 'upright' (Han, kana,
 *   hangul, fullwidth forms, emoji), R is 'rotated' (Mongolian, Latin, digits, …).
 * - A run of ASCII digits no longer than `tateChuYokoMaxDigits` (default 2), not part of a longer
 *   number or word, is its own upright run with `tateChuYoko: true`.
 *
 * Never throws: lone surrogates, controls and unassigned code points are covered like any other.
 * Linear in the length of the text.
 */
export function analyse(text: string, options: AnalyseOptions = {}): TextRun[] {
  const length = text.length;
  if (length === 0) return [];
  const tateChuYokoMaxDigits = options.tateChuYokoMaxDigits ?? DEFAULT_TATE_CHU_YOKO_MAX_DIGITS;

  // Per code point: its UTF-16 start, code point, script, role, orientation and tate-chu-yoko flag.
  const starts = new Uint32Array(length + 1);
  const codePoints = new Uint32Array(length);
  const roles = new Uint8Array(length);
  const upright = new Uint8Array(length);
  const tateChuYoko = new Uint8Array(length);
  const scripts = new Uint16Array(length);
  const names = new ScriptNames();

  let count = 0;
  for (let offset = 0; offset < length;) {
    const codePoint = text.codePointAt(offset)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const nextCodePoint = offset + width < length ? text.codePointAt(offset + width)! : -1;
    starts[count] = offset;
    codePoints[count] = codePoint;
    const script = scriptOf(codePoint, nextCodePoint);
    scripts[count] = names.id(script);
    if (codePoint === NNBSP || codePoint === ZWNJ || codePoint === ZWJ) roles[count] = MONGOLIAN_JOINER;
    else if (script === SCRIPT_INHERITED) roles[count] = ATTACHED;
    else if (script === SCRIPT_COMMON || script === SCRIPT_UNKNOWN) {
      const category = unicodeProperties.getCategory(codePoint);
      const attaches = category === 'Mn' || category === 'Mc' || category === 'Me' || (category === 'Cf' && count > 0);
      roles[count] = attaches ? ATTACHED : WEAK;
    } else roles[count] = STRONG;
    const followsPrevious = count > 0 && (roles[count] === ATTACHED || codePoint === ZWNJ || codePoint === ZWJ);
    upright[count] = followsPrevious ? upright[count - 1]! : isUprightInVertical(codePoint) ? 1 : 0;
    count++;
    offset += width;
  }
  starts[count] = length;

  if (tateChuYokoMaxDigits > 0) markTateChuYoko(text, starts, count, tateChuYokoMaxDigits, upright, tateChuYoko);

  const resolved = resolveScripts(scripts, names, codePoints, roles, upright, count);
  return buildRuns(starts, resolved, names, upright, tateChuYoko, count);
}

/** Interns ISO 15924 codes as small integers, so the per-code-point arrays stay typed arrays. */
class ScriptNames {
  readonly #ids = new Map<string, number>();
  readonly #names: string[] = [];
  readonly common = this.id(SCRIPT_COMMON);
  readonly mongolian = this.id(SCRIPT_MONGOLIAN);

  id(name: string): number {
    let id = this.#ids.get(name);
    if (id === undefined) {
      id = this.#names.length;
      this.#names.push(name);
      this.#ids.set(name, id);
    }
    return id;
  }

  name(id: number): string {
    return this.#names[id]!;
  }
}

const NONE = 0xffff;

function isAsciiDigit(codeUnit: number): boolean {
  return codeUnit >= 0x30 && codeUnit <= 0x39;
}

function markTateChuYoko(
  text: string,
  starts: Uint32Array,
  count: number,
  maxDigits: number,
  upright: Uint8Array,
  tateChuYoko: Uint8Array,
): void {
  let index = 0;
  while (index < count) {
    if (!isAsciiDigit(text.charCodeAt(starts[index]!))) {
      index++;
      continue;
    }
    let end = index;
    while (end < count && isAsciiDigit(text.charCodeAt(starts[end]!))) end++;
    const before = index > 0 ? text.charCodeAt(starts[index]! - 1) : -1;
    const after = end < count ? text.charCodeAt(starts[end]!) : -1;
    if (end - index <= maxDigits && !continuesNumberOrWord(before) && !continuesNumberOrWord(after)) {
      for (let digit = index; digit < end; digit++) {
        upright[digit] = 1;
        tateChuYoko[digit] = 1;
      }
    }
    index = end;
  }
}

/** Gives every Common, Inherited and joiner code point a concrete script. Two linear passes. */
function resolveScripts(
  scripts: Uint16Array,
  names: ScriptNames,
  codePoints: Uint32Array,
  roles: Uint8Array,
  upright: Uint8Array,
  count: number,
): Uint16Array {
  const resolved = scripts.slice(0, count);
  // Backward pass: the nearest following strong script and its orientation, for each position.
  const nextStrong = new Uint16Array(count);
  const nextStrongUpright = new Int8Array(count);
  let followingScript = NONE;
  let followingUpright = -1;
  for (let index = count - 1; index >= 0; index--) {
    nextStrong[index] = followingScript;
    nextStrongUpright[index] = followingUpright;
    if (roles[index] === STRONG) {
      followingScript = scripts[index]!;
      followingUpright = upright[index]!;
    }
  }

  let previousScript = NONE;
  let previousUpright = -1;
  for (let index = 0; index < count; index++) {
    const role = roles[index]!;
    if (role === STRONG) {
      previousScript = scripts[index]!;
      previousUpright = upright[index]!;
      continue;
    }
    let script: number;
    if (role === ATTACHED && index > 0) {
      script = resolved[index - 1]!;
    } else if (
      role === MONGOLIAN_JOINER &&
      touchesMongolian(index, count, names.mongolian, scripts, roles, resolved, nextStrong)
    ) {
      script = names.mongolian;
    } else if (role === MONGOLIAN_JOINER && codePoints[index] !== NNBSP && index > 0) {
      // ZWJ/ZWNJ elsewhere (emoji sequences, Indic, Arabic) belong to what precedes them.
      script = resolved[index - 1]!;
    } else {
      const own = upright[index]!;
      const following = nextStrong[index]!;
      if (previousScript !== NONE && previousUpright === own) script = previousScript;
      else if (following !== NONE && nextStrongUpright[index] === own) script = following;
      else script = names.common;
    }
    resolved[index] = script;
  }
  return resolved;
}

/** Whether the joiner at `index` sits right next to Mongolian (looking through further joiners ahead). */
function touchesMongolian(
  index: number,
  count: number,
  mongolian: number,
  scripts: Uint16Array,
  roles: Uint8Array,
  resolved: Uint16Array,
  nextStrong: Uint16Array,
): boolean {
  if (index > 0 && resolved[index - 1] === mongolian) return true;
  const next = index + 1;
  if (next >= count) return false;
  if (scripts[next] === mongolian) return true;
  return roles[next] === MONGOLIAN_JOINER && nextStrong[next] === mongolian;
}

function buildRuns(
  starts: Uint32Array,
  scripts: Uint16Array,
  names: ScriptNames,
  upright: Uint8Array,
  tateChuYoko: Uint8Array,
  count: number,
): TextRun[] {
  const runs: TextRun[] = [];
  let runStart = 0;
  for (let index = 1; index <= count; index++) {
    const boundary =
      index === count ||
      scripts[index] !== scripts[runStart] ||
      upright[index] !== upright[runStart] ||
      tateChuYoko[index] !== tateChuYoko[runStart];
    if (!boundary) continue;
    const orientation: Orientation = upright[runStart] ? 'upright' : 'rotated';
    runs.push({
      start: starts[runStart]!,
      end: starts[index]!,
      script: names.name(scripts[runStart]!),
      orientation,
      tateChuYoko: tateChuYoko[runStart] === 1,
    });
    runStart = index;
  }
  return runs;
}
