// Validation of what people submit, shared by the elements (to show messages before sending)
// and by the adapters (which must not trust the elements). The rules for stored letters come from
// @bichig/cluster's LetterSchema: a letter in Mongolian must be in traditional script.
import { isMongolianScript, type Survey } from '../schema/index.js';
import type { LetterDraft, SubmissionProblem, SurveyAnswers } from './protocol.js';

/** Length limits of a letter (and of what staff write about it), in characters (code points). */
export const LETTER_LIMITS = Object.freeze({
  subject: 100,
  body: 5000,
  name: 50,
  email: 100,
  textAnswer: 2000,
  /** A desk note saying why a letter is invalid or a duplicate. */
  note: 500,
});

/** The purposes a letter may have, in the order forms offer them. */
export const LETTER_PURPOSES = Object.freeze(['consult', 'suggest', 'complain', 'praise'] as const);

// Format controls and spaces are not content: a field holding only NNBSP, MVS or FVS is empty.
// (`String.prototype.trim` is not used on what people type: it would strip a leading NNBSP, U+202F being a space.)
const VISIBLE = /[^\s\u180B-\u180F\u200B-\u200D\u2060\uFEFF]/u;
const PHONE = /^\+?[0-9][0-9 -]{3,22}[0-9]$/;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Whether text has anything besides spaces and invisible format controls. */
export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}

/** Length in code points, as a person counts characters (an astral character is one). */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * The paragraphs of a typed letter, as @bichig/cluster stores them: split at line breaks, blank
 * lines dropped, every other character kept exactly (no trimming: NNBSP and FVS are content).
 */
export function paragraphsOf(text: string): string[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/u).filter(hasVisibleText);
}

/** Every problem with a letter draft; an empty list means it may be submitted. */
export function validateLetterDraft(draft: LetterDraft): SubmissionProblem[] {
  const problems: SubmissionProblem[] = [];
  const text = (field: string, value: unknown, limit: number): value is string => {
    if (typeof value !== 'string' || !hasVisibleText(value)) {
      problems.push({ field, code: 'required' });
      return false;
    }
    if (characterCount(value) > limit) {
      problems.push({ field, code: 'too-long', limit });
      return false;
    }
    return true;
  };
  if (typeof draft.mailboxId !== 'string' || draft.mailboxId === '')
    problems.push({ field: 'mailboxId', code: 'required' });
  if (!(LETTER_PURPOSES as readonly unknown[]).includes(draft.purpose)) {
    problems.push({ field: 'purpose', code: draft.purpose ? 'unknown-value' : 'required' });
  }
  if (draft.language !== 'zh' && draft.language !== 'mn') problems.push({ field: 'language', code: 'unknown-value' });
  const subjectOk = text('subject', draft.subject, LETTER_LIMITS.subject);
  const bodyOk = text('body', draft.body, LETTER_LIMITS.body);
  if (draft.language === 'mn') {
    if (subjectOk && !isMongolianScript(draft.subject))
      problems.push({ field: 'subject', code: 'not-mongolian-script' });
    if (bodyOk && !paragraphsOf(draft.body).every(isMongolianScript))
      problems.push({ field: 'body', code: 'not-mongolian-script' });
  }
  const contact = draft.contact ?? { name: '', phone: '' };
  text('contact.name', contact.name, LETTER_LIMITS.name);
  if (typeof contact.phone !== 'string' || !hasVisibleText(contact.phone))
    problems.push({ field: 'contact.phone', code: 'required' });
  else if (!PHONE.test(contact.phone.trim()) || contact.phone.replace(/\D/g, '').length < 5)
    problems.push({ field: 'contact.phone', code: 'invalid-phone' });
  if (contact.email !== undefined && contact.email !== '') {
    if (typeof contact.email !== 'string' || !EMAIL.test(contact.email.trim()))
      problems.push({ field: 'contact.email', code: 'invalid-email' });
    else if (characterCount(contact.email) > LETTER_LIMITS.email)
      problems.push({ field: 'contact.email', code: 'too-long', limit: LETTER_LIMITS.email });
  }
  return problems;
}

/** Whether a survey takes answers on `today` (YYYY-MM-DD; both ends inclusive). */
export function surveyIsOpen(survey: Survey, today: string): boolean {
  return survey.opensAt <= today && today <= survey.closesAt;
}

/**
 * Every problem with a set of answers: choice questions must be answered with options of the
 * question (exactly one for `single`); text answers are optional and limited in length.
 */
export function validateSurveyAnswers(survey: Survey, answers: SurveyAnswers): SubmissionProblem[] {
  const problems: SubmissionProblem[] = [];
  const questionIds = new Set(survey.questions.map((q) => q.id));
  for (const key of Object.keys(answers))
    if (!questionIds.has(key)) problems.push({ field: key, code: 'unknown-value' });
  for (const question of survey.questions) {
    const answer = answers[question.id];
    if (question.kind === 'text') {
      if (answer === undefined) continue;
      if (typeof answer !== 'string') problems.push({ field: question.id, code: 'unknown-value' });
      else if (characterCount(answer) > LETTER_LIMITS.textAnswer)
        problems.push({ field: question.id, code: 'too-long', limit: LETTER_LIMITS.textAnswer });
      continue;
    }
    const chosen = typeof answer === 'string' ? [answer] : (answer ?? []);
    if (chosen.length === 0) {
      problems.push({ field: question.id, code: 'required' });
      continue;
    }
    const optionIds = new Set(question.options.map((o) => o.id));
    if (chosen.some((id) => !optionIds.has(id)) || new Set(chosen).size !== chosen.length)
      problems.push({ field: question.id, code: 'unknown-value' });
    else if (question.kind === 'single' && chosen.length > 1) problems.push({ field: question.id, code: 'one-only' });
  }
  return problems;
}
