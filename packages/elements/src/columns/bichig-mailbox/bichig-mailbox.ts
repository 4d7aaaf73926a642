import { html } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Language, LetterPurpose, Mailbox } from '@bichig/cluster';
import { BichigColumnElement, columnBaseStyles, type ColumnContext } from '../column-base.js';
import {
  SubmissionInvalidError,
  type FormAdapter,
  type LetterDraft,
  type LetterLookup,
  type LetterPage,
  type LetterReceipt,
  type MailboxStatistics,
  type SubmissionProblem,
  validateLetterDraft,
} from '@bichig/cluster/forms';
import { MemoryFormAdapter } from '../adapter/memory.js';
import { DEFAULT_SUBMIT_TIMEOUT_MS, isLetterReceipt, submitWithin } from '../adapter/submission.js';
import { SubmissionQueuedError } from '../adapter/outbox.js';
import { OutboxStatusController } from '../adapter/outbox-status.js';
import { failureMessage, notConnectedMessage } from '../adapter/problem-messages.js';
import { FormDraftController } from '../drafts/form-draft.js';
import { TABS, tabAfterKey, tabLabel, type MailboxTab } from './mailbox-labels.js';
import {
  EMPTY_DRAFT,
  acceptDraft,
  isBlankDraft,
  renderReceipt,
  renderWriteForm,
  type DraftFields,
} from './mailbox-write.js';
import { renderLookup } from './mailbox-lookup.js';
import { renderReplied, renderStatistics } from './mailbox-letters.js';
import type { MailboxView, Remote } from './mailbox-view.js';
import { parseRenderer } from '../../internal/renderer.js';
import { mailboxStyles } from './bichig-mailbox.styles.js';
import { KeyboardOnDemand } from '../base/keyboard-on-demand.js';
import { verticalFieldsLoading } from './vertical-fields.js';
import { controlLabel } from '../../internal/control-label.js';

export type { MailboxTab } from './mailbox-labels.js';

let nextInstance = 1;

/**
 * A mailbox (领导信箱, 公众留言…): write a letter (purpose, subject, content, contact, whether it
 * may be published) with validation and clear messages at each field and in a summary; on
 * submission the writer gets a query code (查询码); look a letter up by its code (status, history,
 * deadline, reply); the public list of replied letters; and the public statistics (received,
 * answered, answer rate, on-time rate, per department). Everything goes through a
 * {@link FormAdapter}; without one, the lists and statistics come from the published cluster data
 * and submitting says the mailbox is not connected (keeping the letter).
 *
 * In Mongolian the mailbox is vertical, and the subject and letter are written in
 * <bichig-input> / <bichig-textarea> with a <bichig-keyboard> (loaded when one of those fields is
 * first focused; keys typed meanwhile are held and handed to it); what was typed reaches the adapter
 * exactly, code point for code point. Failed submissions keep everything typed.
 *
 * No letter is lost: from the first keystroke the form keeps a draft in IndexedDB (per cluster,
 * site and mailbox), put back after a reload, back/forward navigation, a replaced element or a
 * killed tab (saying so), and forgotten only when the receipt is shown. Submitting waits at most
 * `submit-timeout` ms; a backend that does not answer, fails, or answers without a receipt gives a
 * message and a retry button, and the letter stays in the form.
 *
 * @summary Mailbox: write a letter, query code, look-up, replied letters, statistics.
 *
 * @csspart tabs - The tab list.
 * @csspart tab - One tab.
 * @csspart panel - The panel of the current tab.
 * @csspart form - The letter form.
 * @csspart problem - A validation message at a field.
 * @csspart summary - The list of problems above the form.
 * @csspart submit - The submit button.
 * @csspart receipt - The query code shown after submitting.
 * @csspart retry - The button that submits again after a failure.
 * @csspart draft-restored - The note that a saved draft was put back.
 * @csspart letter - A letter (looked up or in the replied list).
 * @csspart reply - A reply.
 * @csspart statistics - The statistics.
 *
 * @cssprop --bichig-column-height - Height of the vertical (Mongolian) layout.
 *
 * @event bichig-letter-submit - {CustomEvent<{queryCode: string, submittedAt: string, mailboxId: string}>} The adapter accepted a letter.
 * @event bichig-data-error - {BichigDataErrorEvent} The data could not be loaded.
 */
