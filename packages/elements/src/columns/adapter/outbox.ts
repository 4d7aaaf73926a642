// An outbox in front of any FormAdapter: a letter or survey answer submitted while the link is down
// is kept in IndexedDB (one `bichig-outbox` database per origin) and sent when the link returns (the
// window's `online` event, or the next page load), and the receipt the server gives then is kept
// until a form shows it. The form learns at once that its submission waits (a
// SubmissionQueuedError) and is told when it has gone (an `outbox-change` event).
import {
  AdapterRequestError,
  FormAdapterError,
  type FormAdapter,
  type LetterDraft,
  type LetterLookup,
  type LetterPage,
  type LetterReceipt,
  type MailboxStatistics,
  type RepliedLettersQuery,
  type StatisticsQuery,
  type SurveyAnswers,
  type SurveyReceipt,
  type SurveyResults,
} from '@bichig/cluster/forms';

const DATABASE = 'bichig-outbox';
const STORE = 'outbox';

/** A submission the outbox holds: waiting, sent (with the server's receipt, until shown) or refused. */
export interface OutboxEntry {
  readonly id: number;
  /** Which backend it goes to (e.g. the API's URL for the site). */
  readonly scope: string;
  /** The form it came from: `letter/{mailboxId}` or `survey/{surveyId}`. */
  readonly formKey: string;
  readonly kind: 'letter' | 'survey';
  readonly payload: LetterDraft | { readonly surveyId: string; readonly answers: SurveyAnswers };
  /** When it was put in the outbox (ms since the epoch). */
  readonly queuedAt: number;
  readonly state: 'queued' | 'sent' | 'failed';
  readonly receipt?: LetterReceipt | SurveyReceipt;
  /** Why the server refused it, when it did. */
  readonly error?: string;
}

/** The submission could not reach the server and waits in the outbox; it is sent when the link returns. */
export class SubmissionQueuedError extends FormAdapterError {
  override readonly name = 'SubmissionQueuedError';
  constructor(
    /** The form it came from (see {@link OutboxEntry.formKey}). */
    readonly formKey: string,
  ) {
    super(`${formKey}: no network; the submission waits in the outbox and is sent when the link returns`);
  }
}

export interface OutboxFormAdapterOptions {
  /** Which backend the wrapped adapter talks to; entries are sent only by an outbox of the same scope. */
  readonly scope: string;
  /** The IndexedDB database (default `bichig-outbox`). */
  readonly databaseName?: string;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function outboxChange(formKey: string): CustomEvent<{ formKey: string }> {
  return new CustomEvent('outbox-change', { detail: { formKey } });
}

/** Whether a submission failed for lack of a network (rather than being refused). */
function isNetworkFailure(error: unknown): boolean {
  return (error instanceof AdapterRequestError && error.kind === 'network') || error instanceof TypeError;
}

/**
 * Wraps a {@link FormAdapter}: reads go straight through; a submission that fails for lack of a
 * network (or is made while the browser is offline) is kept and rejected with
 * {@link SubmissionQueuedError}; {@link flush} sends what waits, in order, on `online` and when
 * the outbox is made. Dispatches `outbox-change` (`CustomEvent<{ formKey: string }>`) whenever an
 * entry is added, sent or refused.
 */
export class OutboxFormAdapter extends EventTarget implements FormAdapter {
  readonly #inner: FormAdapter;
  readonly #scope: string;
  readonly #databaseName: string;
  #db: Promise<IDBDatabase> | undefined;
  /** Tells the other outboxes of the origin (this page's and other tabs') what changed. */
  readonly #channel: BroadcastChannel | undefined;
  #flushing: Promise<void> | undefined;

  constructor(inner: FormAdapter, options: OutboxFormAdapterOptions) {
    super();
    this.#inner = inner;
    this.#scope = options.scope;
    this.#databaseName = options.databaseName ?? DATABASE;
    globalThis.addEventListener?.('online', () => void this.flush());
    if (typeof BroadcastChannel === 'function') {
      this.#channel = new BroadcastChannel(this.#databaseName);
      this.#channel.onmessage = (event: MessageEvent<{ scope: string; formKey: string }>) => {
        if (event.data?.scope === this.#scope) this.dispatchEvent(outboxChange(event.data.formKey));
      };
    }
    // What an earlier page left waiting goes now, if the link is up.
    queueMicrotask(() => void this.flush());
  }

  submitLetter(draft: LetterDraft): Promise<LetterReceipt> {
    return this.#submit('letter', `letter/${draft.mailboxId}`, draft, () => this.#inner.submitLetter(draft));
  }

