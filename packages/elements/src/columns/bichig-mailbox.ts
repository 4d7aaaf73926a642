/** Registers <bichig-mailbox> (and the <bichig-text> it uses; the <bichig-input> and <bichig-textarea> of its Mongolian form before that form is first shown, and its <bichig-keyboard> when a Mongolian field is first focused). `import '@bichig/elements/bichig-mailbox.js'`. */
import { BichigMailbox } from './bichig-mailbox/bichig-mailbox.js';
import '../text/bichig-text.js';
import { defineElement } from '../internal/define.js';

defineElement('bichig-mailbox', BichigMailbox);

export { BichigMailbox };
export type { MailboxTab } from './bichig-mailbox/bichig-mailbox.js';
