// The public API of @bichig/server, spoken to by the elements' own HttpFormAdapter over real HTTP,
// on both databases: what a herder's phone sends reaches the database exactly as typed, and what
// comes back is what @bichig/cluster's rules say.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { currentStatus, letterStatistics, type Cluster } from '@bichig/cluster';
import {
  AdapterRequestError,
  HttpFormAdapter,
  SubmissionInvalidError,
  SurveyClosedError,
  UnknownRecordError,
  type LetterDraft,
} from '@bichig/elements/adapter.js';
import type { Database } from '@bichig/server';
import { BACKENDS, listen, seededDatabase } from './support.js';

const ZH = 'xlgl';
const MN = 'xlgl-mn';
// 2026-07-01, a Wednesday in the fixture calendar's range, 10:00 China time: survey-001 of the
// main portal is open then, survey-002 not yet.
const NOW = new Date('2026-07-01T02:00:00Z');

// NNBSP before the suffix, an FVS after a letter, a line break: all must come back as typed.
const MONGOLIAN_BODY = 'ᠮᠢᠨᠤ ᠠᠰᠠᠭᠤᠯᠲᠠ ᠪᠣᠯ ᠪᠡᠯᠴᠢᠭᠡᠷ\u202Fᠦᠨ ᠤᠰᠤ᠋ ᠶᠢᠨ ᠲᠤᠬᠠᠢ.\nᠬᠠᠷᠢᠭᠤ ᠥᠭᠭᠦᠨ\u202Fᠡ ᠦᠦ?';

function draft(mailboxId: string, overrides: Partial<LetterDraft> = {}): LetterDraft {
  return {
    mailboxId,
    purpose: 'consult',
    language: 'mn',
    subject: 'ᠪᠡᠯᠴᠢᠭᠡᠷ\u202Fᠦᠨ ᠤᠰᠤ',
    body: MONGOLIAN_BODY,
    contact: { name: 'ᠪᠠᠲᠤ', phone: '138 0000 0000' },
    public: true,
    ...overrides,
  };
}

