/** Registers <bichig-news-list> (and the <bichig-text> it uses). `import '@bichig/elements/bichig-news-list.js'`. */
import { BichigNewsList } from './bichig-news-list/bichig-news-list.js';
import '../text/bichig-text.js';
import { defineElement } from '../internal/define.js';

defineElement('bichig-news-list', BichigNewsList);

export { BichigNewsList };
export type { BichigPageChangeDetail } from './bichig-news-list/bichig-news-list.js';
