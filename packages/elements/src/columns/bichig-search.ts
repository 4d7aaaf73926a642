/** Registers <bichig-search>. `import '@bichig/elements/bichig-search.js'`. */
import { BichigSearch } from './bichig-search/bichig-search.js';
import '../text/bichig-text.js';
import { defineElement } from '../internal/define.js';

defineElement('bichig-search', BichigSearch);

export { BichigSearch };
export type { BichigSearchDetail } from './bichig-search/bichig-search.js';
