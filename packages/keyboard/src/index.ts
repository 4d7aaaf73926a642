/**
 * @bichig/keyboard — DOM-free Mongolian keyboard: layouts as data, a pure input engine, and
 * suggestions (case suffixes by vowel harmony, word completion, FVS variants). Runs in Node and
 * in browsers; the <bichig-keyboard> element of @bichig/elements draws it.
 */
export { InvalidEditorStateError, UnknownKeyActionError, UnknownLayerError, UnknownLayoutError } from './errors.js';
export type {
  DigraphRule,
  EditorState,
  KeyAction,
  KeyboardLayer,
  KeyboardLayout,
  KeyLevel,
  KeyOutput,
  PhysicalKey,
  ScreenKey,
} from './types.js';
export {
  FEMININE_VOWELS,
  FREE_VARIATION_SELECTORS,
  FVS1,
  FVS2,
  FVS3,
  FVS4,
  HUDUM_LETTERS,
  INVISIBLE_CHARACTERS,
  MASCULINE_VOWELS,
  MVS,
  NEUTER_VOWEL,
  NNBSP,
  VOWELS,
  ZWJ,
  ZWNJ,
  fvsNumber,
  invisibleCharacterInfo,
  isMongolianLetter,
} from './unicode.js';
export type { InvisibleCharacterInfo, KeyboardLocale, LocalizedText } from './unicode.js';
export { actionForKeyEvent, applyKey, applyKeys, assertValidState, emptyEditorState, toAction } from './engine.js';
export type { ApplyKeyOptions, PhysicalKeyEvent } from './engine.js';
export { DEFAULT_LAYOUT_ID, LAYOUTS, getLayer, getLayout } from './layouts/index.js';
export { STANDARD_KEYS, standardLayout } from './layouts/standard.js';
export { MONGOLIAN_SCRIPT_KEYS, mongolianScriptLayout } from './layouts/mongolian-script.js';
export { PHONETIC_DIGRAPHS, PHONETIC_KEYS, phoneticLayout } from './layouts/phonetic.js';
export { touchLayout } from './layouts/touch.js';
export { CONTROLS_LAYER_ID, FUNCTION_KEY_NAMES } from './layouts/screen.js';
export {
  CASE_NAMES,
  GRAMMATICAL_CASES,
  caseSuffix,
  suffixSuggestions,
  vowelHarmony,
  wordBeforeCaret,
} from './suffixes.js';
export type { GrammaticalCase, SuffixSuggestion, VowelHarmony } from './suffixes.js';
export { WordFrequencyList, applyWordSuggestion, defaultWordList, wordSuggestions } from './words.js';
export type { WordFrequency, WordSuggestion } from './words.js';
export {
  applyFvsChoice,
  fvsChoicesBeforeCaret,
  letterPositionAt,
  letterVariantChoices,
  letterVariants,
} from './variants.js';
export type { FvsChoicesBeforeCaret, VariantChoice } from './variants.js';
export type { FvsIndex, LetterPosition, PositionVariants } from './variants-types.js';
export { FVS_VARIANT_SOURCE, FVS_VARIANT_TABLE } from './data/fvs-variants.js';
