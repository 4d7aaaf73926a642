import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Language, Letter, LetterPurpose, LetterStatistics, Mailbox } from '@bichig/cluster';
import { BichigColumnElement, columnBaseStyles, langOf } from '../column-base.js';
import type { ColumnContext } from '../column-base.js';
import {
  SubmissionInvalidError,
  type FormAdapter,
  type LetterDraft,
  type LetterLookup,
  type LetterPage,
  type LetterReceipt,
  type MailboxStatistics,
  type SubmissionProblem,
} from '../adapter/types.js';
import { LETTER_LIMITS, LETTER_PURPOSES, validateLetterDraft } from '../adapter/validate.js';
import { MemoryFormAdapter } from '../adapter/memory.js';
import { failureMessage, notConnectedMessage, problemMessage } from '../adapter/problem-messages.js';
import { purposeLabel, statusLabel } from './mailbox-labels.js';
import { mailboxStyles } from './bichig-mailbox.styles.js';

/** The mailbox's four views. */
export type MailboxTab = 'write' | 'lookup' | 'replied' | 'statistics';
const TABS: readonly MailboxTab[] = ['write', 'lookup', 'replied', 'statistics'];

/** The form's fields, as typed so far. */
interface DraftFields {
  purpose: LetterPurpose | '';
  subject: string;
  body: string;
  name: string;
  phone: string;
  email: string;
  public: boolean;
}
const EMPTY_DRAFT: DraftFields = { purpose: '', subject: '', body: '', name: '', phone: '', email: '', public: false };

