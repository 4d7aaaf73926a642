/** Registers <bichig-catalog> (and the <bichig-text> it uses). `import '@bichig/elements/bichig-catalog.js'`. */
import { BichigCatalog } from './bichig-catalog/bichig-catalog.js';
import './bichig-text.js';
import { defineElement } from './shared/define.js';

defineElement('bichig-catalog', BichigCatalog);

export { BichigCatalog };
export type { CatalogFilters } from './bichig-catalog/bichig-catalog.js';
