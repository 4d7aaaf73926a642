/** Registers <bichig-notice-board>. `import '@bichig/elements/bichig-notice-board.js'`. */
import { BichigNoticeBoard } from './bichig-notice-board/bichig-notice-board.js';
import './bichig-text.js';
import { defineElement } from './shared/define.js';

defineElement('bichig-notice-board', BichigNoticeBoard);

export { BichigNoticeBoard };
