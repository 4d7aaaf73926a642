/** The form/data adapter of the interactive columns: the interface, its validation, and two implementations. */
export * from './types.js';
export {
  LETTER_LIMITS,
  LETTER_PURPOSES,
  characterCount,
  hasVisibleText,
  paragraphsOf,
  surveyIsOpen,
  validateLetterDraft,
  validateSurveyAnswers,
} from './validate.js';
export { MemoryFormAdapter, chinaTimestamp, randomQueryCode, type MemoryFormAdapterOptions } from './memory.js';
export { HttpFormAdapter, type HttpFormAdapterOptions } from './http.js';
export { OutboxFormAdapter, SubmissionQueuedError, type OutboxEntry, type OutboxFormAdapterOptions } from './outbox.js';
