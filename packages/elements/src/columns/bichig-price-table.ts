/** Registers <bichig-price-table>. `import '@bichig/elements/bichig-price-table.js'`. */
import { BichigPriceTable } from './bichig-price-table/bichig-price-table.js';
import '../text/bichig-text.js';
import { defineElement } from '../internal/define.js';

defineElement('bichig-price-table', BichigPriceTable);

export { BichigPriceTable };
