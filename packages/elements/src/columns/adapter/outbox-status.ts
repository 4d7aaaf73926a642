// What a form shows about its submission in an outbox: "waiting to send" while it waits, then the
// receipt (or the server's refusal) when it has gone, this page or a later one. Internal: the
// mailbox and the survey use it; the outbox itself is the public OutboxFormAdapter.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { queuedMessage } from './problem-messages.js';
import { OutboxFormAdapter, type OutboxEntry } from './outbox.js';
import type { FormAdapter } from '@bichig/cluster/forms';

export interface OutboxStatusOptions {
  /** The form's adapter (only an {@link OutboxFormAdapter} has an outbox). */
  adapter(): FormAdapter | undefined;
  /** The form's key in the outbox (`letter/{mailboxId}`, `survey/{surveyId}`), when known. */
  formKey(): string | undefined;
  /** The submission has gone: show its receipt (the entry is forgotten once this resolves). */
  delivered(receipt: NonNullable<OutboxEntry['receipt']>): Promise<void> | void;
  /** The server refused it: show why (the typed text is still in the form). */
  refused(message: string): void;
}

export class OutboxStatusController implements ReactiveController {
  /** The form's submission waits in the outbox. */
  queued = false;
  readonly #host: ReactiveControllerHost;
  readonly #options: OutboxStatusOptions;
  #watched: { outbox: OutboxFormAdapter; formKey: string } | undefined;

  constructor(host: ReactiveControllerHost, options: OutboxStatusOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The form's submission was just put in the outbox. */
  markQueued(): void {
    this.queued = true;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const adapter = this.#options.adapter();
    const formKey = this.#options.formKey();
    const outbox = adapter instanceof OutboxFormAdapter ? adapter : undefined;
    if (outbox === this.#watched?.outbox && formKey === this.#watched?.formKey) return;
    this.#unwatch();
    if (!outbox || !formKey) return;
    this.#watched = { outbox, formKey };
    outbox.addEventListener('outbox-change', this.#onChange);
    void this.#sync();
  }

  hostDisconnected(): void {
    this.#unwatch();
  }

  #onChange = (event: Event): void => {
    if ((event as CustomEvent<{ formKey: string }>).detail.formKey === this.#watched?.formKey) void this.#sync();
  };

  #unwatch(): void {
    this.#watched?.outbox.removeEventListener('outbox-change', this.#onChange);
    this.#watched = undefined;
  }

  async #sync(): Promise<void> {
    const watched = this.#watched;
    if (!watched) return;
    const entry = await watched.outbox.entryFor(watched.formKey).catch(() => undefined);
    if (watched !== this.#watched) return;
    const queued = entry?.state === 'queued';
    if (queued !== this.queued) {
      this.queued = queued;
      this.#host.requestUpdate();
    }
    if (entry?.state === 'sent' && entry.receipt) {
      await this.#options.delivered(entry.receipt);
      await watched.outbox.acknowledge(watched.formKey);
    } else if (entry?.state === 'failed') {
      this.#options.refused(entry.error ?? '');
      await watched.outbox.acknowledge(watched.formKey);
    }
  }
}

/**
 * The form's outbox status: a polite live region, always there (so what appears in it is
 * announced), saying "waiting to send" while the submission waits. `data-state`: queued or idle.
 */
export function renderOutboxStatus(queued: boolean, lang: string): TemplateResult {
  return html`<div
    class="outbox-status"
    part="outbox-status"
    role="status"
    lang=${lang}
    data-state=${queued ? 'queued' : 'idle'}
  >
    ${queued ? html`<p>${queuedMessage()}</p>` : nothing}
  </div>`;
}
