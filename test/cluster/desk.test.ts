// The staff desk's rules in @bichig/cluster/forms: who may take which step, what a step needs, how
// a step moves a letter through the workflow, and the desk's order and pages.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Letter } from '@bichig/cluster';
import {
  DeskConflictError,
  DeskForbiddenError,
  applyDeskStep,
  deskActions,
  deskLetterPage,
  validateDeskStep,
  type DeskLetter,
  type StaffMember,
} from '@bichig/cluster/forms';

const dispatcher: StaffMember = {
  username: 'd',
  name: 'D',
  siteId: 's',
  orgCode: 'ORG0',
  role: 'dispatcher',
  mailboxIds: ['m1'],
};
const handler: StaffMember = { ...dispatcher, username: 'h', orgCode: 'ORG1', role: 'handler' };
const other: StaffMember = { ...handler, username: 'o', orgCode: 'ORG2' };

const received: Letter = {
  id: 'l1',
  mailboxId: 'm1',
  queryCode: 'ABCDEFGH',
  purpose: 'consult',
  language: 'zh',
  subject: '问',
  body: ['问题'],
  public: false,
  submittedAt: '2026-07-01T10:00:00+08:00',
  history: [{ status: 'received', at: '2026-07-01T10:00:00+08:00' }],
};

describe('@bichig/cluster/forms desk rules', () => {
  it('offers each member the steps of their role, on their letters only', () => {
    assert.deepEqual(deskActions(dispatcher, received), ['accept', 'mark-invalid', 'mark-duplicate']);
    assert.deepEqual(deskActions(handler, received), [], 'not routed to the handler yet');
    assert.deepEqual(deskActions({ ...dispatcher, mailboxIds: ['m2'] }, received), [], 'another mailbox');
    const accepted = applyDeskStep(
      dispatcher,
      received,
      { action: 'accept', handlingOrgCode: 'ORG1' },
      '2026-07-01T11:00:00+08:00',
    ).letter;
    assert.deepEqual(deskActions(dispatcher, accepted), []);
    assert.deepEqual(deskActions(handler, accepted), ['start', 'reply']);
    assert.deepEqual(deskActions(other, accepted), []);
  });

  it('applies steps through the workflow, and refuses the wrong role, a stale status and a foreign letter', () => {
    const at = '2026-07-02T09:00:00+08:00';
    assert.throws(() => applyDeskStep(handler, received, { action: 'start' }, at), DeskForbiddenError);
    assert.throws(() => applyDeskStep(dispatcher, received, { action: 'start' }, at), DeskForbiddenError);
    const accepted = applyDeskStep(dispatcher, received, { action: 'accept', handlingOrgCode: 'ORG1' }, at).letter;
    assert.equal(accepted.handlingOrgCode, 'ORG1');
    assert.deepEqual(accepted.history.at(-1), { status: 'accepted', at, orgCode: 'ORG0' });
    assert.throws(
      () => applyDeskStep(dispatcher, accepted, { action: 'mark-invalid', note: 'x' }, at),
      DeskConflictError,
    );
    assert.throws(() => applyDeskStep(other, accepted, { action: 'start' }, at), DeskForbiddenError);
    const replied = applyDeskStep(
      handler,
      accepted,
      { action: 'reply', language: 'zh', body: '答复一\n\n答复二', publish: true },
      at,
    );
    assert.deepEqual(replied.letter.reply, { body: ['答复一', '答复二'], orgCode: 'ORG1', at, language: 'zh' });
    assert.equal(replied.published, false, 'the writer did not agree to publication');
    const publicReply = applyDeskStep(
      handler,
      { ...accepted, public: true },
      { action: 'reply', language: 'zh', body: '答复', publish: true },
      at,
    );
    assert.equal(publicReply.published, true);
    assert.equal(received.history.length, 1, 'the input letter is not changed');
  });

  it('says what a step lacks', () => {
    const departments = new Set(['ORG1']);
    assert.deepEqual(validateDeskStep({ action: 'accept', handlingOrgCode: '' }, departments), [
      { field: 'handlingOrgCode', code: 'required' },
    ]);
    assert.deepEqual(validateDeskStep({ action: 'mark-duplicate', note: '\u202F\u180B ' }, departments), [
      { field: 'note', code: 'required' },
    ]);
    assert.deepEqual(validateDeskStep({ action: 'mark-invalid', note: '无效'.repeat(251) }, departments), [
      { field: 'note', code: 'too-long', limit: 500 },
    ]);
    assert.deepEqual(validateDeskStep({ action: 'reply', language: 'mn', body: 'Сайн', publish: true }, departments), [
      { field: 'body', code: 'not-mongolian-script' },
    ]);
    assert.deepEqual(
      validateDeskStep({ action: 'reply', language: 'mn', body: 'ᠰᠠᠶᠢᠨ', publish: 'yes' } as never, departments),
      [{ field: 'publish', code: 'unknown-value' }],
    );
    assert.deepEqual(validateDeskStep({ action: 'delete' } as never, departments), [
      { field: 'action', code: 'unknown-value' },
    ]);
    assert.deepEqual(validateDeskStep({ action: 'start' }, departments), []);
  });

  it('lists overdue letters first, then by deadline, then oldest, in pages', () => {
    const item = (id: string, submittedAt: string, flags: Partial<DeskLetter['flags']>, open = true): DeskLetter => ({
      letter: { ...received, id, submittedAt },
      contact: null,
      flags: { status: 'accepted', overdue: false, ...flags },
      published: false,
      mailbox: { id: 'm1', name: { zh: '信箱' } },
      actions: open ? ['reply'] : [],
    });
    const items = [
      item('new', '2026-07-03T00:00:00+08:00', {}),
      item('later', '2026-07-01T00:00:00+08:00', { deadline: '2026-07-20' }),
      item('late', '2026-07-02T00:00:00+08:00', { deadline: '2026-06-30', overdue: true }),
      item('sooner', '2026-07-02T00:00:00+08:00', { deadline: '2026-07-10' }),
      item('old', '2026-06-01T00:00:00+08:00', {}),
      item('done', '2026-06-01T00:00:00+08:00', { status: 'replied' }, false),
    ];
    const page = deskLetterPage(items, { pageSize: 2, page: 2 });
    assert.equal(page.total, 5);
    assert.equal(page.pageCount, 3);
    assert.equal(page.overdue, 1);
    assert.deepEqual(
      deskLetterPage(items, { pageSize: 10 }).items.map((i) => i.letter.id),
      ['late', 'sooner', 'later', 'old', 'new'],
    );
    assert.deepEqual(
      page.items.map((i) => i.letter.id),
      ['later', 'old'],
    );
    assert.deepEqual(
      deskLetterPage(items, { view: 'closed' }).items.map((i) => i.letter.id),
      ['done'],
    );
    assert.equal(deskLetterPage(items, { page: 99, pageSize: 1000 }).pageSize, 100);
    assert.equal(deskLetterPage(items, { page: 99 }).page, 1);
  });
});
