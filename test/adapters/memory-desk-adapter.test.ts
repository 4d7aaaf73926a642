// MemoryDeskAdapter over the fixture cluster: sign-in (wrong, right, rate-limited), who sees which
// letters, a letter's way through the desk (route, start, reply, publish), refused and stale steps.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadXilingolFixture } from '@bichig/fixtures';
import { currentStatus } from '@bichig/cluster';
import {
  DeskConflictError,
  DeskForbiddenError,
  NotSignedInError,
  RateLimitedError,
  SignInError,
  SubmissionInvalidError,
  type StaffMember,
} from '@bichig/cluster/forms';
import { MemoryDeskAdapter, type StaffAccount } from '../../packages/elements/src/desk/adapter/memory.js';

const NOW = new Date('2026-11-25T10:00:00+08:00');
const SITE_ORG = '111525009MDLRLRJ15';
const HANDLER_ORG = '1115250057X8F63XWE';

const dispatcher: StaffMember = {
  username: 'bgs',
  name: '盟行政公署办公室',
  siteId: 'xlgl',
  orgCode: SITE_ORG,
  role: 'dispatcher',
  mailboxIds: ['leader', 'messages', 'petition', 'hotline'],
};
const handler: StaffMember = {
  username: 'handler',
  name: '承办单位',
  siteId: 'xlgl',
  orgCode: HANDLER_ORG,
  role: 'handler',
  mailboxIds: ['leader', 'messages', 'petition', 'hotline'],
};
const ACCOUNTS: StaffAccount[] = [
  { member: dispatcher, password: 'dispatch-pass' },
  { member: handler, password: 'handler-pass' },
];

async function desk(clock = () => NOW) {
  const { cluster } = await loadXilingolFixture();
  return { cluster, adapter: MemoryDeskAdapter.fromCluster(cluster, 'xlgl', ACCOUNTS, { now: clock }) };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected a rejection');
}

describe('MemoryDeskAdapter', () => {
  it('signs in with the right password only, and refuses everything before', async () => {
    const { adapter } = await desk();
    assert.equal((await rejection(adapter.listLetters())) instanceof NotSignedInError, true);
    assert.equal((await rejection(adapter.signIn('bgs', 'wrong'))) instanceof SignInError, true);
    assert.equal((await rejection(adapter.signIn('nobody', 'dispatch-pass'))) instanceof SignInError, true);
    assert.equal(await adapter.currentStaff(), null);
    assert.equal((await adapter.signIn('bgs', 'dispatch-pass')).role, 'dispatcher');
    assert.equal((await adapter.currentStaff())?.username, 'bgs');
    await adapter.signOut();
    assert.equal(await adapter.currentStaff(), null);
  });

  it('after five wrong passwords in a minute sign-in is rate limited, for the rest of the minute', async () => {
    let now = NOW.getTime();
    const { adapter } = await desk(() => new Date(now));
    for (let i = 0; i < 5; i++) await rejection(adapter.signIn('bgs', `wrong ${i}`));
    const limited = await rejection(adapter.signIn('bgs', 'dispatch-pass'));
    assert.equal(limited instanceof RateLimitedError, true);
    assert.equal((limited as RateLimitedError).retryAfterSeconds, 60);
    now += 61_000;
    assert.equal((await adapter.signIn('bgs', 'dispatch-pass')).username, 'bgs');
  });

  it('a dispatcher sees the received letters of its mailboxes as open, and routes one', async () => {
    const { adapter, cluster } = await desk();
    await adapter.signIn('bgs', 'dispatch-pass');
    const open = await adapter.listLetters({ view: 'open', pageSize: 100 });
    const received = cluster.site('xlgl').letters.filter((l) => currentStatus(l) === 'received');
    assert.equal(open.total, received.length);
    assert.ok(open.items.every((i) => i.actions.includes('accept')));
    const departments = await adapter.departments();
    assert.ok(departments.some((d) => d.orgCode === HANDLER_ORG));
    const first = open.items[0]!;
    const invalid = await rejection(adapter.takeStep(first.letter.id, { action: 'accept', handlingOrgCode: 'nope' }));
    assert.equal((invalid as SubmissionInvalidError).problems[0]!.code, 'unknown-value');
    const routed = await adapter.takeStep(first.letter.id, { action: 'accept', handlingOrgCode: HANDLER_ORG });
    assert.equal(routed.flags.status, 'accepted');
    assert.equal(routed.letter.handlingOrgCode, HANDLER_ORG);
    assert.equal(routed.actions.length, 0, 'nothing left for the dispatcher');
    assert.equal(typeof routed.flags.deadline, 'string');
    assert.equal((await adapter.listLetters()).total, open.total - 1);
    const stale = await rejection(adapter.takeStep(first.letter.id, { action: 'mark-invalid', note: '重复' }));
    assert.equal(stale instanceof DeskConflictError, true);
    assert.equal((stale as DeskConflictError).letter?.flags.status, 'accepted', 'the conflict carries the letter now');
  });

  it('a handler sees only letters routed to its department, starts and replies; publishing needs the writer’s consent', async () => {
    const { adapter } = await desk();
    await adapter.signIn('handler', 'handler-pass');
    const all = await adapter.listLetters({ view: 'all', pageSize: 100 });
    assert.ok(all.total > 0);
    assert.ok(all.items.every((i) => i.letter.handlingOrgCode === HANDLER_ORG));
    const open = await adapter.listLetters({ view: 'open', pageSize: 100 });
    const item =
      open.items.find((i) => i.actions.includes('start') && i.letter.public) ??
      open.items.find((i) => i.actions.includes('start'))!;
    const started = await adapter.takeStep(item.letter.id, { action: 'start' });
    assert.equal(started.flags.status, 'in-progress');
    const forbidden = await rejection(adapter.takeStep(item.letter.id, { action: 'mark-invalid', note: 'x' }));
    assert.equal(forbidden instanceof DeskForbiddenError, true);
    const replied = await adapter.takeStep(item.letter.id, {
      action: 'reply',
      language: 'zh',
      body: '您好：\n已办理。',
      publish: true,
    });
    assert.equal(replied.flags.status, 'replied');
    assert.deepEqual(replied.letter.reply?.body, ['您好：', '已办理。']);
    assert.equal(replied.published, item.letter.public);
    assert.equal(adapter.isPublished(item.letter.id), item.letter.public);
  });

  it('a letter of another department is not on a handler’s desk', async () => {
    const { adapter, cluster } = await desk();
    await adapter.signIn('handler', 'handler-pass');
    const other = cluster.site('xlgl').letters.find((l) => l.handlingOrgCode && l.handlingOrgCode !== HANDLER_ORG)!;
    assert.equal(await adapter.letter(other.id), null);
    assert.equal(
      (await rejection(adapter.takeStep(other.id, { action: 'start' }))) instanceof DeskForbiddenError,
      true,
    );
  });

  it('an ended session rejects with NotSignedInError; a colleague’s step changes the letter meanwhile', async () => {
    const { adapter } = await desk();
    await adapter.signIn('bgs', 'dispatch-pass');
    const [first] = (await adapter.listLetters()).items;
    adapter.takeStepAs('bgs', first!.letter.id, { action: 'mark-duplicate', note: '与前信重复' });
    const conflict = await rejection(
      adapter.takeStep(first!.letter.id, { action: 'accept', handlingOrgCode: HANDLER_ORG }),
    );
    assert.equal((conflict as DeskConflictError).letter?.flags.status, 'duplicate');
    adapter.endSession();
    assert.equal((await rejection(adapter.letter(first!.letter.id))) instanceof NotSignedInError, true);
  });
});
