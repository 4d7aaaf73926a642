/** Registers <bichig-bilingual>. `import '@bichig/elements/bichig-bilingual.js'`. */
import { BichigBilingual } from './bichig-bilingual/bichig-bilingual.js';
import { defineElement } from '../internal/define.js';

defineElement('bichig-bilingual', BichigBilingual);

export { BichigBilingual };
