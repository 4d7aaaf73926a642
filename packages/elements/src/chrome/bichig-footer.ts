/** Registers <bichig-footer>. `import '@bichig/elements/bichig-footer.js'`. */
import { BichigFooter } from './bichig-footer/bichig-footer.js';
import '../text/bichig-text.js';
import { defineElement } from '../internal/define.js';

defineElement('bichig-footer', BichigFooter);

export { BichigFooter };
