// The protocol names the desk's template modules share, from one place.
export {
  AdapterRequestError,
  DeskConflictError,
  DeskForbiddenError,
  NotSignedInError,
  RateLimitedError,
  SignInError,
  SubmissionInvalidError,
  validateDeskStep,
  type DeskAction,
  type DeskAdapter,
  type DeskDepartment,
  type DeskLetter,
  type DeskLetterPage,
  type DeskStep,
  type StaffMember,
  type SubmissionProblem,
} from '@bichig/cluster/forms';
export type { Language, Localized, WarningLevel } from '@bichig/cluster';
import type { WarningLevel } from '@bichig/cluster';
/** A deadline warning's level. */
export type WarningLevelName = WarningLevel['level'];
