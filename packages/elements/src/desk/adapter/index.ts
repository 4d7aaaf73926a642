/** The staff desk's adapter: the protocol of @bichig/cluster/forms and two implementations. */
export {
  DESK_PAGE_SIZE,
  DeskConflictError,
  DeskForbiddenError,
  NotSignedInError,
  RateLimitedError,
  SignInError,
  applyDeskStep,
  deskActions,
  deskLetterPage,
  staffSeesLetter,
  validateDeskStep,
  type DeskAction,
  type DeskAdapter,
  type DeskDepartment,
  type DeskLetter,
  type DeskLetterPage,
  type DeskLettersQuery,
  type DeskStep,
  type StaffMember,
  type StaffRole,
} from '@bichig/cluster/forms';
export { MemoryDeskAdapter, type MemoryDeskAdapterOptions, type StaffAccount } from './memory.js';
export { HttpDeskAdapter, CSRF_HEADER, type HttpDeskAdapterOptions } from './http.js';
