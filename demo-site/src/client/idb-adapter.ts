// The demo's backend for the interactive columns: a FormAdapter that keeps the letters and survey
// answers people submit in IndexedDB, so they survive reloads and are shared by the tabs of one
// browser. The published letters and surveys of the site (from the cluster data) are the starting
// point; what is stored locally is added to them. Validation, query codes, deadlines and
// statistics are the package's own (MemoryFormAdapter over @bichig/cluster's letter workflow), so
// the demo applies exactly the rules a real backend must. demo-site/README.md shows how a site
// replaces this with its server (HttpFormAdapter or its own FormAdapter).
import type { Letter, Mailbox, Survey, WorkCalendar } from '@bichig/cluster';
import { answeredText, surveyResultsOf, tallySurveyAnswers } from '@bichig/cluster/forms';
import {
  AdapterRequestError,
  MemoryFormAdapter,
  UnknownRecordError,
  type FormAdapter,
  type LetterContact,
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
} from '@bichig/elements/adapter.js';

/** A site's published mailboxes, letters and surveys, and the cluster's work calendar. */
export interface SiteFormData {
  readonly siteId: string;
  readonly calendar: WorkCalendar;
  readonly mailboxes: readonly Mailbox[];
  readonly letters: readonly Letter[];
  readonly surveys: readonly Survey[];
}

interface StoredLetter {
  readonly queryCode: string;
  readonly siteId: string;
  readonly letter: Letter;
  readonly contact: LetterContact;
}

interface StoredAnswers {
  readonly id?: number;
  readonly siteId: string;
  readonly surveyId: string;
  readonly answers: SurveyAnswers;
  readonly at: string;
}

export interface IndexedDbFormAdapterOptions {
  /** The database name; `bichig-portal` by default. Tests use their own. */
  readonly databaseName?: string;
  /** The clock; `() => new Date()` by default. */
  readonly now?: () => Date;
}

const LETTERS = 'letters';
const ANSWERS = 'survey-answers';

function request<T>(req: IDBRequest<T>, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () =>
      reject(
        new AdapterRequestError('network', what, req.error?.message ?? 'IndexedDB request failed', undefined, {
          cause: req.error,
        }),
      );
  });
}

function openDatabase(name: string): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined')
    return Promise.reject(new AdapterRequestError('network', `open ${name}`, 'this browser has no IndexedDB'));
  const opening = indexedDB.open(name, 1);
  opening.onupgradeneeded = () => {
    const db = opening.result;
    db.createObjectStore(LETTERS, { keyPath: 'queryCode' }).createIndex('siteId', 'siteId');
    db.createObjectStore(ANSWERS, { keyPath: 'id', autoIncrement: true }).createIndex('surveyId', 'surveyId');
  };
  return request(opening, `open ${name}`);
}

/** A {@link FormAdapter} on IndexedDB for one site. Create it with {@link IndexedDbFormAdapter.open}. */
export class IndexedDbFormAdapter implements FormAdapter {
  readonly #now: () => Date;

  private constructor(
    private readonly db: IDBDatabase,
    private readonly data: SiteFormData,
    options: IndexedDbFormAdapterOptions,
  ) {
    this.#now = options.now ?? (() => new Date());
  }

  /** Opens (creating on first use) the browser's store for the site's letters and answers. */
  static async open(data: SiteFormData, options: IndexedDbFormAdapterOptions = {}): Promise<IndexedDbFormAdapter> {
    return new IndexedDbFormAdapter(await openDatabase(options.databaseName ?? 'bichig-portal'), data, options);
  }

  async #stored<T>(store: string, index: string, key: string): Promise<T[]> {
    const tx = this.db.transaction(store, 'readonly');
    return request(tx.objectStore(store).index(index).getAll(key) as IDBRequest<T[]>, `read ${store}`);
  }

  async #put(store: string, value: unknown): Promise<void> {
    const tx = this.db.transaction(store, 'readwrite');
    tx.objectStore(store).put(value);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = tx.onabort = () =>
        reject(
          new AdapterRequestError(
            'network',
            `write ${store}`,
            tx.error?.message ?? 'IndexedDB write failed',
            undefined,
            { cause: tx.error },
          ),
        );
    });
  }

  /** The letters stored in this browser (sent since the site's data was published). */
  async #sentLetters(): Promise<Letter[]> {
    const stored = await this.#stored<StoredLetter>(LETTERS, 'siteId', this.data.siteId);
    return stored.map((s) => s.letter);
  }

  /** The site's surveys with the votes and responses stored in this browser added. */
  async #surveys(): Promise<{ surveys: Survey[]; answers: StoredAnswers[] }> {
    const surveys = this.data.surveys.map((s) => structuredClone(s) as Survey);
    const answers: StoredAnswers[] = [];
    for (const survey of surveys) {
      const stored = (await this.#stored<StoredAnswers>(ANSWERS, 'surveyId', survey.id)).filter(
        (a) => a.siteId === this.data.siteId,
      );
      answers.push(...stored);
      for (const { answers: given } of stored) tallySurveyAnswers(survey, given);
    }
    return { surveys, answers };
  }

  async #memory(): Promise<MemoryFormAdapter> {
    const [sentLetters, { surveys }] = await Promise.all([this.#sentLetters(), this.#surveys()]);
    return new MemoryFormAdapter({
      mailboxes: this.data.mailboxes,
      letters: this.data.letters,
      sentLetters,
      surveys,
      calendar: this.data.calendar,
      now: this.#now,
    });
  }

  async submitLetter(draft: LetterDraft): Promise<LetterReceipt> {
    const memory = await this.#memory();
    const receipt = await memory.submitLetter(draft); // validates; throws SubmissionInvalidError with the problems
    const letter = memory.letters().find((l) => l.queryCode === receipt.queryCode)!;
    await this.#put(LETTERS, {
      queryCode: receipt.queryCode,
      siteId: this.data.siteId,
      letter,
      contact: memory.contactOf(receipt.queryCode)!,
    } satisfies StoredLetter);
    return receipt;
  }

  async lookupLetter(queryCode: string): Promise<LetterLookup | null> {
    return (await this.#memory()).lookupLetter(queryCode);
  }

  async listRepliedLetters(query?: RepliedLettersQuery): Promise<LetterPage> {
    return (await this.#memory()).listRepliedLetters(query);
  }

  async letterStatistics(query?: StatisticsQuery): Promise<MailboxStatistics> {
    return (await this.#memory()).letterStatistics(query);
  }

  async submitSurvey(surveyId: string, answers: SurveyAnswers): Promise<SurveyReceipt> {
    const memory = await this.#memory();
    const receipt = await memory.submitSurvey(surveyId, answers); // validates, checks the dates
    await this.#put(ANSWERS, {
      siteId: this.data.siteId,
      surveyId,
      answers: structuredClone(answers) as SurveyAnswers,
      at: this.#now().toISOString(),
    } satisfies StoredAnswers);
    return receipt;
  }

  async surveyResults(surveyId: string): Promise<SurveyResults> {
    const { surveys, answers } = await this.#surveys();
    const survey = surveys.find((s) => s.id === surveyId);
    if (!survey) throw new UnknownRecordError('survey', surveyId);
    const given = answers.filter((a) => a.surveyId === surveyId);
    return surveyResultsOf(survey, (questionId) => given.filter((a) => answeredText(a.answers, questionId)).length);
  }
}
