/** Registers <bichig-keyboard>. Import this module for its side effect: `import '@bichig/elements/bichig-keyboard.js'`. */
import { BichigKeyboard, BichigKeyEvent } from './bichig-keyboard/bichig-keyboard.js';
import { defineElement } from '../internal/define.js';

defineElement('bichig-keyboard', BichigKeyboard);

export { BichigKeyboard, BichigKeyEvent };
