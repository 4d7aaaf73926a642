import { FVS_VARIANT_TABLE } from './data/fvs-variants.js';
import { assertValidState } from './engine.js';
import type { EditorState } from './types.js';
import { FREE_VARIATION_SELECTORS, ZWJ, fvsNumber, isMongolianLetter } from './unicode.js';
import type { FvsIndex, LetterPosition, PositionVariants } from './variants-types.js';

const NIRUGU = '\u180A';

/** Characters a Mongolian letter joins to: letters, ZWJ and the nirugu (join-causing in ArabicShaping.txt). */
function joins(char: string | undefined): boolean {
  return char !== undefined && (isMongolianLetter(char) || char === ZWJ || char === NIRUGU);
}

/** Does the text end (before `end`) in something a letter placed at `end` would join to? */
function joinsBackward(value: string, end: number): boolean {
  let i = end - 1;
  // An FVS belongs to the letter before it, which is what the new letter joins to.
  if (fvsNumber(value[i] ?? '') !== 0) i--;
  return joins(value[i]);
}

/** Does the text from `start` begin with something a letter placed before it would join to? */
function joinsForward(value: string, start: number): boolean {
  return joins(value[start]);
}

function positionOf(before: boolean, after: boolean): LetterPosition {
  if (before && after) return 'medi';
  if (after) return 'init';
  if (before) return 'fina';
  return 'isol';
}

/**
 * The positional form of the letter at `index` in `value`: isolated, initial, medial or final,
 * by whether it joins to the characters around it. MVS, NNBSP, ZWNJ, spaces and punctuation
 * break the joining; ZWJ and the nirugu join; an FVS stays with the letter it follows.
 */
export function letterPositionAt(value: string, index: number): LetterPosition {
  let next = index + 1;
  if (fvsNumber(value[next] ?? '') !== 0) next++;
  return positionOf(joinsBackward(value, index), joinsForward(value, next));
}

/** One choice of form for a letter: the plain letter (fvs 0) or the letter with FVS1–4. */
export interface VariantChoice {
  readonly letter: string;
  readonly position: LetterPosition;
  /** 0 for the plain letter, 1–4 for FVS1–4. */
  readonly fvs: 0 | FvsIndex;
  /** The text this choice types: the letter, followed by its FVS if any. */
  readonly text: string;
  /** The project font's glyph name(s) for it (Noto Sans Mongolian 3.002), in a neutral context. */
  readonly glyphName: string;
  /**
   * The form equals the plain one in a neutral context; it differs only where the word's context
   * would pick another form (for example medial ᠭ + FVS2 in a masculine word).
   */
  readonly sameAsPlain: boolean;
}

function choicesFor(letter: string, position: LetterPosition): VariantChoice[] {
  const entry: PositionVariants | undefined = FVS_VARIANT_TABLE[letter]?.[position];
  if (!entry) return [];
  const choices: VariantChoice[] = [
    { letter, position, fvs: 0, text: letter, glyphName: entry.plain, sameAsPlain: true },
  ];
  for (const fvs of [1, 2, 3, 4] as const) {
    const glyphName = entry.variants[fvs];
    if (glyphName === undefined) continue;
    choices.push({
      letter,
      position,
      fvs,
      text: letter + FREE_VARIATION_SELECTORS[fvs - 1],
      glyphName,
      sameAsPlain: entry.sameAsPlain.includes(fvs),
    });
  }
  return choices;
}

/**
 * The variants of `letter` in `position` per UTN #57 / GB/T 25914-2023 as the project font
 * implements them: the plain form first, then each FVS the font defines. Empty for a character
 * that is not a Hudum letter (U+1820–U+1842).
 */
export function letterVariants(letter: string, position: LetterPosition): VariantChoice[] {
  return choicesFor(letter, position);
}

/**
 * Long-press choices for a letter key: the forms `letter` would take if typed at the caret
 * (its position follows from the text around the selection), plain first. Each choice's
 * `text` is what to insert.
 */
export function letterVariantChoices(state: EditorState, letter: string): VariantChoice[] {
  assertValidState(state);
  const position = positionOf(
    joinsBackward(state.value, state.selectionStart),
    joinsForward(state.value, state.selectionEnd),
  );
  return choicesFor(letter, position);
}

/** The letter before the caret, with its position, its current FVS and the forms it may take. */
export interface FvsChoicesBeforeCaret {
  /** UTF-16 offset of the letter. */
  readonly index: number;
  readonly letter: string;
  readonly position: LetterPosition;
  /** The FVS that follows the letter now (0: none). */
  readonly current: 0 | FvsIndex;
  /** Plain form first; only FVS the font defines for this letter in this position. */
  readonly choices: readonly VariantChoice[];
}

/**
 * FVS choices for the letter just before the caret (or before an FVS just before the caret),
 * for a variant picker. Null when the caret does not follow a Hudum letter or a selection is
 * active.
 */
export function fvsChoicesBeforeCaret(state: EditorState): FvsChoicesBeforeCaret | null {
  assertValidState(state);
  const { value, selectionStart, selectionEnd } = state;
  if (selectionStart !== selectionEnd) return null;
  let index = selectionStart - 1;
  const current = fvsNumber(value[index] ?? '');
  if (current !== 0) index--;
  const letter = value[index];
  if (letter === undefined || FVS_VARIANT_TABLE[letter] === undefined) return null;
  const position = letterPositionAt(value, index);
  return { index, letter, position, current, choices: choicesFor(letter, position) };
}

/**
 * Gives the letter before the caret the chosen form: replaces (or removes, for 0) the FVS after
 * it, and leaves the caret after the letter and its FVS. The state is returned unchanged when
 * the caret does not follow a Hudum letter.
 */
export function applyFvsChoice(state: EditorState, fvs: 0 | FvsIndex): EditorState {
  const target = fvsChoicesBeforeCaret(state);
  if (!target) return state;
  const { value } = state;
  const oldEnd = target.index + 1 + (target.current === 0 ? 0 : 1);
  const replacement = target.letter + (fvs === 0 ? '' : FREE_VARIATION_SELECTORS[fvs - 1]);
  const caret = target.index + replacement.length;
  const { pendingLatin: _dropped, ...rest } = state;
  return {
    ...rest,
    value: value.slice(0, target.index) + replacement + value.slice(oldEnd),
    selectionStart: caret,
    selectionEnd: caret,
  };
}