type Remote<T> =
  { kind: 'idle' } | { kind: 'loading' } | { kind: 'done'; value: T } | { kind: 'failed'; message: string };

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
 * <bichig-input> / <bichig-textarea> with a <bichig-keyboard>; what was typed reaches the adapter
 * exactly, code point for code point. Failed submissions keep everything typed.
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
  declare private draft: DraftFields;
  declare private problems: readonly SubmissionProblem[];
  declare private sending: boolean;
  declare private receipt: LetterReceipt | undefined;
  declare private failure: string | undefined;
  declare private lookupCode: string;
  declare private lookup: Remote<LetterLookup | null>;
  declare private replied: Remote<LetterPage>;
  declare private repliedPage: number;
  declare private statistics: Remote<MailboxStatistics>;

  readonly #id = `bichig-mailbox-${nextInstance++}`;
  #readAdapter: { key: string; adapter: FormAdapter } | undefined;

  constructor() {
    super();
    this.tab = 'write';
    this.pageSize = 5;
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('adapter') || changed.has('mailbox') || changed.has('cluster') || changed.has('site')) {
      this.replied = { kind: 'idle' };
      this.statistics = { kind: 'idle' };
    }
    this.#fetchForTab();
  }

  /** Starts fetching what the shown tab needs; in willUpdate, so the "loading" state renders in the same update. */
  #fetchForTab(): void {
    const context = this.resolveContext();
    if (!context || context instanceof Error) return;
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

  #tabLabel(tab: MailboxTab): string {
    switch (tab) {
      case 'write':
        return msg('我要写信', { id: 'mailbox.tab.write' });
      case 'lookup':
        return msg('信件查询', { id: 'mailbox.tab.lookup' });
      case 'replied':
        return msg('回复选登', { id: 'mailbox.tab.replied' });
      case 'statistics':
        return msg('办理统计', { id: 'mailbox.tab.statistics' });
    }
  }

  #selectTab(tab: MailboxTab, focus = false): void {
    this.tab = tab;
    if (focus)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#${this.#id}-tab-${tab}`)?.focus(),
      );
  }

  #onTabKey(event: KeyboardEvent): void {
    const index = TABS.indexOf(this.tab);
    const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    let next: number | undefined;
    if (event.key in moves) next = (index + moves[event.key]! + TABS.length) % TABS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = TABS.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    this.#selectTab(TABS[next]!, true);
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
              ${this.#tabLabel(tab)}
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
                : this.#renderStatistics(context)
        }
      </div>
    </section>`;
  }

  // ── write ──

  #fieldLabel(field: string): string {
    switch (field) {
      case 'purpose':
        return msg('信件类型', { id: 'mailbox.field.purpose' });
      case 'subject':
        return msg('信件标题', { id: 'mailbox.field.subject' });
      case 'body':
        return msg('信件内容', { id: 'mailbox.field.body' });
      case 'contact.name':
        return msg('姓名', { id: 'mailbox.field.name' });
      case 'contact.phone':
        return msg('联系电话', { id: 'mailbox.field.phone' });
      case 'contact.email':
        return msg('电子邮箱', { id: 'mailbox.field.email' });
      default:
        return field;
    }
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

  #keep(field: keyof DraftFields, value: string | boolean): void {
    this.draft = { ...this.draft, [field]: value };
    const problemField = field === 'name' || field === 'phone' || field === 'email' ? `contact.${field}` : field;
    if (this.problems.some((p) => p.field === problemField))
      this.problems = this.problems.filter((p) => p.field !== problemField);
  }

  async #submit(event: Event, mailbox: Mailbox): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    const draft = this.letterDraft;
    // Everything typed is kept in the state first, so no re-render can lose it.
    this.draft = {
      ...this.draft,
      subject: draft.subject,
      body: draft.body,
      name: draft.contact.name,
      phone: draft.contact.phone,
      email: draft.contact.email ?? '',
    };
    this.failure = undefined;
    const problems = validateLetterDraft(draft);
    this.problems = problems;
    if (problems.length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${this.#id}-summary`)?.focus();
      return;
    }
    if (!this.adapter) {
      this.failure = notConnectedMessage();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.outcome')?.focus();
      return;
    }
    this.sending = true;
    try {
      const receipt = await this.adapter.submitLetter(draft);
      this.receipt = receipt;
      this.draft = { ...EMPTY_DRAFT };
      this.statistics = { kind: 'idle' };
      this.dispatchEvent(
        new CustomEvent('bichig-letter-submit', {
          detail: { ...receipt, mailboxId: mailbox.id },
          bubbles: true,
          composed: true,
        }),
      );
    } catch (error) {
      if (error instanceof SubmissionInvalidError) this.problems = error.problems;
      else this.failure = failureMessage(error);
    } finally {
      this.sending = false;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(this.problems.length ? `#${this.#id}-summary` : '.outcome')?.focus();
  }

  #problemsAt(field: string): readonly SubmissionProblem[] {
    return this.problems.filter((p) => p.field === field);
  }

  #renderProblems(field: string): TemplateResult | typeof nothing {
    const problems = this.#problemsAt(field);
    if (!problems.length) return nothing;
    return html`<p
      class="problem"
      part="problem"
      id="${this.#id}-problem-${field.replace('.', '-')}"
      lang=${this.uiLang}
    >
      ${problems.map((p) => problemMessage(p, this.#fieldLabel(field))).join(' ')}
    </p>`;
  }

  #describedBy(field: string): string | typeof nothing {
    return this.#problemsAt(field).length ? `${this.#id}-problem-${field.replace('.', '-')}` : nothing;
  }

  #focusField(event: Event, field: string): void {
    event.preventDefault();
    const target =
      field === 'purpose'
        ? this.renderRoot.querySelector<HTMLElement>('input[name$="-purpose"]')
        : this.renderRoot.querySelector<HTMLElement>(`[data-field="${field}"]`);
    target?.focus();
  }

  #renderWrite(mailbox: Mailbox, context: ColumnContext): TemplateResult {
    const id = this.#id;
    const ui = this.uiLang;
    const d = this.draft;
    const mn = context.vertical;
    if (this.receipt) {
      const receipt = this.receipt;
      return html`<div class="outcome success" part="receipt" role="status" tabindex="-1" lang=${ui}>
        <p>${msg('信件已提交。请记下查询码，凭查询码查看办理进度和答复：', { id: 'mailbox.submitted' })}</p>
        <p class="query-code" lang="zxx">${receipt.queryCode}</p>
        <p>
          ${msg(str`提交时间：${this.formatDate(receipt.submittedAt, { style: 'long' })}`, { id: 'mailbox.submitted-at' })}
        </p>
        <button
          type="button"
          @click=${() => {
            this.lookupCode = receipt.queryCode;
            this.receipt = undefined;
            this.#selectTab('lookup', true);
          }}
        >
          ${msg('查询此信件', { id: 'mailbox.lookup-this' })}
        </button>
        <button type="button" @click=${() => (this.receipt = undefined)}>
          ${msg('再写一封', { id: 'mailbox.write-another' })}
        </button>
      </div>`;
    }
    const instructions = mailbox.instructions
      ? html`<div class="instructions">${this.renderLocalized(mailbox.instructions)}</div>`
      : nothing;
    const invalid = (field: string) => (this.#problemsAt(field).length ? 'true' : 'false');
    return html`${instructions}
      <form
        part="form"
        novalidate
        aria-labelledby="${id}-tab-write"
        @submit=${(e: Event) => void this.#submit(e, mailbox)}
      >
        ${
          this.problems.length
            ? html`<div class="summary" part="summary" id="${id}-summary" role="alert" tabindex="-1" lang=${ui}>
                <p>
                  ${msg(str`有 ${this.formatNumber(this.problems.length)} 处需要修改：`, { id: 'mailbox.summary' })}
                </p>
                <ul>
                  ${this.problems.map((p) => html`<li><a href="#${id}-${p.field.replace('.', '-')}" @click=${(e: Event) => this.#focusField(e, p.field)}>${problemMessage(p, this.#fieldLabel(p.field))}</a></li>`)}
                </ul>
              </div>`
            : nothing
        }
        ${this.failure ? html`<p class="outcome error" role="alert" tabindex="-1" lang=${ui}>${this.failure}</p>` : nothing}
        <p class="required-note" lang=${ui}>${msg('带 * 的为必填项', { id: 'mailbox.required-note' })}</p>
        <fieldset
          class="purposes"
          aria-invalid=${invalid('purpose')}
          aria-describedby=${this.#describedBy('purpose')}
          lang=${ui}
        >
          <legend>${this.#fieldLabel('purpose')} *</legend>
          ${LETTER_PURPOSES.map(
            (purpose) =>
              html`<label class="choice"
                ><input
                  type="radio"
                  name="${id}-purpose"
                  value=${purpose}
                  .checked=${d.purpose === purpose}
                  @change=${() => this.#keep('purpose', purpose)}
                />
                ${purposeLabel(purpose)}</label
              >`,
          )}
          ${this.#renderProblems('purpose')}
        </fieldset>
        <div class="field subject">
          <label for="${id}-subject" lang=${ui}>${this.#fieldLabel('subject')} *</label>
          ${
            mn
              ? html`<bichig-input
                  id="${id}-subject"
                  data-field="subject"
                  lang="mn-Mong"
                  .value=${d.subject}
                  required
                  aria-invalid=${invalid('subject')}
                  aria-describedby=${this.#describedBy('subject')}
                  @input=${(e: Event) => this.#keep('subject', (e.currentTarget as HTMLInputElement).value)}
                ></bichig-input>`
              : html`<input
                  id="${id}-subject"
                  data-field="subject"
                  lang=${context.lang}
                  .value=${d.subject}
                  required
                  maxlength=${LETTER_LIMITS.subject}
                  aria-invalid=${invalid('subject')}
                  aria-describedby=${this.#describedBy('subject')}
                  @input=${(e: Event) => this.#keep('subject', (e.target as HTMLInputElement).value)}
                />`
          }
          ${this.#renderProblems('subject')}
        </div>
        <div class="field body">
          <label for="${id}-body" lang=${ui}>${this.#fieldLabel('body')} *</label>
          ${
            mn
              ? html`<bichig-textarea
                  id="${id}-body"
                  data-field="body"
                  lang="mn-Mong"
                  .value=${d.body}
                  required
                  aria-invalid=${invalid('body')}
                  aria-describedby=${this.#describedBy('body')}
                  @input=${(e: Event) => this.#keep('body', (e.currentTarget as HTMLTextAreaElement).value)}
                ></bichig-textarea>`
              : html`<textarea
                  id="${id}-body"
                  data-field="body"
                  lang=${context.lang}
                  rows="8"
                  .value=${d.body}
                  required
                  aria-invalid=${invalid('body')}
                  aria-describedby=${this.#describedBy('body')}
                  @input=${(e: Event) => this.#keep('body', (e.target as HTMLTextAreaElement).value)}
                ></textarea>`
          }
          <span class="counter" lang=${ui}
            >${msg(str`最多 ${this.formatNumber(LETTER_LIMITS.body)} 字`, { id: 'mailbox.body-limit' })}</span
          >
          ${this.#renderProblems('body')}
        </div>
        ${mn ? html`<bichig-keyboard part="keyboard" lang=${ui}></bichig-keyboard>` : nothing}
        <fieldset class="contact" lang=${ui}>
          <legend>${msg('联系方式（不公开）', { id: 'mailbox.contact' })}</legend>
          <div class="field">
            <label for="${id}-contact-name">${this.#fieldLabel('contact.name')} *</label>
            <input
              id="${id}-contact-name"
              data-field="contact.name"
              autocomplete="name"
              lang=${context.lang}
              .value=${d.name}
              required
              aria-invalid=${invalid('contact.name')}
              aria-describedby=${this.#describedBy('contact.name')}
              @input=${(e: Event) => this.#keep('name', (e.target as HTMLInputElement).value)}
            />
            ${this.#renderProblems('contact.name')}
          </div>
          <div class="field">
            <label for="${id}-contact-phone">${this.#fieldLabel('contact.phone')} *</label>
            <input
              id="${id}-contact-phone"
              data-field="contact.phone"
              type="tel"
              autocomplete="tel"
              inputmode="tel"
              .value=${d.phone}
              required
              aria-invalid=${invalid('contact.phone')}
              aria-describedby=${this.#describedBy('contact.phone')}
              @input=${(e: Event) => this.#keep('phone', (e.target as HTMLInputElement).value)}
            />
            ${this.#renderProblems('contact.phone')}
          </div>
          <div class="field">
            <label for="${id}-contact-email">${this.#fieldLabel('contact.email')}</label>
            <input
              id="${id}-contact-email"
              data-field="contact.email"
              type="email"
              autocomplete="email"
              .value=${d.email}
              aria-invalid=${invalid('contact.email')}
              aria-describedby=${this.#describedBy('contact.email')}
              @input=${(e: Event) => this.#keep('email', (e.target as HTMLInputElement).value)}
            />
            ${this.#renderProblems('contact.email')}
          </div>
        </fieldset>
        <label class="choice public" lang=${ui}>
          <input
            type="checkbox"
            .checked=${d.public}
            @change=${(e: Event) => this.#keep('public', (e.target as HTMLInputElement).checked)}
          />
          ${msg('同意在答复后公开此信件（不公开联系方式）', { id: 'mailbox.public' })}
        </label>
        <button type="submit" part="submit" lang=${ui} ?disabled=${this.sending}>
          ${this.sending ? msg('正在提交…', { id: 'mailbox.sending' }) : msg('提交信件', { id: 'mailbox.submit' })}
        </button>
      </form>`;
  }

  // ── look-up ──

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

  #renderLookup(context: ColumnContext): TemplateResult {
    const id = this.#id;
    const ui = this.uiLang;
    const state = this.lookup;
    return html`<form
        class="lookup"
        role="search"
        aria-label=${msg('按查询码查询信件', { id: 'mailbox.lookup-form' })}
        lang=${ui}
        @submit=${(e: Event) => void this.#lookUp(e, context)}
      >
        <label for="${id}-code">${msg('查询码', { id: 'mailbox.query-code' })}</label>
        <input
          id="${id}-code"
          lang="zxx"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          maxlength="12"
          .value=${this.lookupCode}
          @input=${(e: Event) => (this.lookupCode = (e.target as HTMLInputElement).value)}
        />
        <button type="submit">${msg('查询', { id: 'mailbox.lookup' })}</button>
      </form>
      <div class="lookup-result" aria-live="polite">
        ${
          state.kind === 'loading'
            ? html`<p role="status" lang=${ui}>${msg('正在查询…', { id: 'mailbox.looking-up' })}</p>`
            : state.kind === 'failed'
              ? html`<p class="problem" role="alert" lang=${ui}>${state.message}</p>`
              : state.kind === 'done'
                ? state.value
                  ? this.#renderLetter(state.value.letter, context, state.value)
                  : html`<p class="problem" role="alert" lang=${ui}>
                      ${msg(str`没有查询码为 ${this.lookupCode} 的信件，请核对后重试。`, { id: 'mailbox.not-found' })}
                    </p>`
                : nothing
        }
      </div>`;
  }

  #orgName(code: string | undefined, context: ColumnContext): TemplateResult | string {
    if (!code) return '—';
    const org = context.cluster.orgs.get(code);
    return org ? this.renderLocalized(org.name) : code;
  }

  #renderLetter(letter: Letter, context: ColumnContext, lookup?: LetterLookup): TemplateResult {
    const ui = this.uiLang;
    const flags = lookup?.flags;
    const letterLang = langOf(letter.language);
    return html`<article class="letter" part="letter" lang=${letterLang}>
      <h3>${this.renderText(letter.subject, letter.language)}</h3>
      <dl class="meta" lang=${ui}>
        <div>
          <dt>${msg('信件类型', { id: 'mailbox.field.purpose' })}</dt>
          <dd>${purposeLabel(letter.purpose)}</dd>
        </div>
        <div>
          <dt>${msg('来信日期', { id: 'mailbox.submitted-on' })}</dt>
          <dd>${this.renderDate(letter.submittedAt)}</dd>
        </div>
        ${
          flags
            ? html`<div>
                  <dt>${msg('办理状态', { id: 'mailbox.status' })}</dt>
                  <dd class="status ${flags.status}">
                    ${statusLabel(flags.status)}${flags.overdue ? html` · <strong>${msg('已超期', { id: 'mailbox.overdue' })}</strong>` : nothing}
                  </dd>
                </div>
                ${
                  flags.deadline
                    ? html`<div>
                        <dt>${msg('答复期限', { id: 'mailbox.deadline' })}</dt>
                        <dd>${this.renderDate(flags.deadline)}</dd>
                      </div>`
                    : nothing
                }`
            : nothing
        }
        ${
          letter.handlingOrgCode
            ? html`<div>
                <dt>${msg('办理单位', { id: 'mailbox.handling-org' })}</dt>
                <dd>${this.#orgName(letter.handlingOrgCode, context)}</dd>
              </div>`
            : nothing
        }
      </dl>
      <div class="body">${letter.body.map((p) => html`<p>${this.renderText(p, letter.language)}</p>`)}</div>
      ${
        lookup
          ? html`<ol class="history" aria-label=${msg('办理过程', { id: 'mailbox.history' })} lang=${ui}>
              ${letter.history.map((e) => html`<li>${this.renderDate(e.at)} ${statusLabel(e.status)}${e.note ? html` — <span lang=${letterLang}>${e.note}</span>` : nothing}</li>`)}
            </ol>`
          : nothing
      }
      ${
        letter.reply
          ? html`<section class="reply" part="reply">
              <h4 lang=${ui}>${msg(str`答复（${this.formatDate(letter.reply.at)}）`, { id: 'mailbox.reply' })}</h4>
              <p class="reply-org">${this.#orgName(letter.reply.orgCode, context)}</p>
              ${letter.reply.body.map((p) => html`<p>${this.renderText(p, letter.language)}</p>`)}
            </section>`
          : nothing
      }
    </article>`;
  }

  // ── replied letters ──

  #renderReplied(context: ColumnContext): TemplateResult {
    const ui = this.uiLang;
    const state = this.replied;
    if (state.kind === 'failed') return html`<p class="problem" role="alert" lang=${ui}>${state.message}</p>`;
    if (state.kind !== 'done')
      return html`<p role="status" lang=${ui}>${msg('正在加载…', { id: 'mailbox.loading' })}</p>`;
    const page = state.value;
    if (page.total === 0)
      return html`<p class="state empty" lang=${ui}>${msg('暂无公开的回复', { id: 'mailbox.no-replies' })}</p>`;
    return html`<p class="count" lang=${ui}>
        ${msg(str`共 ${this.formatNumber(page.total)} 封`, { id: 'mailbox.replied-count' })}
      </p>
      <div class="letters">${page.items.map((letter) => this.#renderLetter(letter, context))}</div>
      ${this.renderPager(page.page, page.pageCount, (next) => {
        this.repliedPage = next;
        void this.#loadReplied(context, next);
      })}`;
  }

  // ── statistics ──

  #rate(value: number | null): string {
    return value === null ? '—' : this.formatNumber(value / 100, { style: 'percent', maximumFractionDigits: 2 });
  }

  #renderStatistics(context: ColumnContext): TemplateResult {
    const ui = this.uiLang;
    const state = this.statistics;
    if (state.kind === 'failed') return html`<p class="problem" role="alert" lang=${ui}>${state.message}</p>`;
    if (state.kind !== 'done')
      return html`<p role="status" lang=${ui}>${msg('正在加载…', { id: 'mailbox.loading' })}</p>`;
    const { overall, byDepartment } = state.value;
    const figures = (s: LetterStatistics) => [
      this.formatNumber(s.received),
      this.formatNumber(s.answered),
      this.#rate(s.answerRate),
      this.#rate(s.onTimeRate),
    ];
    return html`<section class="statistics" part="statistics" lang=${ui}>
      <dl class="totals">
        <div>
          <dt>${msg('收到来信', { id: 'mailbox.stat.received' })}</dt>
          <dd data-stat="received">${this.formatNumber(overall.received)}</dd>
        </div>
        <div>
          <dt>${msg('已答复', { id: 'mailbox.stat.answered' })}</dt>
          <dd data-stat="answered">${this.formatNumber(overall.answered)}</dd>
        </div>
        <div>
          <dt>${msg('答复率', { id: 'mailbox.stat.answer-rate' })}</dt>
          <dd data-stat="answer-rate">${this.#rate(overall.answerRate)}</dd>
        </div>
        <div>
          <dt>${msg('按期答复率', { id: 'mailbox.stat.on-time-rate' })}</dt>
          <dd data-stat="on-time-rate">${this.#rate(overall.onTimeRate)}</dd>
        </div>
        <div>
          <dt>${msg('满意率', { id: 'mailbox.stat.satisfaction-rate' })}</dt>
          <dd data-stat="satisfaction-rate">${this.#rate(overall.satisfactionRate)}</dd>
        </div>
      </dl>
      ${
        byDepartment.length
          ? html`<div
              class="table-scroll"
              tabindex="0"
              role="region"
              aria-label=${msg('各部门办理情况', { id: 'mailbox.by-department' })}
            >
              <table>
                <caption>
                  ${msg('各部门办理情况', { id: 'mailbox.by-department' })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${msg('办理单位', { id: 'mailbox.handling-org' })}</th>
                    <th scope="col">${msg('收到来信', { id: 'mailbox.stat.received' })}</th>
                    <th scope="col">${msg('已答复', { id: 'mailbox.stat.answered' })}</th>
                    <th scope="col">${msg('答复率', { id: 'mailbox.stat.answer-rate' })}</th>
                    <th scope="col">${msg('按期答复率', { id: 'mailbox.stat.on-time-rate' })}</th>
                  </tr>
                </thead>
                <tbody>
                  ${byDepartment.map(
                    (row) =>
                      html`<tr data-org=${row.orgCode}>
                        <th scope="row" lang=${context.lang}>${this.#orgName(row.orgCode, context)}</th>
                        ${figures(row.statistics).map((f) => html`<td>${f}</td>`)}
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : nothing
      }
    </section>`;
  }
}
