// The mailbox's writing side: the letter form (bound to the draft) and the receipt.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { LetterPurpose, Mailbox } from '@bichig/cluster';
import { LETTER_LIMITS, LETTER_PURPOSES, type LetterReceipt, type SubmissionProblem } from '@bichig/cluster/forms';
import { draftRestoredMessage, problemMessage, retryLabel } from '../adapter/problem-messages.js';
import { renderOutboxStatus } from '../adapter/outbox-status.js';
import { fieldLabel, purposeLabel } from './mailbox-labels.js';
import type { MailboxView } from './mailbox-view.js';
import { controlLabel } from '../../internal/control-label.js';

/** The form's fields, as typed so far (what a draft keeps). */
export interface DraftFields {
  purpose: LetterPurpose | '';
  subject: string;
  body: string;
  name: string;
  phone: string;
  email: string;
  public: boolean;
}
export const EMPTY_DRAFT: DraftFields = {
  purpose: '',
  subject: '',
  body: '',
  name: '',
  phone: '',
  email: '',
  public: false,
};

/** Whether nothing has been typed or chosen. */
export function isBlankDraft(d: DraftFields): boolean {
  return !d.purpose && !d.subject && !d.body && !d.name && !d.phone && !d.email && !d.public;
}

/** A stored draft, checked field by field (a damaged record gives `undefined`, never a broken form). */
export function acceptDraft(stored: unknown): DraftFields | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const s = stored as Record<string, unknown>;
  const text = (key: string) => (typeof s[key] === 'string' ? (s[key] as string) : '');
  const purpose = (LETTER_PURPOSES as readonly string[]).includes(s.purpose as string)
    ? (s.purpose as LetterPurpose)
    : '';
  const draft: DraftFields = {
    purpose,
    subject: text('subject'),
    body: text('body'),
    name: text('name'),
    phone: text('phone'),
    email: text('email'),
    public: s.public === true,
  };
  return isBlankDraft(draft) ? undefined : draft;
}

/** What the form shows. */
export interface WriteState {
  readonly draft: DraftFields;
  readonly problems: readonly SubmissionProblem[];
  readonly sending: boolean;
  readonly failure: string | undefined;
  /** Whether the failure can be retried (the adapter failed; the letter itself was fine). */
  readonly canRetry: boolean;
  /** A saved draft was put back. */
  readonly restored: boolean;
  /** The letter waits in the outbox, to be sent when the link returns. */
  readonly queued: boolean;
}

/** What the form's controls call. */
export interface WriteHandlers {
  keep(field: keyof DraftFields, value: string | boolean): void;
  submit(event: Event): void;
  retry(): void;
  focusField(event: Event, field: string): void;
}

function problemsAt(state: WriteState, field: string): readonly SubmissionProblem[] {
  return state.problems.filter((p) => p.field === field);
}

function renderProblems(view: MailboxView, state: WriteState, field: string): TemplateResult | typeof nothing {
  const problems = problemsAt(state, field);
  if (!problems.length) return nothing;
  return html`<p class="problem" part="problem" id="${view.id}-problem-${field.replace('.', '-')}" lang=${view.ui}>
    ${problems.map((p) => problemMessage(p, fieldLabel(field))).join(' ')}
  </p>`;
}

function describedBy(view: MailboxView, state: WriteState, field: string): string | typeof nothing {
  return problemsAt(state, field).length ? `${view.id}-problem-${field.replace('.', '-')}` : nothing;
}

