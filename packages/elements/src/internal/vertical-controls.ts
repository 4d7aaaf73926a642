/**
 * Whether this engine sets form controls (<textarea>, <input>) in a vertical writing mode.
 * Chromium, Firefox and Safari 17.4+ do; WebKitGTK and older Safari keep them horizontal-tb
 * whatever the page says, and report so in the computed style. Vertical fields use an
 * EditableTextControl there (input/field/editable-control.ts). Asked once per page.
 */
let supported: boolean | undefined;
let forced: boolean | undefined;

export function verticalFormControls(): boolean {
  if (forced !== undefined) return forced;
  if (supported === undefined) {
    if (typeof document === 'undefined') return true;
    const probe = document.createElement('textarea');
    probe.setAttribute('aria-hidden', 'true');
    probe.style.cssText = 'position: absolute; visibility: hidden; writing-mode: vertical-lr';
    (document.body ?? document.documentElement).append(probe);
    supported = getComputedStyle(probe).writingMode.startsWith('vertical');
    probe.remove();
  }
  return supported;
}

/** Tests: make vertical fields take the path of an engine with (true) or without (false) vertical form controls; undefined asks the engine again. */
export function setVerticalFormControlsForTesting(value: boolean | undefined): void {
  forced = value;
  if (value === undefined) supported = undefined;
}
