/** Registers <bichig-site-header>. `import '@bichig/elements/bichig-site-header.js'`. */
import { BichigSiteHeader } from './bichig-site-header/bichig-site-header.js';
import '../text/bichig-text.js';
import { defineElement } from '../internal/define.js';

defineElement('bichig-site-header', BichigSiteHeader);

export { BichigSiteHeader };
