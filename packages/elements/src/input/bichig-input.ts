/** Registers <bichig-input>. Import this module for its side effect: `import '@bichig/elements/bichig-input.js'`. */
import { BichigInput } from './bichig-input/bichig-input.js';
import { defineElement } from '../internal/define.js';

defineElement('bichig-input', BichigInput);

export { BichigInput };
