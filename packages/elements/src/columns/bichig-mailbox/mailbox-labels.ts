// Reader-facing names of a letter's purposes and statuses, in the interface language.
import { msg } from '@lit/localize';
import type { LetterPurpose, LetterStatus } from '@bichig/cluster';

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
