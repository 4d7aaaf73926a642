/** Registers <bichig-a11y-toolbar>. `import '@bichig/elements/bichig-a11y-toolbar.js'`. */
import { BichigA11yToolbar } from './bichig-a11y-toolbar/bichig-a11y-toolbar.js';
import { defineElement } from '../internal/define.js';

defineElement('bichig-a11y-toolbar', BichigA11yToolbar);

export { BichigA11yToolbar };
export {
  A11Y_STORAGE_KEY,
  DEFAULT_A11Y_SETTINGS,
  PAGE_HOOK_CSS,
  TEXT_SCALES,
  applyA11ySettings,
  readA11ySettings,
} from './bichig-a11y-toolbar/bichig-a11y-toolbar.js';
export type { A11ySettings, BichigA11yChangeDetail } from './bichig-a11y-toolbar/bichig-a11y-toolbar.js';
