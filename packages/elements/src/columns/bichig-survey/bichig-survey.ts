import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { chinaDateOf, type Survey } from '@bichig/cluster';
import { BichigColumnElement, columnBaseStyles, langOf } from '../column-base.js';
import type { ColumnContext } from '../column-base.js';
import {
  SubmissionInvalidError,
  type FormAdapter,
  type SubmissionProblem,
  type SurveyAnswers,
  type SurveyReceipt,
  type SurveyResults,
  surveyIsOpen,
  validateSurveyAnswers,
} from '@bichig/cluster/forms';
import {
  draftRestoredMessage,
  failureMessage,
  notConnectedMessage,
  problemMessage,
} from '../adapter/problem-messages.js';
import { DEFAULT_SUBMIT_TIMEOUT_MS, isSurveyReceipt, submitWithin } from '../adapter/submission.js';
import { SubmissionQueuedError } from '../adapter/outbox.js';
import { renderOutcome, type Phase } from './survey-outcome.js';
import { OutboxStatusController } from '../adapter/outbox-status.js';
import { FormDraftController } from '../drafts/form-draft.js';
import { acceptAnswers, blank, publishedResults, type Answers } from './survey-answers.js';

export { publishedResults } from './survey-answers.js';
import { surveyStyles } from './bichig-survey.styles.js';
import { parseRenderer } from '../../internal/renderer.js';
import { controlLabel } from '../../internal/control-label.js';

let nextInstance = 1;

/**
 * A survey or solicitation of opinions (网上调查 / 意见征集): its description and dates, the
 * questions (single choice, multiple choice, free text), submission through a {@link FormAdapter},
 * and the results (votes per option, as bars with counts and percentages). Answers are validated
 * before sending, with a message at each question and a summary; a failed submission keeps every
 * answer. In Mongolian the survey is vertical and free-text answers are written in
 * <bichig-textarea> (pair it with a <bichig-keyboard> on the page, or use the one built in with
 * `keyboard`).
 *
 * Nothing answered is lost: a draft is kept in IndexedDB from the first choice or keystroke (per
 * cluster, site and survey), put back after a reload or a crash (saying so), and forgotten when the
 * thanks are shown. Submitting waits at most `submit-timeout` ms; a failure offers a retry.
 *
 * @summary Survey: questions, submit, results.
 *
 * @csspart form - The questionnaire.
 * @csspart question - One question (a fieldset).
 * @csspart problem - A validation message.
 * @csspart submit - The submit button.
 * @csspart retry - The button that submits again after a failure.
 * @csspart draft-restored - The note that a saved draft was put back.
 * @csspart results - The results.
 * @csspart bar - One option's bar in the results.
 *
 * @cssprop --bichig-column-height - Height of the vertical (Mongolian) layout.
 * @cssprop --bichig-survey-bar - Colour of the result bars.
 *
 * @event bichig-survey-submit - {CustomEvent<{surveyId: string, answers: SurveyAnswers, responses: number}>} Answers were accepted by the adapter.
 * @event bichig-data-error - {BichigDataErrorEvent} The data could not be loaded.
 */
export class BichigSurvey extends BichigColumnElement {
  static override styles = [...columnBaseStyles, surveyStyles];
  static override properties = {
    ...BichigColumnElement.properties,
    survey: { reflect: true },
    adapter: { attribute: false },
    keyboard: { type: Boolean, reflect: true },
    submitTimeout: { type: Number, attribute: 'submit-timeout' },
    phase: { state: true },
    problems: { state: true },
    results: { state: true },
    showResults: { state: true },
  };

  /** Id of the survey (default: the first of the column, or of the site). */
  declare survey: string | undefined;
  /** Where answers go and results come from. Without it, results are the published counts and submitting says the column is not connected. */
  declare adapter: FormAdapter | undefined;
  /** In Mongolian, show a <bichig-keyboard> under the free-text questions. */
  declare keyboard: boolean;
  /** How long submitting waits for the adapter, in ms (default 30 000), before saying it did not answer. */
  declare submitTimeout: number;
  declare private phase: Phase;
  declare private problems: readonly SubmissionProblem[];
  declare private results: SurveyResults | undefined;
  declare private showResults: boolean;

