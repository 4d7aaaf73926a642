// Holds back the on-demand <bichig-keyboard> module of the columns (mailbox, search) until a test
// lets it through: keys typed meanwhile surely arrive while it is on its way.
import { setKeyboardImportForTesting } from '../../../packages/elements/src/columns/base/keyboard-on-demand.js';

export function holdKeyboardModule(): { letThrough: () => void } {
  let letThrough!: () => void;
  const gate = new Promise<void>((resolve) => (letThrough = resolve));
  setKeyboardImportForTesting(() => gate.then(() => import('@bichig/elements/bichig-keyboard.js')));
  return { letThrough };
}
