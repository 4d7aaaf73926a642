/** Registers <bichig-article>. `import '@bichig/elements/bichig-article.js'`. */
import { BichigArticle } from './bichig-article/bichig-article.js';
import '../text/bichig-text.js';
import { defineElement } from '../internal/define.js';

defineElement('bichig-article', BichigArticle);

export { BichigArticle };
