/** Registers <bichig-picture-news>. `import '@bichig/elements/bichig-picture-news.js'`. */
import { BichigPictureNews } from './bichig-picture-news/bichig-picture-news.js';
import '../text/bichig-text.js';
import { defineElement } from '../internal/define.js';

defineElement('bichig-picture-news', BichigPictureNews);

export { BichigPictureNews };
