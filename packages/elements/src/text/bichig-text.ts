/** Registers <bichig-text>. Import this module for its side effect: `import '@bichig/elements/bichig-text.js'`. */
import { BichigText } from './bichig-text/bichig-text.js';
import { defineElement } from '../internal/define.js';

defineElement('bichig-text', BichigText);

export { BichigText };
