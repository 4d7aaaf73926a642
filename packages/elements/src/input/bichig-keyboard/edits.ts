/** How an engine result (@bichig/keyboard's EditorState) becomes an edit of a field. */
import type { EditorState, KeyAction } from '@bichig/keyboard';

/** The inputType of the beforeinput/input events a key's edit fires. */
export function inputTypeFor(action: KeyAction): string {
  switch (action.type) {
    case 'backspace':
      return 'deleteContentBackward';
    case 'delete':
      return 'deleteContentForward';
    case 'enter':
      return 'insertLineBreak';
    default:
      return 'insertText';
  }
}

/**
 * The stretch of `state.value` that `next.value` replaced: the common prefix is cut at the old
 * caret (so a letter typed after the same letter is inserted at the caret, not before it).
 */
export function changedStretch(state: EditorState, next: EditorState): { start: number; end: number; text: string } {
  const before = state.value;
  const after = next.value;
  let prefix = 0;
  const maxPrefix = Math.min(before.length, after.length, state.selectionStart);
  while (prefix < maxPrefix && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  const maxSuffix = Math.min(before.length - prefix, after.length - prefix);
  while (
    suffix < maxSuffix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}
