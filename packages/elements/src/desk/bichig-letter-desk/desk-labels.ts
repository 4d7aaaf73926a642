// What staff read on the desk that is not a letter: actions, views, deadline warnings, field
// labels and the messages of failures, in the interface language. Statuses and purposes are the
// mailbox's own words (the writer and the desk name them alike).
import { msg, str } from '@lit/localize';
import {
  AdapterRequestError,
  DeskForbiddenError,
  NotSignedInError,
  RateLimitedError,
  SignInError,
  type DeskAction,
  type WarningLevelName,
} from './desk-types.js';
import { formatUiNumber } from '../../columns/base/language.js';

export { purposeLabel, statusLabel } from '../../columns/bichig-mailbox/mailbox-labels.js';

/** The desk's two lists. */
export type DeskView = 'open' | 'closed';
export const DESK_VIEWS: readonly DeskView[] = ['open', 'closed'];

export function viewLabel(view: DeskView): string {
  return view === 'open' ? msg('待办信件', { id: 'desk.view.open' }) : msg('已办结', { id: 'desk.view.closed' });
}

/** The button that takes a step. */
export function actionLabel(action: DeskAction): string {
  switch (action) {
    case 'accept':
      return msg('受理并转办', { id: 'desk.action.accept' });
    case 'start':
      return msg('开始办理', { id: 'desk.action.start' });
    case 'reply':
      return msg('发送答复', { id: 'desk.action.reply' });
    case 'mark-invalid':
      return msg('标为无效信件', { id: 'desk.action.mark-invalid' });
    case 'mark-duplicate':
      return msg('标为重复信件', { id: 'desk.action.mark-duplicate' });
  }
}

/** Said in the live region once a step is taken. */
export function actionDone(action: DeskAction): string {
  switch (action) {
    case 'accept':
      return msg('已受理，并转交承办单位。', { id: 'desk.done.accept' });
    case 'start':
      return msg('已开始办理。', { id: 'desk.done.start' });
    case 'reply':
      return msg('答复已发送。', { id: 'desk.done.reply' });
    case 'mark-invalid':
      return msg('已标为无效信件。', { id: 'desk.done.mark-invalid' });
    case 'mark-duplicate':
      return msg('已标为重复信件。', { id: 'desk.done.mark-duplicate' });
  }
}

/** A deadline warning, in words (never by colour alone). */
export function warningLabel(level: WarningLevelName): string {
  switch (level) {
    case 'yellow':
      return msg('黄色预警', { id: 'desk.warning.yellow' });
    case 'orange':
      return msg('橙色预警', { id: 'desk.warning.orange' });
    case 'red':
      return msg('红色预警', { id: 'desk.warning.red' });
  }
}

/** Working days left until the deadline (negative: past it). */
export function remainingLabel(days: number): string {
  if (days < 0) return msg(str`已超期 ${formatUiNumber(-days)} 个工作日`, { id: 'desk.remaining.over' });
  if (days === 0) return msg('今天到期', { id: 'desk.remaining.today' });
  return msg(str`剩余 ${formatUiNumber(days)} 个工作日`, { id: 'desk.remaining' });
}

/** The label of a step's field (also in its problem messages). */
export function stepFieldLabel(field: string): string {
  switch (field) {
    case 'handlingOrgCode':
      return msg('承办单位', { id: 'desk.field.department' });
    case 'note':
      return msg('说明理由', { id: 'desk.field.note' });
    case 'body':
      return msg('答复内容', { id: 'desk.field.reply' });
    case 'language':
      return msg('答复语言', { id: 'desk.field.language' });
    case 'publish':
      return msg('公开答复', { id: 'desk.field.publish' });
    default:
      return field;
  }
}

/** Why a list or a letter could not be shown. */
export function loadFailure(error: unknown): string {
  if (error instanceof RateLimitedError) return rateLimited(error.retryAfterSeconds);
  if (error instanceof AdapterRequestError && error.kind === 'network')
    return msg('网络连接失败，未能加载。请检查网络后重试。', { id: 'desk.failure.load-network' });
  return msg('服务器未能返回信件，请稍后重试。', { id: 'desk.failure.load' });
}

export function rateLimited(seconds: number): string {
  return msg(str`尝试次数过多，请 ${formatUiNumber(seconds)} 秒后再试。`, { id: 'desk.failure.rate-limited' });
}

/** Why a step was not taken; what was typed is kept, and the message says so. */
export function stepFailure(error: unknown): string | undefined {
  if (error instanceof RateLimitedError)
    return `${rateLimited(error.retryAfterSeconds)} ${msg('您填写的内容已保留。', { id: 'desk.kept' })}`;
  if (error instanceof DeskForbiddenError)
    return msg('您没有权限对这封信件执行此操作。您填写的内容已保留。', { id: 'desk.failure.forbidden' });
  if (error instanceof NotSignedInError) return undefined;
  return undefined;
}

/** Why signing in failed. */
export function signInFailure(error: unknown): string {
  if (error instanceof SignInError) return msg('用户名或密码不正确。', { id: 'desk.sign-in.wrong' });
  if (error instanceof RateLimitedError) return rateLimited(error.retryAfterSeconds);
  return loadFailure(error);
}
