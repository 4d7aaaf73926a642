/** The event <bichig-letter-desk> fires. */
import type { DeskAction, DeskLetter } from '@bichig/cluster/forms';

/** Detail of the `bichig-desk-step` event. */
export interface BichigDeskStepDetail {
  /** The letter the step was taken on. */
  letterId: string;
  /** The step taken. */
  action: DeskAction;
  /** The letter as it is after the step. */
  letter: DeskLetter;
}

/** Fired (bubbling, composed) after the adapter took a step on a letter. */
export class BichigDeskStepEvent extends CustomEvent<BichigDeskStepDetail> {
  static readonly eventName = 'bichig-desk-step';
  constructor(detail: BichigDeskStepDetail) {
    super(BichigDeskStepEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bichig-desk-step': BichigDeskStepEvent;
  }
}
