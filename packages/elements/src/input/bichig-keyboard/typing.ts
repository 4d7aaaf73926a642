/**
 * Typing: applies keys and suggestions to the keyboard's field through the pure engine of
 * @bichig/keyboard, and keeps the engine's state between keys (the layer shown, a one-shot
 * layer's way back, a Latin letter waiting for its pair on the phonetic layout).
 */
import { msg, str } from '@lit/localize';
import type { LitElement } from 'lit';
import {
  applyFvsChoice,
  applyKey,
  applyWordSuggestion,
  fvsChoicesBeforeCaret,
  suffixSuggestions,
  wordSuggestions,
} from '@bichig/keyboard';
import type { EditorState, KeyAction, KeyboardLayout } from '@bichig/keyboard';
import type { EditTarget, FieldSnapshot } from './targets.js';
import { changedStretch, inputTypeFor } from './edits.js';
import { BichigKeyEvent } from './keyboard-events.js';
import { WORD_SUGGESTIONS } from './suggestion-bar.js';
import type { SuggestionKind } from './suggestion-bar.js';

export type KeySource = 'screen' | 'physical';

/** What typing needs from the keyboard. */
export interface TypingContext {
  layout(): KeyboardLayout;
  /** The field the keys type into now (remembering it). */
  target(): EditTarget | null;
  announce(text: string): void;
  /** The layer changed by a layer key. */
  layerSwitched(): void;
  /** The field changed (or was not changed) by a key: suggestions follow. */
  edited(): void;
}

/** The keyboard's typing, owned by the element (it has no lifecycle of its own). */
export class Typing {
  readonly #host: LitElement;
  readonly #context: TypingContext;
  #layer: string;
  /** The layer a one-shot layer key returns to after the next key. */
  #returnLayer: string | undefined;
  #pendingLatin: EditorState['pendingLatin'];

  constructor(host: LitElement, context: TypingContext) {
    this.#host = host;
    this.#context = context;
    // The layout's default layer is set before the first render (see reset).
    this.#layer = '';
  }

  /** The id of the layer shown. */
  get layer(): string {
    return this.#layer;
  }

  /** Starts `layout` afresh: its default layer, nothing pending. */
  reset(layout: KeyboardLayout): void {
    this.#setLayer(layout.defaultLayer);
    this.#returnLayer = undefined;
    this.#pendingLatin = undefined;
  }

  /**
   * Applies `action` (from the key `keyId`) to the field the keyboard types into, or switches the
   * layer; says why when there is no field or it is locked. True when it was applied.
   */
  apply(action: KeyAction, source: KeySource, keyId: string): boolean {
    if (action.type === 'layer') {
      this.#switchLayer(action);
      return true;
    }
    const target = this.#context.target();
    if (!target) {
      this.#context.announce(msg('请先选择一个输入框。', { id: 'keyboard.no-field' }));
      return false;
    }
    if (target.locked) {
      this.#context.announce(msg('此输入框不可编辑。', { id: 'keyboard.locked' }));
      return false;
    }
    return this.applyTo(target, action, source, keyId);
  }

  /** Applies `action` to `target`, fires `bichig-key`; false when the field did not take it. */
  applyTo(target: EditTarget, action: KeyAction, source: KeySource, keyId: string): boolean {
    if (action.type === 'enter' && target.singleLine) {
      target.form?.requestSubmit();
      return true;
    }
    const state = this.#editorState(target.read());
    let next: EditorState;
    try {
      next = applyKey(state, action, { layout: this.#context.layout() });
    } catch (error) {
      // A field whose selection cannot be read as offsets (an unusual contenteditable): leave it
      // untouched, so nothing typed is lost, and say why in the console.
      console.warn(`<bichig-keyboard> did not apply ${action.type}: ${(error as Error).message}`);
      return false;
    }
    const ok = this.#commit(target, state, next, inputTypeFor(action));
    if (ok) this.#host.dispatchEvent(new BichigKeyEvent({ key: keyId, action, source, value: target.read().value }));
    return ok;
  }

  /** Applies the suggestion bar's `index`th suggestion of `kind`; returns the text it put in, or undefined. */
  applySuggestion(kind: SuggestionKind, index: number): string | undefined {
    const target = this.#context.target();
    if (!target || target.locked) return undefined;
    const state = this.#editorState(target.read());
    let next: EditorState | undefined;
    let text = '';
    if (kind === 'word') {
      const suggestion = wordSuggestions(state, undefined, WORD_SUGGESTIONS)[index];
      if (suggestion) [next, text] = [applyWordSuggestion(state, suggestion), suggestion.word];
    } else if (kind === 'suffix') {
      const suggestion = suffixSuggestions(state)[index];
      if (suggestion) [next, text] = [applyKey(state, { type: 'insert', text: suggestion.text }), suggestion.text];
    } else {
      const choice = fvsChoicesBeforeCaret(state)?.choices[index];
      if (choice) [next, text] = [applyFvsChoice(state, choice.fvs), choice.text];
    }
    if (!next || !this.#commit(target, state, next, 'insertReplacementText')) return undefined;
    const action: KeyAction = { type: 'insert', text };
    const value = target.read().value;
    const key = `suggestion:${kind}:${index}`;
    this.#host.dispatchEvent(new BichigKeyEvent({ key, action, source: 'screen', value }));
    return text;
  }

  #setLayer(layer: string): void {
    if (layer === this.#layer) return;
    this.#layer = layer;
    this.#host.requestUpdate();
  }

  #editorState(snapshot: FieldSnapshot): EditorState {
    return {
      ...snapshot,
      layer: this.#layer,
      ...(this.#returnLayer !== undefined ? { returnLayer: this.#returnLayer } : {}),
      ...(this.#pendingLatin !== undefined ? { pendingLatin: this.#pendingLatin } : {}),
    };
  }

  #switchLayer(action: Extract<KeyAction, { type: 'layer' }>): void {
    const layout = this.#context.layout();
    const current = {
      value: '',
      selectionStart: 0,
      selectionEnd: 0,
      layer: this.#layer,
      ...(this.#returnLayer ? { returnLayer: this.#returnLayer } : {}),
    };
    const next = applyKey(current, action, { layout });
    this.#setLayer(next.layer ?? layout.defaultLayer);
    this.#returnLayer = next.returnLayer;
    this.#context.layerSwitched();
  }

  /** Writes an engine result into the field: only the changed stretch, then the engine's selection. */
  #commit(target: EditTarget, state: EditorState, next: EditorState, inputType: string): boolean {
    let ok = true;
    if (next.value !== state.value) {
      if (next.value.length > state.value.length && next.value.length > target.maxLength) {
        const max = target.maxLength;
        this.#context.announce(msg(str`已达到 ${max} 个字符的上限。`, { id: 'keyboard.too-long' }));
        return false;
      }
      const { start, end, text } = changedStretch(state, next);
      ok = target.replace(start, end, text, next.selectionStart, next.selectionEnd, inputType);
    } else if (next.selectionStart !== state.selectionStart || next.selectionEnd !== state.selectionEnd) {
      target.select(next.selectionStart, next.selectionEnd);
    }
    if (ok) {
      this.#setLayer(next.layer ?? this.#context.layout().defaultLayer);
      this.#returnLayer = next.returnLayer;
      this.#pendingLatin = next.pendingLatin;
    }
    this.#context.edited();
    return ok;
  }
}
