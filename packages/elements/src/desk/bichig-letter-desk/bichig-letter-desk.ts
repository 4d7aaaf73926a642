import { LitElement, html } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { Task, TaskStatus, initialState } from '@lit/task';
import {
  DeskConflictError,
  NotSignedInError,
  SubmissionInvalidError,
  validateDeskStep,
  type DeskAction,
  type DeskAdapter,
  type DeskLetter,
  type DeskLetterPage,
  type Localized,
  type StaffMember,
  type SubmissionProblem,
} from './desk-types.js';
import { columnBaseStyles } from '../../columns/base/column-base.styles.js';
import { renderPager } from '../../columns/base/pager.js';
import { KeyboardOnDemand } from '../../columns/base/keyboard-on-demand.js';
import { getLocale } from '../../localize.js';
import { loadNativeFonts } from '../../internal/fonts.js';
import { parseRenderer, type RendererMode } from '../../internal/renderer.js';
import { scrollVerticalBoxOnWheel } from '../../internal/vertical-wheel.js';
import { deskStyles } from './bichig-letter-desk.styles.js';
import { BichigDeskStepEvent } from './desk-events.js';
import { actionDone, loadFailure, signInFailure, type DeskView as ListView } from './desk-labels.js';
import { renderBar, renderSessionState, renderSignIn } from './desk-sign-in.js';
import { renderInbox } from './desk-inbox.js';
import { renderLetterPane } from './desk-letter.js';
import { renderSteps } from './desk-steps.js';
import type { DeskView, Remote, StepDraft, StepOutcome } from './desk-view.js';
import {
  acceptDraft,
  deskView,
  draftAfter,
  emptyDraft,
  draftWithLive,
  failedOutcome,
  isBlankDraft,
  mailboxNamesWith,
  remoteOf,
  stepOf,
} from './desk-model.js';
import { FormDraftController } from '../../columns/drafts/form-draft.js';
import { draftStore } from '../../columns/drafts/draft-store.js';

export { BichigDeskStepEvent, type BichigDeskStepDetail } from './desk-events.js';

let nextInstance = 1;

/**
 * The staff desk (信件办理) where departments answer the letters citizens send to a site's
 * mailboxes: sign in; the open and closed letters of the member's mailboxes (overdue first, then
 * by deadline), with their deadlines, working days left and warning flags; a letter with the
 * writer's contact and its history; and the steps the member may take on it — a dispatcher
 * accepts it for a department or marks it invalid or a duplicate, saying why; a handling
 * department starts work and replies in Chinese, or in Mongolian written vertically in a
 * <bichig-textarea> with the <bichig-keyboard> (loaded when the field is first focused), and
 * publishes the reply when the writer agreed to it.
 *
 * Everything goes through a {@link DeskAdapter}. What staff type is never lost: it stays while
 * they switch letters, when a step is refused, when someone else changed the letter meanwhile
 * (the letter is shown as it is now, and what was typed beside it), and when the session ends
 * (the sign-in form comes back, and after signing in the text is where it was).
 *
 * @summary Staff desk: sign in, the inbox with deadlines, route, refuse, start, reply and publish.
 *
 * @csspart sign-in - The sign-in form.
 * @csspart inbox - The list of letters.
 * @csspart letter - The letter shown.
 * @csspart contact - The writer's contact details.
 * @csspart reply - The reply given.
 * @csspart steps - The steps the member may take.
 * @csspart outcome - The outcome of the last step.
 * @csspart problem - A validation message at a field.
 * @csspart flag - An overdue or warning flag.
 * @csspart keyboard - The Mongolian keyboard of the reply.
 *
 * @event bichig-desk-step - {BichigDeskStepEvent} A step was taken: detail `{ letterId, action, letter }`.
 */
