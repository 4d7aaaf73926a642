// What a person reads when a field is refused: one localized sentence per problem code, shared by
// the mailbox and the survey so the same mistake is explained the same way everywhere.
import { msg, str } from '@lit/localize';
import {
  AdapterRequestError,
  FormAdapterError,
  MissingReceiptError,
  SubmissionTimeoutError,
  SurveyClosedError,
  type SubmissionProblem,
} from '@bichig/cluster/forms';

/** The message for one problem with a field whose label is `label`. */
export function problemMessage(problem: SubmissionProblem, label: string): string {
  switch (problem.code) {
    case 'required':
      return msg(str`请填写“${label}”。`, { id: 'form.problem.required' });
    case 'too-long':
      return msg(str`“${label}”不能超过 ${problem.limit ?? ''} 个字符。`, { id: 'form.problem.too-long' });
    case 'too-short':
      return msg(str`“${label}”至少需要 ${problem.limit ?? ''} 个字符。`, { id: 'form.problem.too-short' });
    case 'not-mongolian-script':
      return msg(str`“${label}”请用传统蒙古文书写，不要使用拉丁或西里尔字母。`, {
        id: 'form.problem.not-mongolian-script',
      });
    case 'invalid-phone':
      return msg('请填写有效的电话号码（数字，可含连字符）。', { id: 'form.problem.invalid-phone' });
    case 'invalid-email':
      return msg('请填写有效的电子邮箱地址，例如 name@example.cn。', { id: 'form.problem.invalid-email' });
    case 'unknown-value':
      return msg(str`“${label}”的选择无效，请重新选择。`, { id: 'form.problem.unknown-value' });
    case 'one-only':
      return msg(str`“${label}”只能选择一项。`, { id: 'form.problem.one-only' });
  }
}

/** The message for an adapter failure; what was typed is kept, so every message says so. */
export function failureMessage(error: unknown): string {
  if (error instanceof SurveyClosedError)
    return msg('该调查当前不在征集期内，未能提交。', { id: 'form.failure.closed' });
  if (error instanceof SubmissionTimeoutError)
    return msg('服务器长时间没有响应，未能确认提交。您填写的内容已保留，请重新提交。', { id: 'form.failure.timeout' });
  if (error instanceof MissingReceiptError)
    return msg('服务器没有确认收到，未能提交。您填写的内容已保留，请重新提交。', { id: 'form.failure.no-receipt' });
  if (error instanceof AdapterRequestError && error.kind === 'network')
    return msg('网络连接失败，未能提交。您填写的内容已保留，请稍后重试。', { id: 'form.failure.network' });
  if (error instanceof FormAdapterError)
    return msg('服务器未能处理提交。您填写的内容已保留，请稍后重试。', { id: 'form.failure.server' });
  return msg('提交失败。您填写的内容已保留，请稍后重试。', { id: 'form.failure.unknown' });
}

/** Shown when an element that submits has no adapter. */
export function notConnectedMessage(): string {
  return msg('此栏目尚未连接提交服务，内容未发送。您填写的内容已保留。', { id: 'form.failure.not-connected' });
}

/** Said above a form whose draft was put back after a reload, a crash or a return to the page. */
export function draftRestoredMessage(): string {
  return msg('已恢复您上次未提交的内容。', { id: 'form.draft-restored' });
}

/** The button that sends a form again after a failure. */
export function retryLabel(): string {
  return msg('重新提交', { id: 'form.retry' });
}

/** A submission that waits in the outbox (no network): kept on this device, sent when the link returns. */
export function queuedMessage(): string {
  return msg('没有网络连接。您填写的内容已保存在本设备上，等待发送，联网后将自动提交。', { id: 'form.queued' });
}
