// The Mongolian form's fields (<bichig-input>, <bichig-textarea>: the vertical field base with its
// caret, marks, labels and paste conversion), loaded by a mailbox whose form is vertical, before it
// renders that form, rather than with the mailbox: its Chinese form is native <input>/<textarea>,
// and a Chinese page needs none of their script.
import type { ColumnContext } from '../column-base.js';

let loading: Promise<void> | undefined;

/** Whether both fields are registered (by this module, an import of their own, or all.js). */
export function verticalFieldsDefined(): boolean {
  return customElements.get('bichig-input') !== undefined && customElements.get('bichig-textarea') !== undefined;
}

/**
 * Loads (once per page) and registers the two fields. A failed load is reported and tried again by
 * the next call; it never rejects, so the form still renders (its fields upgrade when they arrive).
 */
export function loadVerticalFields(): Promise<void> {
  loading ??= Promise.all([import('../../input/bichig-input.js'), import('../../input/bichig-textarea.js')]).then(
    () => undefined,
    (error: unknown) => {
      loading = undefined;
      console.warn('bichig-mailbox: the Mongolian fields did not load', error);
    },
  );
  return loading;
}

/**
 * For a vertical form whose fields are not registered yet, their loading; else `undefined`. The
 * context is resolved (`resolve`) only while the fields are not registered: once they are, an
 * update does not resolve it a second time for this.
 */
export function verticalFieldsLoading(resolve: () => ColumnContext | Error | undefined): Promise<void> | undefined {
  if (verticalFieldsDefined()) return undefined;
  const context = resolve();
  return context && !(context instanceof Error) && context.vertical ? loadVerticalFields() : undefined;
}
