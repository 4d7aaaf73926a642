/** Registers <bichig-mailbox> (and the <bichig-text>, <bichig-input> and <bichig-textarea> it uses; the <bichig-keyboard> of its Mongolian form when a Mongolian field is first focused). `import '@bichig/elements/bichig-mailbox.js'`. */
import { BichigMailbox } from './bichig-mailbox/bichig-mailbox.js';
import '../text/bichig-text.js';
import '../input/bichig-input.js';
import '../input/bichig-textarea.js';
import { defineElement } from '../internal/define.js';

defineElement('bichig-mailbox', BichigMailbox);

export { BichigMailbox };
export type { MailboxTab } from './bichig-mailbox/bichig-mailbox.js';
