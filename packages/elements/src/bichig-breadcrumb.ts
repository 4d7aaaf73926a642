/** Registers <bichig-breadcrumb>. `import '@bichig/elements/bichig-breadcrumb.js'`. */
import { BichigBreadcrumb } from './bichig-breadcrumb/bichig-breadcrumb.js';
import './bichig-text.js';
import { defineElement } from './shared/define.js';

defineElement('bichig-breadcrumb', BichigBreadcrumb);

export { BichigBreadcrumb };