  readonly #id = `bichig-survey-${nextInstance++}`;
  /** Answers as given so far, by question id; kept across failures and re-renders. */
  #answers: Answers = {};
  #resultsFor: string | undefined;
  readonly #drafts = new FormDraftController<Answers>(this, {
    key: () => {
      const context = this.context;
      const survey = this.current;
      return context && survey ? `survey/${context.cluster.id}/${context.site.id}/${survey.id}` : undefined;
    },
    isBlank: () => blank(this.#answers),
    accept: acceptAnswers,
    restore: (answers) => (this.#answers = answers),
  });

  readonly #outbox = new OutboxStatusController(this, {
    adapter: () => this.adapter,
    formKey: () => (this.current ? `survey/${this.current.id}` : undefined),
    delivered: (receipt) => this.#accepted(this.current!, this.answers, receipt as SurveyReceipt),
    refused: (message) => (this.phase = { kind: 'failed', message, retry: true }),
  });

  constructor() {
    super();
    this.keyboard = false;
    this.submitTimeout = DEFAULT_SUBMIT_TIMEOUT_MS;
    this.phase = { kind: 'form' };
    this.problems = [];
    this.showResults = false;
  }

  /** The survey shown. */
  get current(): Survey | undefined {
    const context = this.context;
    if (!context) return undefined;
    const list = context.site.surveys.filter((s) => !this.column || s.columnId === this.column);
    return list.find((s) => s.id === this.survey) ?? list[0];
  }

  /** The answers as they would be submitted now. */
  get answers(): SurveyAnswers {
    const survey = this.current;
    const out: Record<string, string[] | string> = {};
    if (!survey) return out;
    for (const question of survey.questions) {
      const answer = this.#answers[question.id];
      if (question.kind === 'text') {
        const text = this.#textValue(question.id) ?? (typeof answer === 'string' ? answer : '');
        if (text !== '') out[question.id] = text;
      } else if (Array.isArray(answer) && answer.length) out[question.id] = [...answer];
    }
    return out;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('survey')) {
      this.#answers = {};
      this.problems = [];
      this.phase = { kind: 'form' };
      this.results = undefined;
      this.#resultsFor = undefined;
    }
  }

  #textValue(questionId: string): string | undefined {
    const field = this.renderRoot?.querySelector<HTMLElement & { value: string }>(
      `[data-question="${CSS.escape(questionId)}"]`,
    );
    return field?.value;
  }

  #today(): string {
    return chinaDateOf(this.moment);
  }

  async #loadResults(survey: Survey): Promise<void> {
    if (this.#resultsFor === survey.id && this.results) return;
    this.#resultsFor = survey.id;
    if (!this.adapter) {
      this.results = publishedResults(survey);
      return;
    }
    try {
      this.results = await this.adapter.surveyResults(survey.id);
    } catch (error) {
      console.warn(
        `<bichig-survey>: results of ${survey.id} could not be fetched; showing the published counts`,
        error,
      );
      this.results = publishedResults(survey);
    }
  }

  async #submit(survey: Survey): Promise<void> {
    if (this.phase.kind === 'sending') return;
    const answers = this.answers;
    // Remember free text too, so a re-render after a failure puts it back.
    for (const [id, value] of Object.entries(answers)) if (typeof value === 'string') this.#answers[id] = value;
    void this.#drafts.save(this.#answers);
    const problems = validateSurveyAnswers(survey, answers);
    this.problems = problems;
    if (problems.length) {
      this.phase = { kind: 'form' };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${this.#id}-summary`)?.focus();
      return;
    }
    if (!this.adapter) {
      this.phase = { kind: 'failed', message: notConnectedMessage(), retry: false };
      return;
    }
    const adapter = this.adapter;
    this.phase = { kind: 'sending' };
    try {
      const receipt = await submitWithin(
        'submitSurvey',
        () => adapter.submitSurvey(survey.id, answers),
        isSurveyReceipt,
        this.submitTimeout,
      );
      this.#accepted(survey, answers, receipt);
    } catch (error) {
      if (error instanceof SubmissionQueuedError) {
        this.phase = { kind: 'form' };
        this.#outbox.markQueued();
      } else if (error instanceof SubmissionInvalidError) {
        this.problems = error.problems;
        this.phase = { kind: 'form' };
      } else this.phase = { kind: 'failed', message: failureMessage(error), retry: true };
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.outcome')?.focus();
  }

  /** The answers have a receipt (now, or later from the outbox): thank, forget the draft, show the results. */
  #accepted(survey: Survey, answers: SurveyAnswers, receipt: SurveyReceipt): void {
    this.phase = { kind: 'sent', responses: receipt.responses };
    this.#answers = {};
    // Forgotten once the thanks are on screen.
    void this.updateComplete.then(() => this.#drafts.clear());
    this.#resultsFor = undefined;
    this.results = undefined;
    this.showResults = true;
    void this.#loadResults(survey);
    this.dispatchEvent(
      new CustomEvent('bichig-survey-submit', {
        detail: { surveyId: survey.id, answers, responses: receipt.responses },
        bubbles: true,
        composed: true,
      }),
    );
  }

  #choose(questionId: string, optionId: string, kind: 'single' | 'multiple', checked: boolean): void {
    const current = this.#answers[questionId];
    const chosen = Array.isArray(current) ? current : [];
    this.#answers[questionId] =
      kind === 'single'
        ? [optionId]
        : checked
          ? [...new Set([...chosen, optionId])]
          : chosen.filter((id) => id !== optionId);
    void this.#drafts.save(this.#answers);
    if (this.problems.some((p) => p.field === questionId))
      this.problems = this.problems.filter((p) => p.field !== questionId);
  }

  #typed(questionId: string, event: Event): void {
    this.#answers[questionId] = (event.currentTarget as HTMLTextAreaElement).value;
    void this.#drafts.save(this.#answers);
  }

  #focusQuestion(event: Event, questionId: string): void {
    event.preventDefault();
    const fieldset = this.renderRoot.querySelector(`#${this.#id}-q-${CSS.escape(questionId)}`);
    fieldset?.querySelector<HTMLElement>('input, textarea, bichig-textarea')?.focus();
  }

  protected renderColumn(context: ColumnContext): TemplateResult {
    const survey = this.current;
    if (!survey) return this.renderEmpty();
    const today = this.#today();
    const open = surveyIsOpen(survey, today);
    const upcoming = today < survey.opensAt;
    const id = this.#id;
    const ui = this.uiLang;
    const showResults = this.showResults || (!open && !upcoming);
    if (showResults) void this.#loadResults(survey);
    const surveyLang = langOf(survey.language);
    return html`<section
      class=${context.vertical ? 'vertical survey' : 'survey'}
      part="survey"
      lang=${surveyLang}
      aria-labelledby="${id}-title"
    >
      <header>
        <p class="kind" lang=${ui}>
          ${survey.kind === 'questionnaire' ? msg('网上调查', { id: 'survey.questionnaire' }) : msg('意见征集', { id: 'survey.solicitation' })}
        </p>
        <h2 id="${id}-title">${this.renderText(survey.title, survey.language)}</h2>
        <p class="dates" lang=${ui}>
          ${msg(str`征集时间：${this.formatDate(survey.opensAt)} — ${this.formatDate(survey.closesAt)}`, { id: 'survey.dates' })}
          <span class="status ${open ? 'open' : 'closed'}"
            >${open ? msg('进行中', { id: 'survey.open' }) : upcoming ? msg('未开始', { id: 'survey.upcoming' }) : msg('已结束', { id: 'survey.closed' })}</span
          >
        </p>
        ${survey.description.map((p) => html`<p class="description">${this.renderText(p, survey.language)}</p>`)}
        <p class="responses" lang=${ui}>
          ${msg(str`已收到 ${this.formatNumber(this.results?.responses ?? survey.responses)} 份答卷`, { id: 'survey.responses' })}
        </p>
      </header>
      ${open && this.phase.kind !== 'sent' ? this.#renderForm(survey, context) : nothing}
      ${renderOutcome(this.phase, this.#outbox.queued, this.uiLang, this.formatNumber.bind(this), () => void this.#submit(survey))}
      ${
        open && this.phase.kind !== 'sent'
          ? html`<button
              type="button"
              part="toggle-results"
              aria-expanded=${showResults ? 'true' : 'false'}
              aria-controls="${id}-results"
              lang=${ui}
              @click=${() => (this.showResults = !this.showResults)}
            >
              ${controlLabel(msg('查看结果', { id: 'survey.show-results' }))}
            </button>`
          : nothing
      }
      ${showResults ? this.#renderResults(survey) : nothing}
      ${
        survey.feedback?.length
          ? html`<section class="feedback" aria-labelledby="${id}-feedback">
              <h3 id="${id}-feedback" lang=${ui}>${msg('征集结果反馈', { id: 'survey.feedback' })}</h3>
              ${survey.feedback.map((p) => html`<p>${this.renderText(p, survey.language)}</p>`)}
            </section>`
          : nothing
      }
    </section>`;
  }

  #renderForm(survey: Survey, context: ColumnContext): TemplateResult {
    const id = this.#id;
    const ui = this.uiLang;
    const problemsFor = (questionId: string) => this.problems.filter((p) => p.field === questionId);
    const label = (questionId: string) => {
      const index = survey.questions.findIndex((q) => q.id === questionId);
      return msg(str`第 ${this.formatNumber(index + 1)} 题`, { id: 'survey.question-number' });
    };
    const hasText = survey.questions.some((q) => q.kind === 'text');
    return html`<form
      part="form"
      novalidate
      aria-labelledby="${id}-title"
      @submit=${(e: Event) => {
        e.preventDefault();
        void this.#submit(survey);
      }}
    >
      ${
        this.#drafts.restored
          ? html`<p class="draft-restored" part="draft-restored" role="status" lang=${ui}>${draftRestoredMessage()}</p>`
          : nothing
      }
      ${
        this.problems.length
          ? html`<div class="summary" id="${id}-summary" role="alert" tabindex="-1" lang=${ui}>
              <p>${msg(str`有 ${this.formatNumber(this.problems.length)} 处需要修改：`, { id: 'survey.summary' })}</p>
              <ul>
                ${this.problems.map((p) => html`<li><a href="#${id}-q-${p.field}" @click=${(e: Event) => this.#focusQuestion(e, p.field)}>${problemMessage(p, label(p.field))}</a></li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${survey.questions.map((q, index) => {
        const problems = problemsFor(q.id);
        const describedBy = problems.length ? `${id}-p-${q.id}` : undefined;
        const chosen = this.#answers[q.id];
        return html`<fieldset
          part="question"
          id="${id}-q-${q.id}"
          aria-invalid=${problems.length ? 'true' : 'false'}
          aria-describedby=${describedBy ?? nothing}
        >
          <legend>
            <span class="number" lang=${ui}>${this.formatNumber(index + 1)}.</span>
            ${this.renderText(q.text, survey.language)}
            ${q.kind === 'multiple' ? html`<span class="hint" lang=${ui}>${msg('（可多选）', { id: 'survey.multiple' })}</span>` : nothing}
            ${q.kind === 'text' ? html`<span class="hint" lang=${ui}>${msg('（选填）', { id: 'survey.optional' })}</span>` : nothing}
          </legend>
          ${
            q.kind === 'text'
              ? this.#renderTextAnswer(q.id, typeof chosen === 'string' ? chosen : '', context, `${id}-q-${q.id}`)
              : q.options.map(
                  (o) =>
                    html`<label class="choice">
                      <input
                        type=${q.kind === 'single' ? 'radio' : 'checkbox'}
                        name="${id}-${q.id}"
                        value=${o.id}
                        .checked=${Array.isArray(chosen) && chosen.includes(o.id)}
                        @change=${(e: Event) => this.#choose(q.id, o.id, q.kind as 'single' | 'multiple', (e.target as HTMLInputElement).checked)}
                      />
                      ${this.renderText(o.text, survey.language)}
                    </label>`,
                )
          }
          ${problems.map((p) => html`<p class="problem" part="problem" id="${id}-p-${q.id}" lang=${ui}>${problemMessage(p, label(q.id))}</p>`)}
        </fieldset>`;
      })}
      ${hasText && context.vertical && this.keyboard ? html`<bichig-keyboard lang=${ui} renderer=${parseRenderer(this.renderer, this)}></bichig-keyboard>` : nothing}
      <button type="submit" part="submit" lang=${ui} ?disabled=${this.phase.kind === 'sending' || this.#outbox.queued}>
        ${controlLabel(this.phase.kind === 'sending' ? msg('正在提交…', { id: 'survey.sending' }) : msg('提交', { id: 'survey.submit' }))}
      </button>
    </form>`;
  }

  #renderTextAnswer(questionId: string, value: string, context: ColumnContext, labelledBy: string): TemplateResult {
    if (context.vertical) {
      return html`<bichig-textarea
        data-question=${questionId}
        lang="mn-Mong"
        .value=${value}
        label=${msg('您的意见', { id: 'survey.your-answer' })}
        @input=${(e: Event) => this.#typed(questionId, e)}
        aria-labelledby=${labelledBy}
      ></bichig-textarea>`;
    }
    return html`<textarea
      data-question=${questionId}
      lang=${context.lang}
      rows="4"
      .value=${value}
      aria-label=${msg('您的意见', { id: 'survey.your-answer' })}
      @input=${(e: Event) => this.#typed(questionId, e)}
    ></textarea>`;
  }

  #renderResults(survey: Survey): TemplateResult {
    const id = this.#id;
    const ui = this.uiLang;
    const results = this.results;
    return html`<section class="results" part="results" id="${id}-results" aria-labelledby="${id}-results-title">
      <h3 id="${id}-results-title" lang=${ui}>${msg('调查结果', { id: 'survey.results' })}</h3>
      ${
        !results
          ? html`<p role="status" lang=${ui}>${msg('正在加载结果…', { id: 'survey.results-loading' })}</p>`
          : survey.questions.map((q) => {
              const row = results.questions.find((r) => r.questionId === q.id);
              if (q.kind === 'text') {
                return html`<div class="result">
                  <p class="question">${this.renderText(q.text, survey.language)}</p>
                  <p lang=${ui}>
                    ${msg(str`收到 ${this.formatNumber(row?.textAnswers ?? 0)} 条文字意见`, { id: 'survey.text-answers' })}
                  </p>
                </div>`;
              }
              const total = (row?.options ?? []).reduce((sum, o) => sum + o.votes, 0);
              return html`<div class="result">
                <p class="question">${this.renderText(q.text, survey.language)}</p>
                <ul class="bars">
                  ${q.options.map((o) => {
                    const votes = row?.options.find((r) => r.optionId === o.id)?.votes ?? 0;
                    const share = total ? votes / total : 0;
                    const percent = this.formatNumber(share, { style: 'percent', maximumFractionDigits: 1 });
                    return html`<li>
                      <span class="option">${this.renderText(o.text, survey.language)}</span>
                      <span
                        class="bar"
                        part="bar"
                        style="--share: ${(share * 100).toFixed(2)}%"
                        aria-hidden="true"
                      ></span>
                      <span class="figures" lang=${ui}
                        >${msg(str`${this.formatNumber(votes)} 票（${percent}）`, { id: 'survey.votes' })}</span
                      >
                    </li>`;
                  })}
                </ul>
              </div>`;
            })
      }
    </section>`;
  }
}
