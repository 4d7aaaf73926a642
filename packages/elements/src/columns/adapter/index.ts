/** The form/data adapter of the interactive columns: the interface, its validation, and two implementations. */
// The protocol (shapes, errors, validation, query codes) lives in @bichig/cluster/forms, shared with
// the server; the form's part of it is re-exported here so a page needs one import (the staff
// desk's part is the desk's own).
export {
  AdapterRequestError,
  FormAdapterError,
  LETTER_LIMITS,
  LETTER_PURPOSES,
  MissingReceiptError,
  QUERY_CODE_PATTERN,
  SubmissionInvalidError,
  SubmissionTimeoutError,
  SurveyClosedError,
  UnknownRecordError,
  characterCount,
  hasVisibleText,
  normalizeQueryCode,
  paragraphsOf,
  randomQueryCode,
  surveyIsOpen,
  validateLetterDraft,
  validateSurveyAnswers,
  type FormAdapter,
  type LetterContact,
  type LetterDraft,
  type LetterField,
  type LetterLookup,
  type LetterPage,
  type LetterReceipt,
  type MailboxStatistics,
  type ProblemCode,
  type RepliedLettersQuery,
  type StatisticsQuery,
  type SubmissionProblem,
  type SurveyAnswers,
  type SurveyReceipt,
  type SurveyResults,
} from '@bichig/cluster/forms';
export { MemoryFormAdapter, chinaTimestamp, type MemoryFormAdapterOptions } from './memory.js';
export { HttpFormAdapter, type HttpFormAdapterOptions } from './http.js';
export { OutboxFormAdapter, SubmissionQueuedError, type OutboxEntry, type OutboxFormAdapterOptions } from './outbox.js';
