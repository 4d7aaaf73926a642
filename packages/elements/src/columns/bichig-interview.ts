/** Registers <bichig-interview> (and the <bichig-text> it uses). `import '@bichig/elements/bichig-interview.js'`. */
import { BichigInterview } from './bichig-interview/bichig-interview.js';
import '../text/bichig-text.js';
import { defineElement } from '../internal/define.js';

defineElement('bichig-interview', BichigInterview);

export { BichigInterview };