for (const backend of BACKENDS) {
  describe(`@bichig/server public API on ${backend.name}`, () => {
    let db: Database;
    let drop: () => Promise<void>;
    let cluster: Cluster;
    let server: { url: string; close: () => Promise<void> };
    let mn: HttpFormAdapter;
    let zh: HttpFormAdapter;

    before(async () => {
      ({ db, drop, cluster } = await seededDatabase(backend, [ZH, MN]));
      server = await listen(db, { now: () => NOW, submissions: { limit: 10, windowMs: 60_000 } });
      mn = new HttpFormAdapter({ baseUrl: `${server.url}/api/forms/${MN}/` });
      zh = new HttpFormAdapter({ baseUrl: `${server.url}/api/forms/${ZH}/` });
    });
    after(async () => {
      await server?.close();
      await drop?.();
    });

    it('keeps a Mongolian letter exactly as typed and finds it by its query code, typed loosely', async () => {
      const mailboxId = cluster.site(MN).mailboxes[0]!.id;
      const receipt = await mn.submitLetter(draft(mailboxId));
      assert.match(receipt.queryCode, /^[0-9A-Z]{8,12}$/);
      assert.equal(receipt.submittedAt, '2026-07-01T10:00:00+08:00');
      const lookup = await mn.lookupLetter(`  ${receipt.queryCode.toLowerCase()} `);
      assert.ok(lookup);
      assert.equal(lookup.letter.subject, 'ᠪᠡᠯᠴᠢᠭᠡᠷ\u202Fᠦᠨ ᠤᠰᠤ');
      assert.deepEqual(lookup.letter.body, MONGOLIAN_BODY.split('\n'));
      assert.equal(lookup.flags.status, 'received');
      // The contact is the desk's: never in a public answer.
      assert.equal(JSON.stringify(lookup).includes('138 0000 0000'), false);
      // Another site does not know the code.
      assert.equal(await zh.lookupLetter(receipt.queryCode), null);
    });

    it('refuses an invalid letter with the problems, and stores nothing', async () => {
      const before = await mn.letterStatistics();
      await assert.rejects(
        mn.submitLetter(draft('no-such-mailbox', { subject: 'Latin only', contact: { name: 'ᠪᠠᠲᠤ', phone: 'x' } })),
        (error: unknown) => {
          assert.ok(error instanceof SubmissionInvalidError);
          const codes = error.problems.map((p) => `${p.field} ${p.code}`).sort();
          assert.deepEqual(codes, [
            'contact.phone invalid-phone',
            'mailboxId unknown-value',
            'subject not-mongolian-script',
          ]);
          return true;
        },
      );
      assert.equal((await mn.letterStatistics()).overall.received, before.overall.received);
    });

    it('answers statistics over every letter of the site, private ones included, as @bichig/cluster counts them', async () => {
      const site = cluster.site(ZH);
      const expected = letterStatistics(site.letters, {
        mailboxes: new Map(site.mailboxes.map((m) => [m.id, m])),
        calendar: cluster.calendar,
      });
      const answered = await zh.letterStatistics();
      assert.deepEqual(answered.overall, expected.overall);
      assert.equal(answered.byDepartment.length, expected.byDepartment.size);
      for (const row of answered.byDepartment)
        assert.deepEqual(row.statistics, expected.byDepartment.get(row.orgCode), row.orgCode);
      assert.ok(
        site.letters.some((l) => !l.public),
        'the fixture site has private letters',
      );
      await zh.submitLetter(draft(site.mailboxes[0]!.id, { language: 'zh', subject: '供水', body: '我村供水不足。' }));
      assert.equal((await zh.letterStatistics()).overall.received, expected.overall.received + 1);
      await assert.rejects(zh.letterStatistics({ mailboxId: 'nope' }), AdapterRequestError);
    });

    it('lists only public replied letters, newest reply first, page by page', async () => {
      const site = cluster.site(ZH);
      const publicReplies = site.letters.filter((l) => l.public && currentStatus(l) === 'replied');
      const first = await zh.listRepliedLetters({ pageSize: 5 });
      assert.equal(first.total, publicReplies.length);
      assert.equal(first.pageCount, Math.ceil(publicReplies.length / 5));
      const all = [];
      for (let page = 1; page <= first.pageCount; page++)
        all.push(...(await zh.listRepliedLetters({ pageSize: 5, page })).items);
      assert.deepEqual(all.map((l) => l.id).sort(), publicReplies.map((l) => l.id).sort());
      const times = all.map((l) => Date.parse(l.reply!.at));
      assert.deepEqual(
        times,
        [...times].sort((a, b) => b - a),
      );
      const leader = await zh.listRepliedLetters({ mailboxId: 'leader', pageSize: 100 });
      assert.ok(leader.items.every((l) => l.mailboxId === 'leader'));
    });

    it('counts a survey answer, refuses a closed survey and an unknown one', async () => {
      const [open, closed] = ['survey-001', 'survey-002'].map((id) =>
        cluster.site(ZH).surveys.find((s) => s.id === id)!,
      );
      assert.ok(open && closed);
      const choice = open.questions.find((q) => q.kind === 'single')!;
      const text = open.questions.find((q) => q.kind === 'text')!;
      const answers = Object.fromEntries(
        open.questions.map((q) => [
          q.id,
          q.kind === 'text' ? 'ᠰᠠᠶᠢᠨ ᠪᠠᠢᠨ᠎ᠠ' : q.kind === 'single' ? q.options[0]!.id : [q.options[0]!.id],
        ]),
      );
      const before = await zh.surveyResults(open.id);
      const receipt = await zh.submitSurvey(open.id, answers);
      assert.equal(receipt.responses, before.responses + 1);
      const results = await zh.surveyResults(open.id);
      const votes = (r: typeof results) =>
        r.questions.find((q) => q.questionId === choice.id)!.options.find((o) => o.optionId === choice.options[0]!.id)!
          .votes;
      assert.equal(votes(results), votes(before) + 1);
      const texts = (r: typeof results) => r.questions.find((q) => q.questionId === text.id)!.textAnswers;
      assert.equal(texts(results), (texts(before) ?? 0) + 1);
      await assert.rejects(zh.submitSurvey(closed.id, {}), (error: unknown) => {
        assert.ok(error instanceof SurveyClosedError);
        assert.equal(error.today, '2026-07-01');
        return true;
      });
      await assert.rejects(zh.surveyResults('no-such-survey'), UnknownRecordError);
    });

    it('answers an unknown site, a body that is not JSON and one too large with clear errors', async () => {
      const post = (path: string, body: string, type = 'application/json') =>
        fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': type }, body });
      assert.equal((await fetch(`${server.url}/api/forms/nowhere/letter-statistics`)).status, 404);
      assert.equal((await post(`/api/forms/${ZH}/surveys/x/responses`, '{')).status, 400);
      assert.equal(
        (await post(`/api/forms/${ZH}/surveys/x/responses`, 'a=1', 'application/x-www-form-urlencoded')).status,
        415,
      );
      assert.equal(
        (await post(`/api/forms/${ZH}/surveys/x/responses`, JSON.stringify({ answers: 'x'.repeat(70_000) }))).status,
        413,
      );
      const headers = (await fetch(`${server.url}/api/forms/${ZH}/letter-statistics`)).headers;
      assert.equal(headers.get('cache-control'), 'no-store');
      assert.equal(headers.get('x-content-type-options'), 'nosniff');
    });
    it('limits submissions per address with 429 and Retry-After', async () => {
      // The limit is 10 per minute here; earlier tests sent some already.
      const mailboxId = cluster.site(MN).mailboxes[0]!.id;
      let refused: Response | undefined;
      for (let i = 0; i < 11 && !refused; i++) {
        const response = await fetch(`${server.url}/api/forms/${MN}/letters`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(draft(mailboxId)),
        });
        if (response.status === 429) refused = response;
        else assert.equal(response.status, 201);
      }
      assert.ok(refused, 'the eleventh submission within a minute is refused');
      assert.ok(Number(refused.headers.get('retry-after')) > 0);
    });
  });
}

describe('@bichig/server behind a reverse proxy', () => {
  it('counts the submission limit per client the proxy names, not per proxy', async () => {
    const { db, drop, cluster } = await seededDatabase(BACKENDS[0]!, [MN]);
    const server = await listen(db, { now: () => NOW, submissions: { limit: 1, windowMs: 60_000 }, trustProxy: true });
    try {
      const mailboxId = cluster.site(MN).mailboxes[0]!.id;
      const send = (client: string) =>
        fetch(`${server.url}/api/forms/${MN}/letters`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `${client}, 10.0.0.1` },
          body: JSON.stringify(draft(mailboxId)),
        }).then((r) => r.status);
      assert.deepEqual(
        [await send('203.0.113.7'), await send('198.51.100.2'), await send('203.0.113.7')],
        [201, 201, 429],
      );
    } finally {
      await server.close();
      await drop();
    }
  });
});
