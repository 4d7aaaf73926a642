/** Registers <bichig-textarea>. Import this module for its side effect: `import '@bichig/elements/bichig-textarea.js'`. */
import { BichigTextarea } from './bichig-textarea/bichig-textarea.js';
import { defineElement } from '../internal/define.js';

defineElement('bichig-textarea', BichigTextarea);

export { BichigTextarea };
