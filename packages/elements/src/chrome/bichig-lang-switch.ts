/** Registers <bichig-lang-switch>. `import '@bichig/elements/bichig-lang-switch.js'`. */
import { BichigLangSwitch } from './bichig-lang-switch/bichig-lang-switch.js';
import '../text/bichig-text.js';
import { defineElement } from '../internal/define.js';

defineElement('bichig-lang-switch', BichigLangSwitch);

export { BichigLangSwitch };