/** The receipt: the query code and when the letter was received. */
export function renderReceipt(
  view: MailboxView,
  receipt: LetterReceipt,
  on: { lookUp: () => void; writeAnother: () => void },
): TemplateResult {
  const ui = view.ui;
  return html`<div class="outcome success" part="receipt" role="status" tabindex="-1" lang=${ui}>
    <p>${msg('信件已提交。请记下查询码，凭查询码查看办理进度和答复：', { id: 'mailbox.submitted' })}</p>
    <p class="query-code" lang="zxx">${receipt.queryCode}</p>
    <p>
      ${msg(str`提交时间：${view.formatDate(receipt.submittedAt, { style: 'long' })}`, { id: 'mailbox.submitted-at' })}
    </p>
    <button type="button" @click=${on.lookUp}>${controlLabel(msg('查询此信件', { id: 'mailbox.lookup-this' }))}</button>
    <button type="button" @click=${on.writeAnother}>
      ${controlLabel(msg('再写一封', { id: 'mailbox.write-another' }))}
    </button>
  </div>`;
}

/** The letter form, filled with the draft, with its problems and the outcome of the last attempt. */
export function renderWriteForm(
  view: MailboxView,
  mailbox: Mailbox,
  state: WriteState,
  on: WriteHandlers,
): TemplateResult {
  const id = view.id;
  const ui = view.ui;
  const d = state.draft;
  const mn = view.context.vertical;
  const instructions = mailbox.instructions
    ? html`<div class="instructions">${view.renderLocalized(mailbox.instructions)}</div>`
    : nothing;
  const invalid = (field: string) => (problemsAt(state, field).length ? 'true' : 'false');
  return html`${instructions}
    <form part="form" novalidate aria-labelledby="${id}-tab-write" @submit=${on.submit}>
      ${
        state.problems.length
          ? html`<div class="summary" part="summary" id="${id}-summary" role="alert" tabindex="-1" lang=${ui}>
              <p>${msg(str`有 ${view.formatNumber(state.problems.length)} 处需要修改：`, { id: 'mailbox.summary' })}</p>
              <ul>
                ${state.problems.map((p) => html`<li><a href="#${id}-${p.field.replace('.', '-')}" @click=${(e: Event) => on.focusField(e, p.field)}>${problemMessage(p, fieldLabel(p.field))}</a></li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${
        state.failure
          ? html`<div class="outcome error" role="alert" tabindex="-1" lang=${ui}>
              <p>${state.failure}</p>
              ${state.canRetry ? html`<button type="button" part="retry" @click=${on.retry}>${controlLabel(retryLabel())}</button>` : nothing}
            </div>`
          : nothing
      }
      ${renderOutboxStatus(state.queued, ui)}
      ${state.restored ? html`<p class="draft-restored" part="draft-restored" role="status" lang=${ui}>${draftRestoredMessage()}</p>` : nothing}
      <p class="required-note" lang=${ui}>${msg('带 * 的为必填项', { id: 'mailbox.required-note' })}</p>
      <fieldset
        class="purposes"
        aria-invalid=${invalid('purpose')}
        aria-describedby=${describedBy(view, state, 'purpose')}
        lang=${ui}
      >
        <legend>${fieldLabel('purpose')} *</legend>
        ${LETTER_PURPOSES.map(
          (purpose) =>
            html`<label class="choice"
              ><input
                type="radio"
                name="${id}-purpose"
                value=${purpose}
                .checked=${d.purpose === purpose}
                @change=${() => on.keep('purpose', purpose)}
              />
              ${purposeLabel(purpose)}</label
            >`,
        )}
        ${renderProblems(view, state, 'purpose')}
      </fieldset>
      <div class="field subject">
        <label for="${id}-subject" lang=${ui}>${fieldLabel('subject')} *</label>
        ${
          mn
            ? html`<bichig-input
                id="${id}-subject"
                data-field="subject"
                lang="mn-Mong"
                .value=${d.subject}
                required
                aria-invalid=${invalid('subject')}
                aria-describedby=${describedBy(view, state, 'subject')}
                @input=${(e: Event) => on.keep('subject', (e.currentTarget as HTMLInputElement).value)}
              ></bichig-input>`
            : html`<input
                id="${id}-subject"
                data-field="subject"
                lang=${view.context.lang}
                .value=${d.subject}
                required
                maxlength=${LETTER_LIMITS.subject}
                aria-invalid=${invalid('subject')}
                aria-describedby=${describedBy(view, state, 'subject')}
                @input=${(e: Event) => on.keep('subject', (e.target as HTMLInputElement).value)}
              />`
        }
        ${renderProblems(view, state, 'subject')}
      </div>
      <div class="field body">
        <label for="${id}-body" lang=${ui}>${fieldLabel('body')} *</label>
        ${
          mn
            ? html`<bichig-textarea
                id="${id}-body"
                data-field="body"
                lang="mn-Mong"
                .value=${d.body}
                required
                aria-invalid=${invalid('body')}
                aria-describedby=${describedBy(view, state, 'body')}
                @input=${(e: Event) => on.keep('body', (e.currentTarget as HTMLTextAreaElement).value)}
              ></bichig-textarea>`
            : html`<textarea
                id="${id}-body"
                data-field="body"
                lang=${view.context.lang}
                rows="8"
                .value=${d.body}
                required
                aria-invalid=${invalid('body')}
                aria-describedby=${describedBy(view, state, 'body')}
                @input=${(e: Event) => on.keep('body', (e.target as HTMLTextAreaElement).value)}
              ></textarea>`
        }
        <span class="counter" lang=${ui}
          >${msg(str`最多 ${view.formatNumber(LETTER_LIMITS.body)} 字`, { id: 'mailbox.body-limit' })}</span
        >
        ${renderProblems(view, state, 'body')}
      </div>
      ${mn ? html`<bichig-keyboard part="keyboard" lang=${ui} renderer=${view.renderer}></bichig-keyboard>` : nothing}
      <fieldset class="contact" lang=${ui}>
        <legend>${msg('联系方式（不公开）', { id: 'mailbox.contact' })}</legend>
        <div class="field">
          <label for="${id}-contact-name">${fieldLabel('contact.name')} *</label>
          <input
            id="${id}-contact-name"
            data-field="contact.name"
            autocomplete="name"
            lang=${view.context.lang}
            .value=${d.name}
            required
            aria-invalid=${invalid('contact.name')}
            aria-describedby=${describedBy(view, state, 'contact.name')}
            @input=${(e: Event) => on.keep('name', (e.target as HTMLInputElement).value)}
          />
          ${renderProblems(view, state, 'contact.name')}
        </div>
        <div class="field">
          <label for="${id}-contact-phone">${fieldLabel('contact.phone')} *</label>
          <input
            id="${id}-contact-phone"
            data-field="contact.phone"
            type="tel"
            autocomplete="tel"
            inputmode="tel"
            .value=${d.phone}
            required
            aria-invalid=${invalid('contact.phone')}
            aria-describedby=${describedBy(view, state, 'contact.phone')}
            @input=${(e: Event) => on.keep('phone', (e.target as HTMLInputElement).value)}
          />
          ${renderProblems(view, state, 'contact.phone')}
        </div>
        <div class="field">
          <label for="${id}-contact-email">${fieldLabel('contact.email')}</label>
          <input
            id="${id}-contact-email"
            data-field="contact.email"
            type="email"
            autocomplete="email"
            .value=${d.email}
            aria-invalid=${invalid('contact.email')}
            aria-describedby=${describedBy(view, state, 'contact.email')}
            @input=${(e: Event) => on.keep('email', (e.target as HTMLInputElement).value)}
          />
          ${renderProblems(view, state, 'contact.email')}
        </div>
      </fieldset>
      <label class="choice public" lang=${ui}>
        <input
          type="checkbox"
          .checked=${d.public}
          @change=${(e: Event) => on.keep('public', (e.target as HTMLInputElement).checked)}
        />
        ${msg('同意在答复后公开此信件（不公开联系方式）', { id: 'mailbox.public' })}
      </label>
      <button type="submit" part="submit" lang=${ui} ?disabled=${state.sending || state.queued}>
        ${controlLabel(state.sending ? msg('正在提交…', { id: 'mailbox.sending' }) : msg('提交信件', { id: 'mailbox.submit' }))}
      </button>
    </form>`;
}

// ── look-up ──
