/** Registers <bichig-interpretation-list>. `import '@bichig/elements/bichig-interpretation-list.js'`. */
import { BichigInterpretationList } from './bichig-interpretation-list/bichig-interpretation-list.js';
import './bichig-text.js';
import { defineElement } from './shared/define.js';

defineElement('bichig-interpretation-list', BichigInterpretationList);

export { BichigInterpretationList };
