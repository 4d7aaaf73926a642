import type { LocalizedText } from './unicode.js';

/**
 * What pressing a key does. The input engine (`applyKey`) turns an action plus an editor state
 * into a new editor state; an on-screen keyboard renders keys from the same actions.
 */
export type KeyAction =
  /** Insert text at the caret, replacing the selection. */
  | { readonly type: 'insert'; readonly text: string }
  /**
   * A Latin letter of a phonetic layout: inserts `text`, and may combine with the letter typed
   * just before it into a digraph (s + h → ᠱ) by the layout's digraph rules.
   */
  | { readonly type: 'phonetic'; readonly latin: string; readonly text: string }
  /** Delete the selection, or the code point before the caret. */
  | { readonly type: 'backspace' }
  /** Delete the selection, or the code point after the caret. */
  | { readonly type: 'delete' }
  /** A line break (a textarea inserts U+000A; a single-line field submits instead). */
  | { readonly type: 'enter' }
  /**
   * Show another layer. `once`: go back to the layer we came from after the next insertion
   * (an on-screen shift key); `lock`: stay (a symbols key, caps lock).
   */
  | { readonly type: 'layer'; readonly layer: string; readonly mode: 'once' | 'lock' }
  /** Ends a pending phonetic digraph without typing anything (type n, separator, g → ᠨᠭ). */
  | { readonly type: 'separator' }
  /** The key exists on the layout but types nothing on this level; swallow it. */
  | { readonly type: 'none' };

/** What a physical key types on one level: text to insert, another action, or null for nothing. */
export type KeyOutput = string | KeyAction | null;

/** The modifier level of a physical key. */
export type KeyLevel = 'base' | 'shift' | 'alt';

/** One physical key of a hardware layout, named by `KeyboardEvent.code`. */
export interface PhysicalKey {
  /** `KeyboardEvent.code`, the US-QWERTY name of the physical position: 'KeyQ', 'Minus'. */
  readonly code: string;
  /** What the key types without modifiers: text to insert, another action, or null for nothing. */
  readonly base: KeyOutput;
  /** What the key types with Shift. */
  readonly shift: KeyOutput;
  /**
   * What the key types with Alt (AltGr / Option). No Mongolian standard has this level; bichig
   * uses it only to make characters typeable that the standard leaves out (FVS4).
   */
  readonly alt?: KeyOutput;
  /** Caps Lock swaps base and shift on this key (Windows "SGCaps" keys). */
  readonly capsLockSwapsLevels?: boolean;
  /** Where the data comes from, or how sources disagree. */
  readonly note?: string;
}

/** A key of an on-screen keyboard. */
export interface ScreenKey {
  /** Unique within its layer; for keys with a physical counterpart, its `KeyboardEvent.code`. */
  readonly id: string;
  /** The physical key this screen key stands for, so a real key press can light it up. */
  readonly code?: string;
  readonly action: KeyAction;
  /**
   * The key cap. For a letter, the letter itself (the element draws it as a shaped glyph).
   * For invisible characters and function keys, a visible name; see `label` for the long name.
   */
  readonly cap: string;
  /** A long name for screen readers and tooltips, when the cap alone is not one. */
  readonly label?: LocalizedText;
  /** Width in key units (1 = an ordinary letter key). */
  readonly width?: number;
  /**
   * Extra characters offered on long-press, besides the FVS variants of a letter
   * (which come from `letterVariantChoices`).
   */
  readonly longPress?: readonly string[];
}

/** A screen of an on-screen keyboard: rows of keys, top row first. */
export interface KeyboardLayer {
  readonly id: string;
  readonly name: LocalizedText;
  readonly rows: readonly (readonly ScreenKey[])[];
}

/** In a phonetic layout: typing `second` right after `first` replaces their output with `text`. */
export interface DigraphRule {
  /** The Latin letter typed first: 's'. */
  readonly first: string;
  /** The Latin letter typed second: 'h'. */
  readonly second: string;
  /** What the pair types together: 'ᠱ'. */
  readonly text: string;
}

/** A keyboard layout: on-screen layers, the physical key table (for hardware keyboards), digraphs. */
export interface KeyboardLayout {
  /** 'standard', 'mongolian-script', 'phonetic', 'touch'. */
  readonly id: string;
  readonly name: LocalizedText;
  /** What the layout is and where its data comes from. */
  readonly source: string;
  /** The layer shown first. */
  readonly defaultLayer: string;
  readonly layers: readonly KeyboardLayer[];
  /**
   * Physical keys by `KeyboardEvent.code`: what a hardware keyboard types with this layout chosen.
   * (The touch layout uses the standard layout's keys, for a hardware keyboard on a tablet.)
   */
  readonly physicalKeys: ReadonlyMap<string, PhysicalKey>;
  /** For phonetic layouts: letter pairs typed as one Mongolian letter. */
  readonly digraphs: readonly DigraphRule[];
}

/**
 * The text of a field with its selection, plus the keyboard's own state. Offsets are UTF-16
 * code unit offsets, as in `HTMLInputElement.selectionStart`; start ≤ end.
 */
export interface EditorState {
  readonly value: string;
  readonly selectionStart: number;
  readonly selectionEnd: number;
  /** The on-screen layer shown; the layout's default layer when absent. */
  readonly layer?: string;
  /** After a `once` layer switch: the layer to go back to after the next insertion. */
  readonly returnLayer?: string;
  /**
   * The last Latin letter of a phonetic layout and where its Mongolian output ended. A digraph
   * only forms when the caret is still there and the output is still in place, so a stale
   * record (the caret moved, the text changed) is harmless.
   */
  readonly pendingLatin?: { readonly latin: string; readonly text: string; readonly end: number };
}
