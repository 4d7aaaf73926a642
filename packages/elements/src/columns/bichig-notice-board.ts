/** Registers <bichig-notice-board>. `import '@bichig/elements/bichig-notice-board.js'`. */
import { BichigNoticeBoard } from './bichig-notice-board/bichig-notice-board.js';
import '../text/bichig-text.js';
import { defineElement } from '../internal/define.js';

defineElement('bichig-notice-board', BichigNoticeBoard);

export { BichigNoticeBoard };