export class BichigMailbox extends BichigColumnElement {
  static override styles = [...columnBaseStyles, mailboxStyles];
  static override properties = {
    ...BichigColumnElement.properties,
    mailbox: { reflect: true },
    adapter: { attribute: false },
    tab: { reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    submitTimeout: { type: Number, attribute: 'submit-timeout' },
    draft: { state: true },
    problems: { state: true },
    sending: { state: true },
    receipt: { state: true },
    failure: { state: true },
    lookupCode: { state: true },
    lookup: { state: true },
    replied: { state: true },
    repliedPage: { state: true },
    statistics: { state: true },
  };

  /** Id of the mailbox (default: the one shown in `column`, else the site's first). */
  declare mailbox: string | undefined;
  /** The backend. */
  declare adapter: FormAdapter | undefined;
  /** The view shown: `write` (default), `lookup`, `replied` or `statistics`. */
  declare tab: MailboxTab;
  /** Replied letters per page (default 5). */
  declare pageSize: number;
  /** How long submitting waits for the adapter, in ms (default 30 000), before saying it did not answer. */
  declare submitTimeout: number;
  declare private draft: DraftFields;
  declare private problems: readonly SubmissionProblem[];
  declare private sending: boolean;
  declare private receipt: LetterReceipt | undefined;
  /** The message of the last failed attempt, and whether sending again may help. */
  declare private failure: { message: string; retry: boolean } | undefined;
  declare private lookupCode: string;
  declare private lookup: Remote<LetterLookup | null>;
  declare private replied: Remote<LetterPage>;
  declare private repliedPage: number;
  declare private statistics: Remote<MailboxStatistics>;

  readonly #id = `bichig-mailbox-${nextInstance++}`;
  #readAdapter: { key: string; adapter: FormAdapter } | undefined;
  readonly #drafts = new FormDraftController<DraftFields>(this, {
    key: () => {
      const context = this.context;
      const mailbox = this.currentMailbox;
      return context && mailbox ? `mailbox/${context.cluster.id}/${context.site.id}/${mailbox.id}` : undefined;
    },
    isBlank: () => isBlankDraft(this.draft),
    accept: acceptDraft,
    restore: (value) => (this.draft = value),
  });

  readonly #outbox = new OutboxStatusController(this, {
    adapter: () => this.adapter,
    formKey: () => (this.currentMailbox ? `letter/${this.currentMailbox.id}` : undefined),
    delivered: (receipt) => this.#accepted(receipt as LetterReceipt),
    refused: (message) => (this.failure = { message, retry: true }),
  });

  constructor() {
    super();
    // The Mongolian form's keyboard, loaded when a Mongolian field is first focused.
    new KeyboardOnDemand(this);
    this.tab = 'write';
    this.pageSize = 5;
    this.submitTimeout = DEFAULT_SUBMIT_TIMEOUT_MS;
    this.draft = { ...EMPTY_DRAFT };
    this.problems = [];
    this.sending = false;
    this.lookupCode = '';
    this.lookup = { kind: 'idle' };
    this.replied = { kind: 'idle' };
    this.repliedPage = 1;
    this.statistics = { kind: 'idle' };
  }

  /** The mailbox shown. */
  get currentMailbox(): Mailbox | undefined {
    const context = this.context ?? this.resolveContext();
    const site = context instanceof Error ? undefined : context?.site;
    if (!site) return undefined;
    return (
      site.mailboxes.find((m) => m.id === this.mailbox) ??
      site.mailboxes.find((m) => m.columnId === this.column) ??
      site.mailboxes[0]
    );
  }

  /** The draft as it would be submitted now: the fields' live values, exactly as typed. */
  get letterDraft(): LetterDraft {
    const mailbox = this.currentMailbox;
    const live = (name: string) =>
      this.renderRoot?.querySelector<HTMLElement & { value: string }>(`[data-field="${name}"]`)?.value;
    const d = this.draft;
    const language: Language = this.context?.language ?? 'zh';
    const email = live('contact.email') ?? d.email;
    return {
      mailboxId: mailbox?.id ?? '',
      purpose: d.purpose as LetterPurpose,
      language,
      subject: live('subject') ?? d.subject,
      body: live('body') ?? d.body,
      contact: {
        name: live('contact.name') ?? d.name,
        phone: live('contact.phone') ?? d.phone,
        ...(email !== '' ? { email } : {}),
      },
      public: d.public,
    };
  }

  /** A vertical (Mongolian) form renders once its fields are registered, never as empty unknown elements. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = verticalFieldsLoading(() => this.resolveContext());
    return loading?.then(() => super.scheduleUpdate()) ?? super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('adapter') || changed.has('mailbox') || changed.has('cluster') || changed.has('site')) {
      this.replied = { kind: 'idle' };
      this.statistics = { kind: 'idle' };
    }
    this.#fetchForTab();
  }

  #onTabKey(event: KeyboardEvent): void {
    const next = tabAfterKey(this.tab, event.key);
    if (!next) return;
    event.preventDefault();
    this.#selectTab(next, true);
  }

  /** The adapter for reading: the given one, else the published data of the site. */
  #reader(context: ColumnContext): FormAdapter {
    if (this.adapter) return this.adapter;
    const key = `${context.cluster.id}/${context.site.id}`;
    if (this.#readAdapter?.key !== key)
      this.#readAdapter = {
        key,
        adapter: MemoryFormAdapter.fromCluster(context.cluster, context.site.id, { now: () => new Date(this.moment) }),
      };
    return this.#readAdapter.adapter;
  }

  /** Starts fetching what the shown tab needs; in willUpdate, so the "loading" state renders in the same update. */
  #fetchForTab(): void {
    const context = this.context;
    if (!context) return;
    if (this.tab === 'replied' && this.replied.kind === 'idle') void this.#loadReplied(context, this.repliedPage);
    if (this.tab === 'statistics' && this.statistics.kind === 'idle') void this.#loadStatistics(context);
  }

  async #loadReplied(context: ColumnContext, page: number): Promise<void> {
    const mailbox = this.currentMailbox;
    this.replied = { kind: 'loading' };
    try {
      const value = await this.#reader(context).listRepliedLetters({
        ...(mailbox ? { mailboxId: mailbox.id } : {}),
        page,
        pageSize: this.pageSize,
      });
      this.replied = { kind: 'done', value };
      this.repliedPage = value.page;
    } catch (error) {
      this.replied = { kind: 'failed', message: failureMessage(error) };
    }
  }

  async #loadStatistics(context: ColumnContext): Promise<void> {
    const mailbox = this.currentMailbox;
    this.statistics = { kind: 'loading' };
    try {
      this.statistics = {
        kind: 'done',
        value: await this.#reader(context).letterStatistics(mailbox ? { mailboxId: mailbox.id } : {}),
      };
    } catch (error) {
      this.statistics = { kind: 'failed', message: failureMessage(error) };
    }
  }

  // ── tabs (WAI-ARIA APG tabs, automatic activation) ──
  #selectTab(tab: MailboxTab, focus = false): void {
    this.tab = tab;
    if (focus)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#${this.#id}-tab-${tab}`)?.focus(),
      );
  }

  /** What the template functions read from this element. */
  #view(context: ColumnContext): MailboxView {
    return {
      id: this.#id,
      ui: this.uiLang,
      context,
      renderer: parseRenderer(this.renderer, this),
      formatNumber: (value, options) => this.formatNumber(value, options),
      formatDate: (value, options) => this.formatDate(value, options),
      renderDate: (value) => this.renderDate(value),
      renderText: (text, language) => this.renderText(text, language),
      renderLocalized: (value) => this.renderLocalized(value),
    };
  }

  #keep(field: keyof DraftFields, value: string | boolean): void {
    this.draft = { ...this.draft, [field]: value };
    void this.#drafts.save(this.draft);
    const problemField = field === 'name' || field === 'phone' || field === 'email' ? `contact.${field}` : field;
    if (this.problems.some((p) => p.field === problemField))
      this.problems = this.problems.filter((p) => p.field !== problemField);
  }

  async #submit(): Promise<void> {
    if (this.sending) return;
    const draft = this.letterDraft;
    // Everything typed is kept in the state (and the stored draft) first, so nothing can lose it.
    this.draft = {
      ...this.draft,
      subject: draft.subject,
      body: draft.body,
      name: draft.contact.name,
      phone: draft.contact.phone,
      email: draft.contact.email ?? '',
    };
    void this.#drafts.save(this.draft);
    this.failure = undefined;
    const problems = validateLetterDraft(draft);
    this.problems = problems;
    if (problems.length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${this.#id}-summary`)?.focus();
      return;
    }
    const adapter = this.adapter;
    if (!adapter) {
      this.failure = { message: notConnectedMessage(), retry: false };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.outcome')?.focus();
      return;
    }
    this.sending = true;
    try {
      const receipt = await submitWithin(
        'submitLetter',
        () => adapter.submitLetter(draft),
        isLetterReceipt,
        this.submitTimeout,
      );
      await this.#accepted(receipt);
    } catch (error) {
      if (error instanceof SubmissionQueuedError) this.#outbox.markQueued();
      else if (error instanceof SubmissionInvalidError) this.problems = error.problems;
      else this.failure = { message: failureMessage(error), retry: true };
    } finally {
      this.sending = false;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(this.problems.length ? `#${this.#id}-summary` : '.outcome')?.focus();
  }

  /** The letter has a receipt (now, or later from the outbox): show it, then forget the draft. */
  async #accepted(receipt: LetterReceipt): Promise<void> {
    const mailbox = this.currentMailbox;
    this.receipt = receipt;
    this.draft = { ...EMPTY_DRAFT };
    this.statistics = { kind: 'idle' };
    await this.updateComplete;
    // The receipt is on screen: only now is the draft no longer needed.
    void this.#drafts.clear();
    this.dispatchEvent(
      new CustomEvent('bichig-letter-submit', {
        detail: { ...receipt, mailboxId: mailbox?.id ?? '' },
        bubbles: true,
        composed: true,
      }),
    );
  }

  #focusField(event: Event, field: string): void {
    event.preventDefault();
    const target =
      field === 'purpose'
        ? this.renderRoot.querySelector<HTMLElement>('input[name$="-purpose"]')
        : this.renderRoot.querySelector<HTMLElement>(`[data-field="${field}"]`);
    target?.focus();
  }

  async #lookUp(event: Event, context: ColumnContext): Promise<void> {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>(`#${this.#id}-code`);
    const code = (input?.value ?? this.lookupCode).trim().toUpperCase();
    this.lookupCode = code;
    if (!code) {
      this.lookup = { kind: 'failed', message: msg('请输入查询码。', { id: 'mailbox.code-required' }) };
      return;
    }
    this.lookup = { kind: 'loading' };
    try {
      this.lookup = { kind: 'done', value: await this.#reader(context).lookupLetter(code) };
    } catch (error) {
      this.lookup = { kind: 'failed', message: failureMessage(error) };
    }
  }

  protected renderColumn(context: ColumnContext): TemplateResult {
    const mailbox = this.currentMailbox;
    if (!mailbox) return this.renderEmpty();
    const id = this.#id;
    const ui = this.uiLang;
    return html`<section
      class=${context.vertical ? 'vertical mailbox' : 'mailbox'}
      part="mailbox"
      lang=${context.lang}
      aria-labelledby="${id}-title"
    >
      <h2 id="${id}-title">${this.renderLocalized(mailbox.name)}</h2>
      <div
        class="tabs"
        part="tabs"
        role="tablist"
        aria-labelledby="${id}-title"
        lang=${ui}
        @keydown=${(e: KeyboardEvent) => this.#onTabKey(e)}
      >
        ${TABS.map(
          (tab) =>
            html`<button
              type="button"
              role="tab"
              part="tab"
              id="${id}-tab-${tab}"
              aria-selected=${this.tab === tab ? 'true' : 'false'}
              aria-controls="${id}-panel"
              tabindex=${this.tab === tab ? 0 : -1}
              @click=${() => this.#selectTab(tab)}
            >
              ${controlLabel(tabLabel(tab))}
            </button>`,
        )}
      </div>
      <div class="panel" part="panel" id="${id}-panel" role="tabpanel" aria-labelledby="${id}-tab-${this.tab}">
        ${
          this.tab === 'write'
            ? this.#renderWrite(mailbox, context)
            : this.tab === 'lookup'
              ? this.#renderLookup(context)
              : this.tab === 'replied'
                ? this.#renderReplied(context)
                : renderStatistics(this.#view(context), this.statistics)
        }
      </div>
    </section>`;
  }

  // ── write ──
  #renderWrite(mailbox: Mailbox, context: ColumnContext): TemplateResult {
    const view = this.#view(context);
    if (this.receipt) {
      const receipt = this.receipt;
      return renderReceipt(view, receipt, {
        lookUp: () => {
          this.lookupCode = receipt.queryCode;
          this.receipt = undefined;
          this.#selectTab('lookup', true);
        },
        writeAnother: () => (this.receipt = undefined),
      });
    }
    return renderWriteForm(
      view,
      mailbox,
      {
        draft: this.draft,
        problems: this.problems,
        sending: this.sending,
        failure: this.failure?.message,
        canRetry: this.failure?.retry ?? false,
        restored: this.#drafts.restored,
        queued: this.#outbox.queued,
      },
      {
        keep: (field, value) => this.#keep(field, value),
        submit: (event) => {
          event.preventDefault();
          void this.#submit();
        },
        retry: () => void this.#submit(),
        focusField: (event, field) => this.#focusField(event, field),
      },
    );
  }

  #renderLookup(context: ColumnContext): TemplateResult {
    return renderLookup(this.#view(context), this.lookupCode, this.lookup, {
      submit: (event) => void this.#lookUp(event, context),
      input: (code) => (this.lookupCode = code),
    });
  }

  #renderReplied(context: ColumnContext): TemplateResult {
    return renderReplied(this.#view(context), this.replied, (page) =>
      this.renderPager(page.page, page.pageCount, (next) => {
        this.repliedPage = next;
        void this.#loadReplied(context, next);
      }),
    );
  }
}
