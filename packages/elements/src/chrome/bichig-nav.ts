/** Registers <bichig-nav>. `import '@bichig/elements/bichig-nav.js'`. */
import { BichigNav } from './bichig-nav/bichig-nav.js';
import '../text/bichig-text.js';
import { defineElement } from '../internal/define.js';

defineElement('bichig-nav', BichigNav);

export { BichigNav };
