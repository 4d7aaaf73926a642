/** Registers <bichig-interview> (and the <bichig-text> it uses). `import '@bichig/elements/bichig-interview.js'`. */
import { BichigInterview } from './bichig-interview/bichig-interview.js';
import './bichig-text.js';
import { defineElement } from './shared/define.js';

defineElement('bichig-interview', BichigInterview);

export { BichigInterview };
