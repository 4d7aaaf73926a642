/** The event a column element fires when its data could not be loaded or used. */
import type { ValidationIssue } from '@bichig/cluster';

export interface BichigDataErrorDetail {
  /** The URL that was loaded, when the data came from `src`. */
  src?: string;
  /** The error that stopped the element from showing its content, if any. */
  error?: Error;
  /** Validation problems of records that were left out (the rest is shown). */
  issues: readonly ValidationIssue[];
}

/**
 * Fired (bubbling, composed) when a column element's data could not be loaded or used (`error`,
 * shown in the element too), or when records were left out because they did not validate (`issues`).
 */
export class BichigDataErrorEvent extends CustomEvent<BichigDataErrorDetail> {
  static readonly eventName = 'bichig-data-error';
  constructor(detail: BichigDataErrorDetail) {
    super(BichigDataErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bichig-data-error': BichigDataErrorEvent;
  }
}
