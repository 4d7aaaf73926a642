/** Registers <bichig-nav>. `import '@bichig/elements/bichig-nav.js'`. */
import { BichigNav } from './bichig-nav/bichig-nav.js';
import './bichig-text.js';
import { defineElement } from './shared/define.js';

defineElement('bichig-nav', BichigNav);

export { BichigNav };