export class BichigLetterDesk extends LitElement {
  static override styles = [...columnBaseStyles, deskStyles];
  static override properties = {
    adapter: { attribute: false },
    renderer: { reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    staff: { state: true },
    signIn: { state: true },
    view: { state: true },
    mailboxId: { state: true },
    page: { state: true },
    selectedId: { state: true },
    current: { state: true },
    drafts: { state: true },
    sending: { state: true },
    problems: { state: true },
    outcome: { state: true },
    announcement: { state: true },
    mailboxNames: { state: true },
  };

  /** The desk's backend. */
  declare adapter: DeskAdapter | undefined;
  /** How Mongolian letters are drawn: `native`, `shaped` or `auto` (default), as on <bichig-text>. */
  declare renderer: RendererMode;
  /** Letters per page (default 20). */
  declare pageSize: number;
  /** Who is signed in: `undefined` while asking the adapter, `null` for nobody. */
  declare private staff: StaffMember | null | undefined;
  declare private signIn: { username: string; sending: boolean; error?: string; sessionEnded: boolean };
  declare private view: ListView;
  declare private mailboxId: string;
  declare private page: number;
  declare private selectedId: string | undefined;
  /** The letter shown, as last answered (by a load or a step). */
  declare private current: DeskLetter | null | undefined;
  declare private drafts: ReadonlyMap<string, StepDraft>;
  declare private sending: DeskAction | undefined;
  declare private problems: readonly SubmissionProblem[];
  declare private outcome: StepOutcome | undefined;
  declare private announcement: string;
  declare private mailboxNames: ReadonlyMap<string, Localized>;

  readonly #id = `bichig-letter-desk-${nextInstance++}`;
  /** Bumped to list the letters again (after a step). */
  #inboxVersion = 0;
  /** Who was signed in when the session ended: signing in as them again resumes their work. */
  #lastUsername: string | undefined;
  /** What was typed on the letter shown, kept in IndexedDB too: a reload or a closed tab gives it back. */
  readonly #stored = new FormDraftController<StepDraft>(this, {
    key: () => this.#draftKey(this.current?.letter.id),
    isBlank: () => !this.current || isBlankDraft(this.#draftOf(this.current)),
    accept: acceptDraft,
    restore: (value) => this.current && (this.drafts = new Map(this.drafts).set(this.current.letter.id, value)),
  });

