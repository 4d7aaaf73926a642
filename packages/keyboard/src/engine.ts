import { InvalidEditorStateError, UnknownKeyActionError, UnknownLayerError } from './errors.js';
import type { EditorState, KeyAction, KeyboardLayout, KeyLevel, KeyOutput } from './types.js';

/** Options for `applyKey`. */
export interface ApplyKeyOptions {
  /** The active layout: needed for phonetic digraphs and to check layer ids. */
  readonly layout?: KeyboardLayout;
}

/**
 * Applies one key action to an editor state and returns the new state; the input is not changed.
 *
 * - Insertions replace the selection and leave a collapsed caret after the inserted text.
 * - Backspace and Delete remove the selection, or else one code point — not one grapheme — so a
 *   free variation selector or MVS can be removed on its own without losing its letter.
 * - Layer switches change only `layer` / `returnLayer`; the text is untouched.
 *
 * @throws InvalidEditorStateError when the selection does not fit the value.
 * @throws UnknownLayerError when `options.layout` is given and has no such layer.
 * @throws UnknownKeyActionError for an action of an unknown type.
 */
export function applyKey(state: EditorState, action: KeyAction, options: ApplyKeyOptions = {}): EditorState {
  assertValidState(state);
  const { layout } = options;
  switch (action.type) {
    case 'insert':
      return afterInsertion(replaceSelection(state, action.text), state);
    case 'enter':
      return afterInsertion(replaceSelection(state, '\n'), state);
    case 'phonetic':
      return applyPhonetic(state, action, layout);
    case 'backspace':
      return withoutPending(deleteBackward(state));
    case 'delete':
      return withoutPending(deleteForward(state));
    case 'separator':
    case 'none':
      return withoutPending(state);
    case 'layer':
      return switchLayer(state, action, layout);
    default:
      throw new UnknownKeyActionError(action);
  }
}

/** Applies a sequence of actions in order (typing a word). */
export function applyKeys(
  state: EditorState,
  actions: Iterable<KeyAction>,
  options: ApplyKeyOptions = {},
): EditorState {
  let current = state;
  for (const action of actions) current = applyKey(current, action, options);
  return current;
}

/** An empty field with the caret at the start. */
export function emptyEditorState(): EditorState {
  return { value: '', selectionStart: 0, selectionEnd: 0 };
}

/** Checks that the selection fits the value. @throws InvalidEditorStateError */
export function assertValidState(state: EditorState): void {
  const { value, selectionStart, selectionEnd } = state;
  if (typeof value !== 'string') throw new InvalidEditorStateError(state, 'value is not a string');
  if (!Number.isInteger(selectionStart) || !Number.isInteger(selectionEnd))
    throw new InvalidEditorStateError(state, 'selection offsets must be integers');
  if (selectionStart < 0 || selectionEnd > value.length)
    throw new InvalidEditorStateError(state, `selection must lie within 0–${value.length}`);
  if (selectionStart > selectionEnd) throw new InvalidEditorStateError(state, 'selectionStart is after selectionEnd');
}

function replaceSelection(state: EditorState, text: string): EditorState {
  const { value, selectionStart, selectionEnd } = state;
  const caret = selectionStart + text.length;
  return {
    ...state,
    value: value.slice(0, selectionStart) + text + value.slice(selectionEnd),
    selectionStart: caret,
    selectionEnd: caret,
  };
}

/** A `once` layer (on-screen shift) ends after one character has been typed. */
function afterInsertion(next: EditorState, before: EditorState): EditorState {
  const result = withoutPending(next);
  if (before.returnLayer === undefined) return result;
  const { returnLayer, ...rest } = result;
  return { ...rest, layer: returnLayer };
}

