/** The two events <bichig-keyboard> fires. */
import type { KeyAction } from '@bichig/keyboard';

/** Detail of the `bichig-key` event. */
export interface BichigKeyDetail {
  /** The on-screen key's id (its KeyboardEvent.code for keys with a physical counterpart), or the code of the physical key. */
  key: string;
  action: KeyAction;
  /** `screen` for the on-screen keyboard or a suggestion, `physical` for a hardware key. */
  source: 'screen' | 'physical';
  /** The field's value after the key, or undefined if no field took it. */
  value: string | undefined;
}

/** Fired (bubbling, composed) after the keyboard has applied a key to its field. */
export class BichigKeyEvent extends CustomEvent<BichigKeyDetail> {
  static readonly eventName = 'bichig-key';
  constructor(detail: BichigKeyDetail) {
    super(BichigKeyEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/** Detail of the `bichig-layout-change` event. */
export interface BichigLayoutChangeDetail {
  /** The id of the layout the visitor chose: 'standard', 'mongolian-script', 'phonetic' or 'touch'. */
  layout: string;
  /** The id of the layout shown before. */
  previous: string;
}

/** Fired (bubbling, composed) when the visitor chose another layout with the layout switch (or `chooseLayout`). */
export class BichigLayoutChangeEvent extends CustomEvent<BichigLayoutChangeDetail> {
  static readonly eventName = 'bichig-layout-change';
  constructor(detail: BichigLayoutChangeDetail) {
    super(BichigLayoutChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bichig-key': BichigKeyEvent;
    'bichig-layout-change': BichigLayoutChangeEvent;
  }
}
