/** Registers <bichig-breadcrumb>. `import '@bichig/elements/bichig-breadcrumb.js'`. */
import { BichigBreadcrumb } from './bichig-breadcrumb/bichig-breadcrumb.js';
import '../text/bichig-text.js';
import { defineElement } from '../internal/define.js';

defineElement('bichig-breadcrumb', BichigBreadcrumb);

export { BichigBreadcrumb };