function withoutPending(state: EditorState): EditorState {
  if (state.pendingLatin === undefined) return state;
  const { pendingLatin: _dropped, ...rest } = state;
  return rest;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function deleteBackward(state: EditorState): EditorState {
  const { value, selectionStart, selectionEnd } = state;
  if (selectionStart !== selectionEnd) return replaceSelection(state, '');
  if (selectionStart === 0) return state;
  let start = selectionStart - 1;
  if (start > 0 && isLowSurrogate(value.charCodeAt(start)) && isHighSurrogate(value.charCodeAt(start - 1))) start--;
  return replaceSelection({ ...state, selectionStart: start }, '');
}

function deleteForward(state: EditorState): EditorState {
  const { value, selectionStart, selectionEnd } = state;
  if (selectionStart !== selectionEnd) return replaceSelection(state, '');
  if (selectionEnd === value.length) return state;
  let end = selectionEnd + 1;
  if (end < value.length && isHighSurrogate(value.charCodeAt(end - 1)) && isLowSurrogate(value.charCodeAt(end))) end++;
  return replaceSelection({ ...state, selectionEnd: end }, '');
}

function applyPhonetic(
  state: EditorState,
  action: Extract<KeyAction, { type: 'phonetic' }>,
  layout: KeyboardLayout | undefined,
): EditorState {
  const pending = state.pendingLatin;
  const caret = state.selectionStart;
  if (pending && layout && caret === state.selectionEnd && pending.end === caret) {
    const rule = layout.digraphs.find((r) => r.first === pending.latin && r.second === action.latin);
    const outputStart = caret - pending.text.length;
    if (rule && outputStart >= 0 && state.value.slice(outputStart, caret) === pending.text) {
      const combined = replaceSelection({ ...state, selectionStart: outputStart }, rule.text);
      return {
        ...afterInsertion(combined, state),
        pendingLatin: { latin: rule.first + rule.second, text: rule.text, end: combined.selectionEnd },
      };
    }
  }
  const inserted = afterInsertion(replaceSelection(state, action.text), state);
  return { ...inserted, pendingLatin: { latin: action.latin, text: action.text, end: inserted.selectionEnd } };
}

function switchLayer(
  state: EditorState,
  action: Extract<KeyAction, { type: 'layer' }>,
  layout: KeyboardLayout | undefined,
): EditorState {
  if (layout && !layout.layers.some((layer) => layer.id === action.layer))
    throw new UnknownLayerError(layout.id, action.layer);
  const current = state.layer ?? layout?.defaultLayer;
  const { returnLayer, layer: _layer, ...rest } = withoutPending(state);
  // Pressing the key of the layer already shown turns it off again, like a second tap on shift.
  if (current === action.layer) {
    const back = returnLayer ?? layout?.defaultLayer;
    return back === undefined ? rest : { ...rest, layer: back };
  }
  // From one one-shot layer to another (shift, then controls), still go back where we started.
  const origin = returnLayer ?? current;
  if (action.mode === 'once' && origin !== undefined) return { ...rest, layer: action.layer, returnLayer: origin };
  return { ...rest, layer: action.layer };
}

/**
 * A physical key event as the browser reports it, reduced to what a layout needs.
 * A real `KeyboardEvent` fits this shape.
 */
export interface PhysicalKeyEvent {
  readonly code: string;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  /** Caps Lock is on (`event.getModifierState('CapsLock')`). */
  readonly capsLock?: boolean;
  /** AltGr is held (`event.getModifierState('AltGraph')`); Windows reports it as Ctrl+Alt too. */
  readonly altGraph?: boolean;
}

/**
 * Maps a physical key press to the action of the layout, whatever the operating system's own
 * layout is: the layout is looked up by `KeyboardEvent.code`, the physical position.
 *
 * Returns null when the event must pass through untouched: Ctrl/Meta shortcuts (copy, paste,
 * select all), Alt combinations the layout does not define, and keys outside the layout
 * (arrows, Tab, Escape, function keys). Returns `{ type: 'none' }` for a key of the layout that
 * types nothing on that level: the element should swallow it, as the real layout would.
 */
export function actionForKeyEvent(layout: KeyboardLayout, event: PhysicalKeyEvent): KeyAction | null {
  // Windows reports AltGr as Ctrl+Alt; treat that pair as AltGr, not as a shortcut.
  const altGraph = event.altGraph === true || (event.ctrlKey && event.altKey && !event.metaKey);
  if (event.metaKey || (event.ctrlKey && !altGraph)) return null;
  switch (event.code) {
    case 'Backspace':
      return { type: 'backspace' };
    case 'Delete':
      return { type: 'delete' };
    case 'Enter':
    case 'NumpadEnter':
      return { type: 'enter' };
  }
  const key = layout.physicalKeys.get(event.code);
  if (!key) return null;
  if (event.altKey || altGraph) {
    const output = key.alt;
    return output === undefined || output === null ? null : toAction(output);
  }
  const shifted = event.shiftKey !== (event.capsLock === true && key.capsLockSwapsLevels === true);
  const level: KeyLevel = shifted ? 'shift' : 'base';
  return toAction(key[level]);
}

/** What a level of a physical key does, as an action. */
export function toAction(output: KeyOutput | undefined): KeyAction {
  if (output === null || output === undefined) return { type: 'none' };
  if (typeof output === 'string') return { type: 'insert', text: output };
  return output;
}
