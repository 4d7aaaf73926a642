// A survey's answers as a draft keeps them, and the results published with it.
import type { Survey } from '@bichig/cluster';
import type { SurveyResults } from '@bichig/cluster/forms';

/** Answers by question id: option ids for choices, the text for free-text questions. */
export type Answers = Record<string, string[] | string>;

/** A stored draft, checked: answers are strings or lists of strings; anything else is dropped. */
export function acceptAnswers(stored: unknown): Answers | undefined {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return undefined;
  const out: Answers = {};
  for (const [id, value] of Object.entries(stored)) {
    if (typeof value === 'string') out[id] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) out[id] = [...(value as string[])];
  }
  return Object.keys(out).length ? out : undefined;
}

/** Whether nothing has been chosen or typed. */
export function blank(answers: Answers): boolean {
  return Object.values(answers).every((a) => a.length === 0);
}

/** Results from the vote counts published with the survey (when there is no adapter to ask). */
export function publishedResults(survey: Survey): SurveyResults {
  return {
    surveyId: survey.id,
    responses: survey.responses,
    questions: survey.questions.map((q) => ({
      questionId: q.id,
      options: q.options.map((o) => ({ optionId: o.id, votes: o.votes ?? 0 })),
    })),
  };
}