  readonly #session = new Task(this, {
    task: async ([adapter]) => {
      if (!adapter) return initialState;
      this.staff = undefined;
      const staff = (this.staff = await adapter.currentStaff());
      if (staff) void this.#learnAllMailboxes(adapter, staff);
      return staff;
    },
    args: () => [this.adapter] as const,
  });

  readonly #inbox = new Task(this, {
    task: async ([adapter, staff, view, mailboxId, page, pageSize]) => {
      if (!adapter || !staff) return initialState;
      const result = await this.#guard(
        adapter.listLetters({ view, page, pageSize, ...(mailboxId ? { mailboxId } : {}) }),
      );
      this.mailboxNames = mailboxNamesWith(this.mailboxNames, result.items);
      return result;
    },
    args: () =>
      [this.adapter, this.staff, this.view, this.mailboxId, this.page, this.pageSize, this.#inboxVersion] as const,
  });

  readonly #departments = new Task(this, {
    task: async ([adapter, staff]) => {
      if (!adapter || !staff) return initialState;
      return this.#guard(adapter.departments());
    },
    args: () => [this.adapter, this.staff?.username] as const,
  });

  readonly #letter = new Task(this, {
    task: async ([adapter, staff, id]) => {
      if (!adapter || !staff || !id) return initialState;
      const letter = await this.#guard(adapter.letter(id));
      // Only for the letter still chosen (another may have been opened meanwhile).
      if (this.selectedId === id) this.current = letter;
      return letter;
    },
    args: () => [this.adapter, this.staff, this.selectedId] as const,
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    // The Mongolian reply's keyboard, loaded when the reply field is first focused.
    new KeyboardOnDemand(this);
    this.renderer = 'auto';
    this.pageSize = 20;
    this.signIn = { username: '', sending: false, sessionEnded: false };
    this.view = 'open';
    this.mailboxId = '';
    this.page = 1;
    this.drafts = new Map();
    this.problems = [];
    this.announcement = '';
    this.mailboxNames = new Map();
    this.addEventListener('wheel', scrollVerticalBoxOnWheel, { passive: false });
  }

  /** The member signed in, `null` when nobody is, `undefined` while the desk asks its adapter. */
  get staffMember(): StaffMember | null | undefined {
    return this.staff;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Interface strings in Mongolian are set in the page's Mongolian font.
    if (getLocale() === 'mn-Mong') void loadNativeFonts().catch(() => undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another backend: nothing shown or typed belongs to it.
    if (changed.has('adapter')) this.#forgetWork();
  }

  // ── event handlers ──

  #onSignIn = async (event: Event): Promise<void> => {
    event.preventDefault();
    const adapter = this.adapter;
    if (!adapter || this.signIn.sending) return;
    const username = this.#field<HTMLInputElement>(`#${this.#id}-username`)?.value.trim() ?? '';
    const password = this.#field<HTMLInputElement>(`#${this.#id}-password`)?.value ?? '';
    if (!username || !password) {
      this.signIn = { ...this.signIn, username, error: msg('请输入用户名和密码。', { id: 'desk.sign-in.missing' }) };
      return;
    }
    this.signIn = { ...this.signIn, username, sending: true, error: undefined };
    try {
      const staff = await adapter.signIn(username, password);
      const resumed = this.signIn.sessionEnded && staff.username === this.#lastUsername;
      if (!resumed) this.#forgetWork();
      this.#lastUsername = staff.username;
      this.signIn = { username: '', sending: false, sessionEnded: false };
      this.staff = staff;
      this.announcement = msg('已登录。', { id: 'desk.signed-in' });
      void this.#learnAllMailboxes(adapter, staff);
      await this.updateComplete;
      if (this.selectedId) await this.#letter.taskComplete.catch(() => undefined);
      await this.updateComplete;
      this.#focus(this.selectedId ? `#${this.#id}-letter-title` : `#${this.#id}-inbox-title`);
    } catch (error) {
      this.signIn = { ...this.signIn, sending: false, error: signInFailure(error) };
      await this.updateComplete;
      this.#focus(`#${this.#id}-password`);
    }
  };

  #onSignOut = async (): Promise<void> => {
    try {
      await this.adapter?.signOut();
    } catch (error) {
      if (!(error instanceof NotSignedInError)) {
        this.announcement = loadFailure(error);
        return;
      }
    }
    // Signing out leaves nothing typed behind on this computer.
    await Promise.all([...this.drafts.keys()].map((id) => draftStore().clear(this.#draftKey(id)!)));
    this.#forgetWork();
    this.staff = null;
    this.announcement = msg('已退出登录。', { id: 'desk.signed-out' });
    await this.updateComplete;
    this.#focus(`#${this.#id}-username`);
  };

  #open = (letterId: string): void => {
    if (this.selectedId !== letterId) {
      this.current = undefined;
      this.problems = [];
      this.outcome = undefined;
    }
    this.selectedId = letterId;
    void this.updateComplete
      .then(() => this.#letter.taskComplete)
      .then(() => this.updateComplete)
      .then(() => this.#focus(`#${this.#id}-letter-title`))
      .catch(() => undefined);
  };

  #back = async (): Promise<void> => {
    const id = this.selectedId;
    this.selectedId = undefined;
    this.current = undefined;
    await this.updateComplete;
    this.#focus(id ? `button[data-letter="${CSS.escape(id)}"]` : `#${this.#id}-inbox-title`);
  };

  #keep = (patch: Partial<StepDraft>): void => {
    const item = this.current;
    if (!item) return;
    const drafts = new Map(this.drafts);
    drafts.set(item.letter.id, { ...this.#draftOf(item), ...patch });
    this.drafts = drafts;
    void this.#stored.save(this.#draftOf(item));
    const fields = Object.keys(patch).map((k) => (k === 'reply' ? 'body' : k === 'replyLanguage' ? 'language' : k));
    if (this.problems.some((p) => fields.includes(p.field)))
      this.problems = this.problems.filter((p) => !fields.includes(p.field));
  };

  #take = async (action: DeskAction, event?: Event): Promise<void> => {
    event?.preventDefault();
    const adapter = this.adapter;
    const item = this.current;
    if (!adapter || !item || this.sending) return;
    const letterId = item.letter.id;
    this.#syncFromFields();
    const draft = this.#draftOf(item);
    const step = stepOf(action, draft, item);
    const departments = this.#departments.value;
    const known = new Set(departments ? departments.map((d) => d.orgCode) : [draft.handlingOrgCode]);
    this.outcome = undefined;
    this.problems = validateDeskStep(step, known);
    if (this.problems.length) return this.#focusProblem();
    this.sending = action;
    try {
      const result = await adapter.takeStep(letterId, step);
      // The member may have opened another letter meanwhile: the answer is that letter's no more.
      if (this.selectedId === letterId) this.current = result;
      this.#forgetDraftOf(letterId, action);
      this.outcome = { kind: 'done', text: actionDone(action) };
      this.announcement = this.outcome.text;
      this.#refreshInbox();
      this.dispatchEvent(new BichigDeskStepEvent({ letterId, action, letter: result }));
      this.sending = undefined;
      await this.updateComplete;
      this.#focus(action === 'start' && result.actions.includes('reply') ? `#${this.#id}-reply` : '.outcome');
    } catch (error) {
      this.sending = undefined;
      if (error instanceof NotSignedInError) return this.#sessionEnded();
      if (error instanceof SubmissionInvalidError) {
        this.problems = error.problems;
        return this.#focusProblem();
      }
      if (error instanceof DeskConflictError) {
        if (error.letter && this.selectedId === letterId) this.current = error.letter;
        this.#refreshInbox();
      }
      this.outcome = failedOutcome(error);
      this.announcement = this.outcome.text;
      await this.updateComplete;
      this.#focus('.outcome');
    }
  };

  /** Awaits an adapter call; a session that ended shows the sign-in form again (keeping everything typed). */
  async #guard<T>(call: Promise<T>): Promise<T> {
    try {
      return await call;
    } catch (error) {
      if (error instanceof NotSignedInError) this.#sessionEnded();
      throw error;
    }
  }

  #sessionEnded(): void {
    if (this.staff) this.#lastUsername = this.staff.username;
    this.staff = null;
    this.signIn = { ...this.signIn, username: this.#lastUsername ?? '', sending: false, sessionEnded: true };
    this.announcement = msg('登录已过期，请重新登录。您填写的内容已保留，登录后可继续。', { id: 'desk.session-ended' });
    void this.updateComplete.then(() => this.#focus(`#${this.#id}-password`));
  }

  /** Signing out, or another member signing in: what was typed on letters belongs to the one who typed it. */
  #forgetWork(): void {
    this.drafts = new Map();
    this.selectedId = undefined;
    this.current = undefined;
    this.problems = [];
    this.outcome = undefined;
    this.view = 'open';
    this.mailboxId = '';
    this.page = 1;
  }

  #refreshInbox(): void {
    this.#inboxVersion++;
    this.requestUpdate();
  }

  /** The filter names the member's mailboxes: the protocol gives their names with letters only. */
  async #learnAllMailboxes(adapter: DeskAdapter, staff: StaffMember): Promise<void> {
    if (staff.mailboxIds.length < 2) return;
    try {
      const all = await adapter.listLetters({ view: 'all', pageSize: 100 });
      this.mailboxNames = mailboxNamesWith(this.mailboxNames, all.items);
    } catch {
      // The filter then names the mailboxes it has seen letters of, and the others by id.
    }
  }

  /** The stored draft's key: the member's own, per letter. */
  #draftKey(letterId: string | undefined): string | undefined {
    const staff = this.staff;
    return staff && letterId ? `desk/${staff.siteId}/${staff.username}/${letterId}` : undefined;
  }

  #draftOf(item: DeskLetter): StepDraft {
    return this.drafts.get(item.letter.id) ?? emptyDraft(item);
  }

  #forgetDraftOf(letterId: string, action: DeskAction): void {
    const draft = this.drafts.get(letterId);
    if (!draft) return;
    this.drafts = new Map(this.drafts).set(letterId, draftAfter(draft, action));
    if (this.current?.letter.id === letterId) void this.#stored.save(draftAfter(draft, action));
  }

  /** Takes the fields' live values into the draft (a keyboard may have typed without an input event reaching us). */
  #syncFromFields(): void {
    if (!this.current) return;
    const live = (field: string) =>
      this.renderRoot.querySelector<HTMLElement & { value: string }>(`.steps [data-field="${field}"]`)?.value;
    this.#keep(draftWithLive(this.#draftOf(this.current), live));
  }

  async #focusProblem(): Promise<void> {
    await this.updateComplete;
    const field = this.problems[0]?.field;
    this.#focus(field === 'language' ? `input[name="${this.#id}-language"]` : `.steps [data-field="${field}"]`);
  }

  #field<E extends HTMLElement>(selector: string): E | null {
    return this.renderRoot.querySelector<E>(selector);
  }

  #focus(selector: string): void {
    this.#field(selector)?.focus();
  }

  protected override render(): TemplateResult {
    const view = deskView(this.#id, parseRenderer(this.renderer, this), this.#departments.value ?? []);
    // In Mongolian the desk reads as Mongolian does: vertically, its parts advancing left→right.
    const vertical = view.ui === 'mn-Mong' ? ' vertical' : '';
    return html`<div class="desk${vertical}${this.selectedId ? ' has-letter' : ''}" lang=${view.ui}>
      <div class="announce" role="status" aria-live="polite">${this.announcement}</div>
      ${renderBar(view, this.staff, this.#onSignOut)} ${this.#renderMain(view)}
    </div>`;
  }

  #renderMain(view: DeskView): TemplateResult {
    if (!this.adapter) return renderSessionState('not-connected');
    if (this.staff === undefined)
      return this.#session.status === TaskStatus.ERROR
        ? renderSessionState('failed', loadFailure(this.#session.error), () => void this.#session.run())
        : renderSessionState('loading');
    if (this.staff === null)
      return renderSignIn(view, this.signIn, {
        submit: (e) => void this.#onSignIn(e),
        username: (value) => (this.signIn = { ...this.signIn, username: value }),
      });
    return html`<div class="columns">
      ${renderInbox(
        view,
        {
          staff: this.staff,
          view: this.view,
          mailboxId: this.mailboxId,
          mailboxNames: this.mailboxNames,
          page: remoteOf(this.#inbox),
          selectedId: this.selectedId,
        },
        {
          view: (v) => ((this.view = v), (this.page = 1)),
          mailbox: (id) => ((this.mailboxId = id), (this.page = 1)),
          open: this.#open,
          pager: (page: DeskLetterPage) => renderPager(page.page, page.pageCount, (next) => (this.page = next)),
        },
      )}
      <div class="letter-pane">${this.#renderLetter(view)}</div>
    </div>`;
  }

  #renderLetter(view: DeskView): TemplateResult {
    const item = this.current;
    const shown: Remote<DeskLetter | null> = item
      ? { kind: 'done', value: item }
      : this.#letter.status === TaskStatus.ERROR
        ? { kind: 'failed', message: loadFailure(this.#letter.error) }
        : item === null
          ? { kind: 'done', value: null }
          : { kind: this.selectedId ? 'loading' : 'idle' };
    return renderLetterPane(view, shown, this.#back, (letter) =>
      renderSteps(
        view,
        letter,
        {
          draft: this.#draftOf(letter),
          sending: this.sending,
          problems: this.problems,
          outcome: this.outcome,
          restored: this.#stored.restored,
        },
        remoteOf(this.#departments),
        { keep: this.#keep, take: (action, event) => void this.#take(action, event) },
      ),
    );
  }
}
