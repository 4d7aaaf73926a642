/** Registers <bichig-letter-desk> (and the <bichig-text> and <bichig-textarea> it uses; the <bichig-keyboard> of its Mongolian reply when that field is first focused). `import '@bichig/elements/bichig-letter-desk.js'`. */
import { BichigLetterDesk } from './bichig-letter-desk/bichig-letter-desk.js';
import '../text/bichig-text.js';
import '../input/bichig-textarea.js';
import { defineElement } from '../internal/define.js';

defineElement('bichig-letter-desk', BichigLetterDesk);

export { BichigLetterDesk };
export { BichigDeskStepEvent, type BichigDeskStepDetail } from './bichig-letter-desk/bichig-letter-desk.js';

declare global {
  interface HTMLElementTagNameMap {
    'bichig-letter-desk': BichigLetterDesk;
  }
}
