/** Registers <bichig-catalog> (and the <bichig-text> it uses). `import '@bichig/elements/bichig-catalog.js'`. */
import { BichigCatalog } from './bichig-catalog/bichig-catalog.js';
import '../text/bichig-text.js';
import { defineElement } from '../internal/define.js';

defineElement('bichig-catalog', BichigCatalog);

export { BichigCatalog };
export type { CatalogFilters } from './bichig-catalog/bichig-catalog.js';
