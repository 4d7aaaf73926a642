/** Registers <bichig-flow> (and the <bichig-text> it uses). `import '@bichig/elements/bichig-flow.js'`. */
import { BichigFlow } from './bichig-flow/bichig-flow.js';
import './bichig-text.js';
import { defineElement } from '../internal/define.js';

defineElement('bichig-flow', BichigFlow);

export { BichigFlow };
