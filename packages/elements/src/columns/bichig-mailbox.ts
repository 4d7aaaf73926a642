/** Registers <bichig-mailbox> (and the <bichig-text>, <bichig-input>, <bichig-textarea> and <bichig-keyboard> it uses). `import '@bichig/elements/bichig-mailbox.js'`. */
import { BichigMailbox } from './bichig-mailbox/bichig-mailbox.js';
import '../text/bichig-text.js';
import '../input/bichig-input.js';
import '../input/bichig-textarea.js';
import '../input/bichig-keyboard.js';
import { defineElement } from '../internal/define.js';

defineElement('bichig-mailbox', BichigMailbox);

export { BichigMailbox };
export type { MailboxTab } from './bichig-mailbox/bichig-mailbox.js';
