/**
 * @bichig/cluster/forms — the form protocol shared by the browser and the server: what a letter
 * draft, a receipt, a lookup, a page of replied letters, statistics and survey answers look like,
 * the errors an implementation rejects with, the validation both sides apply, and query codes.
 * DOM-free and free of the rest of the package's weight (search, loading).
 * @packageDocumentation
 */
export * from './protocol.js';
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
export { QUERY_CODE_PATTERN, normalizeQueryCode, randomQueryCode } from './query-code.js';
export { answeredText, letterFlagsOrStatus, receivedLetter, surveyResultsOf, tallySurveyAnswers } from './records.js';
export {
  DeskConflictError,
  DeskForbiddenError,
  NotSignedInError,
  RateLimitedError,
  SignInError,
  applyDeskStep,
  deskActions,
  isOpenForStaff,
  staffSeesLetter,
  validateDeskStep,
  type AppliedDeskStep,
  type DeskAction,
  type DeskAdapter,
  type DeskDepartment,
  type DeskLetter,
  type DeskLetterPage,
  type DeskLettersQuery,
  type DeskStep,
  type StaffMember,
  type StaffRole,
} from './desk.js';
export { DESK_PAGE_SIZE, compareDeskLetters, deskLetterPage, inDeskView } from './desk-list.js';
