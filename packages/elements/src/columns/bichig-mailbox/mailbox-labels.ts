// Reader-facing names of a letter's purposes and statuses, in the interface language.
import { msg } from '@lit/localize';
import type { LetterPurpose, LetterStatus } from '@bichig/cluster';

/** The mailbox's four views. */
export type MailboxTab = 'write' | 'lookup' | 'replied' | 'statistics';
export const TABS: readonly MailboxTab[] = ['write', 'lookup', 'replied', 'statistics'];

/** The tab a key moves to in the tab list (arrows wrap around, Home and End), or undefined for other keys. */
export function tabAfterKey(current: MailboxTab, key: string): MailboxTab | undefined {
  const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
  const index = TABS.indexOf(current);
  if (key in moves) return TABS[(index + moves[key]! + TABS.length) % TABS.length];
  if (key === 'Home') return TABS[0];
  if (key === 'End') return TABS.at(-1);
  return undefined;
}

export function purposeLabel(purpose: LetterPurpose): string {
  switch (purpose) {
    case 'consult':
      return msg('咨询', { id: 'mailbox.purpose.consult' });
    case 'suggest':
      return msg('建议', { id: 'mailbox.purpose.suggest' });
    case 'complain':
      return msg('投诉', { id: 'mailbox.purpose.complain' });
    case 'praise':
      return msg('表扬', { id: 'mailbox.purpose.praise' });
  }
}

export function statusLabel(status: LetterStatus): string {
  switch (status) {
    case 'received':
      return msg('已收到', { id: 'mailbox.status.received' });
    case 'accepted':
      return msg('已受理', { id: 'mailbox.status.accepted' });
    case 'in-progress':
      return msg('办理中', { id: 'mailbox.status.in-progress' });
    case 'replied':
      return msg('已答复', { id: 'mailbox.status.replied' });
    case 'invalid':
      return msg('无效信件', { id: 'mailbox.status.invalid' });
    case 'duplicate':
      return msg('重复信件', { id: 'mailbox.status.duplicate' });
  }
}

/** The name of a tab. */
export function tabLabel(tab: MailboxTab): string {
  switch (tab) {
    case 'write':
      return msg('我要写信', { id: 'mailbox.tab.write' });
    case 'lookup':
      return msg('信件查询', { id: 'mailbox.tab.lookup' });
    case 'replied':
      return msg('回复选登', { id: 'mailbox.tab.replied' });
    case 'statistics':
      return msg('办理统计', { id: 'mailbox.tab.statistics' });
  }
}

/** The label of a form field (also used in problem messages). */
export function fieldLabel(field: string): string {
  switch (field) {
    case 'purpose':
      return msg('信件类型', { id: 'mailbox.field.purpose' });
    case 'subject':
      return msg('信件标题', { id: 'mailbox.field.subject' });
    case 'body':
      return msg('信件内容', { id: 'mailbox.field.body' });
    case 'contact.name':
      return msg('姓名', { id: 'mailbox.field.name' });
    case 'contact.phone':
      return msg('联系电话', { id: 'mailbox.field.phone' });
    case 'contact.email':
      return msg('电子邮箱', { id: 'mailbox.field.email' });
    default:
      return field;
  }
}