  submitSurvey(surveyId: string, answers: SurveyAnswers): Promise<SurveyReceipt> {
    return this.#submit('survey', `survey/${surveyId}`, { surveyId, answers }, () =>
      this.#inner.submitSurvey(surveyId, answers),
    );
  }

  lookupLetter(queryCode: string): Promise<LetterLookup | null> {
    return this.#inner.lookupLetter(queryCode);
  }

  listRepliedLetters(query?: RepliedLettersQuery): Promise<LetterPage> {
    return this.#inner.listRepliedLetters(query);
  }

  letterStatistics(query?: StatisticsQuery): Promise<MailboxStatistics> {
    return this.#inner.letterStatistics(query);
  }

  surveyResults(surveyId: string): Promise<SurveyResults> {
    return this.#inner.surveyResults(surveyId);
  }

  /** The newest entry of a form in this outbox's scope, if any. */
  async entryFor(formKey: string): Promise<OutboxEntry | undefined> {
    const entries = await this.entries();
    return entries.filter((e) => e.formKey === formKey).at(-1);
  }

  /** Every entry of this outbox's scope, oldest first. */
  async entries(): Promise<OutboxEntry[]> {
    const store = await this.#store('readonly');
    const all = (await request(store.getAll())) as OutboxEntry[];
    return all.filter((e) => e.scope === this.#scope).sort((a, b) => a.id - b.id);
  }

  /** Forgets a form's sent or refused entries: call it once their receipt or error is on screen. */
  async acknowledge(formKey: string): Promise<void> {
    for (const entry of await this.entries())
      if (entry.formKey === formKey && entry.state !== 'queued') {
        const store = await this.#store('readwrite');
        await request(store.delete(entry.id));
      }
  }

  /**
   * Sends what waits, oldest first; stops at the first that still finds no network. One flush at a
   * time per database across every outbox and tab of the origin (a Web Lock), so nothing is sent twice.
   */
  flush(): Promise<void> {
    const locks = (globalThis.navigator as Navigator | undefined)?.locks;
    this.#flushing ??= (
      locks ? locks.request(`${this.#databaseName}:flush`, () => this.#flush()).then(() => undefined) : this.#flush()
    ).finally(() => (this.#flushing = undefined));
    return this.#flushing;
  }

  async #flush(): Promise<void> {
    let entries: OutboxEntry[];
    try {
      entries = (await this.entries()).filter((e) => e.state === 'queued');
    } catch {
      return;
    }
    for (const entry of entries) {
      let updated: OutboxEntry;
      try {
        const receipt =
          entry.kind === 'letter'
            ? await this.#inner.submitLetter(entry.payload as LetterDraft)
            : await this.#inner.submitSurvey(
                (entry.payload as { surveyId: string }).surveyId,
                (entry.payload as { answers: SurveyAnswers }).answers,
              );
        updated = { ...entry, state: 'sent', receipt };
      } catch (error) {
        if (isNetworkFailure(error)) return;
        updated = { ...entry, state: 'failed', error: error instanceof Error ? error.message : String(error) };
      }
      const store = await this.#store('readwrite');
      await request(store.put(updated));
      this.#changed(entry.formKey);
    }
  }

  async #submit<R>(
    kind: OutboxEntry['kind'],
    formKey: string,
    payload: OutboxEntry['payload'],
    send: () => Promise<R>,
  ): Promise<R> {
    if (globalThis.navigator?.onLine !== false) {
      try {
        return await send();
      } catch (error) {
        if (!isNetworkFailure(error)) throw error;
      }
    }
    const store = await this.#store('readwrite');
    // Kept as plain JSON: exactly what was typed, for sending later.
    const entry = {
      scope: this.#scope,
      formKey,
      kind,
      payload: structuredClone(payload),
      queuedAt: Date.now(),
      state: 'queued',
    };
    await request(store.add(entry));
    this.#changed(formKey);
    throw new SubmissionQueuedError(formKey);
  }

  #changed(formKey: string): void {
    this.dispatchEvent(outboxChange(formKey));
    this.#channel?.postMessage({ scope: this.#scope, formKey });
  }

  async #store(mode: IDBTransactionMode): Promise<IDBObjectStore> {
    this.#db ??= new Promise((resolve, reject) => {
      const open = indexedDB.open(this.#databaseName, 1);
      open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'id', autoIncrement: true });
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error(`IndexedDB ${this.#databaseName} did not open`));
    });
    return (await this.#db).transaction(STORE, mode).objectStore(STORE);
  }
}
