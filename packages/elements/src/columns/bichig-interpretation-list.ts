/** Registers <bichig-interpretation-list>. `import '@bichig/elements/bichig-interpretation-list.js'`. */
import { BichigInterpretationList } from './bichig-interpretation-list/bichig-interpretation-list.js';
import '../text/bichig-text.js';
import { defineElement } from '../internal/define.js';

defineElement('bichig-interpretation-list', BichigInterpretationList);

export { BichigInterpretationList };
