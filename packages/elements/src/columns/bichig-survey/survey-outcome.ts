// What the survey says after submitting: its thanks, the failure with a retry button, and the
// outbox status while the answers wait to be sent.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { retryLabel } from '../adapter/problem-messages.js';
import { renderOutboxStatus } from '../adapter/outbox-status.js';
import { controlLabel } from '../../internal/control-label.js';

/** Where a survey's submission stands. */
export type Phase =
  | { kind: 'form' }
  | { kind: 'sending' }
  | { kind: 'sent'; responses: number }
  | { kind: 'failed'; message: string; retry: boolean };

export function renderOutcome(
  phase: Phase,
  queued: boolean,
  ui: string,
  formatNumber: (value: number) => string,
  retry: () => void,
): TemplateResult {
  const outbox = renderOutboxStatus(queued && phase.kind !== 'sent', ui);
  if (phase.kind === 'sent')
    return html`${outbox}
      <p class="outcome success" role="status" tabindex="-1" lang=${ui}>
        ${msg(str`提交成功，感谢参与！目前共 ${formatNumber(phase.responses)} 份答卷。`, { id: 'survey.thanks' })}
      </p>`;
  if (phase.kind === 'failed')
    return html`${outbox}
      <div class="outcome error" role="alert" tabindex="-1" lang=${ui}>
        <p>${phase.message}</p>
        ${phase.retry ? html`<button type="button" part="retry" @click=${retry}>${controlLabel(retryLabel())}</button>` : nothing}
      </div>`;
  return outbox;
}
