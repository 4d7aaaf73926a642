// What every form backend does with the records the same way: a letter received from a draft, its
// flags (when the calendar can count them), a survey's votes after an answer, and its results.
// MemoryFormAdapter, the portal's IndexedDB adapter, the desk's memory adapter and @bichig/server
// all call these, so a letter or a vote is the same on the phone and on the server.
import type { WorkCalendar } from '../calendar.js';
import { CalendarRangeError } from '../errors.js';
import { currentStatus, letterFlags, type LetterFlags } from '../letters.js';
import type { Letter, Mailbox, Survey } from '../schema/index.js';
import type { LetterDraft, SurveyAnswers, SurveyResults } from './protocol.js';
import { paragraphsOf } from './validate.js';

/** A letter as stored when a (validated) draft is received: its paragraphs as typed, the `received` event. */
export function receivedLetter(draft: LetterDraft, id: string, queryCode: string, submittedAt: string): Letter {
  return {
    id,
    mailboxId: draft.mailboxId,
    queryCode,
    purpose: draft.purpose,
    language: draft.language,
    subject: draft.subject,
    body: paragraphsOf(draft.body),
    public: draft.public,
    submittedAt,
    history: [{ status: 'received', at: submittedAt }],
  };
}

/**
 * The letter's flags as of `today`; only its status when its mailbox is unknown or the day lies
 * outside the years the work calendar covers (nobody can count working days there).
 */
export function letterFlagsOrStatus(
  letter: Letter,
  mailbox: Mailbox | undefined,
  calendar: WorkCalendar,
  today: string,
): LetterFlags {
  if (!mailbox) return { status: currentStatus(letter), overdue: false };
  try {
    return letterFlags(letter, mailbox, calendar, today);
  } catch (error) {
    if (error instanceof CalendarRangeError) return { status: currentStatus(letter), overdue: false };
    throw error;
  }
}

/** Counts one (validated) set of answers into the survey: a response, and a vote per option chosen. Changes `survey`. */
export function tallySurveyAnswers(survey: Survey, answers: SurveyAnswers): void {
  survey.responses++;
  for (const question of survey.questions) {
    const answer = answers[question.id];
    if (question.kind === 'text' || answer === undefined) continue;
    const chosen = new Set(typeof answer === 'string' ? [answer] : answer);
    for (const option of question.options) if (chosen.has(option.id)) option.votes = (option.votes ?? 0) + 1;
  }
}

/** Whether an answer set answered a text question (its text is never published, only counted). */
export function answeredText(answers: SurveyAnswers, questionId: string): boolean {
  const answer = answers[questionId];
  return typeof answer === 'string' && answer !== '';
}

/** The published results of a survey; `textAnswers(questionId)` says how many answered a text question. */
export function surveyResultsOf(survey: Survey, textAnswers: (questionId: string) => number): SurveyResults {
  return {
    surveyId: survey.id,
    responses: survey.responses,
    questions: survey.questions.map((q) => ({
      questionId: q.id,
      options: q.options.map((o) => ({ optionId: o.id, votes: o.votes ?? 0 })),
      ...(q.kind === 'text' ? { textAnswers: textAnswers(q.id) } : {}),
    })),
  };
}
