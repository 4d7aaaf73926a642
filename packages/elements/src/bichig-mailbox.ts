/** Registers <bichig-mailbox> (and the <bichig-text>, <bichig-input>, <bichig-textarea> and <bichig-keyboard> it uses). `import '@bichig/elements/bichig-mailbox.js'`. */
import { BichigMailbox } from './bichig-mailbox/bichig-mailbox.js';
import './bichig-text.js';
import './bichig-input.js';
import './bichig-textarea.js';
import './bichig-keyboard.js';
import { defineElement } from './shared/define.js';

defineElement('bichig-mailbox', BichigMailbox);

export { BichigMailbox };
export type { MailboxTab } from './bichig-mailbox/bichig-mailbox.js';
