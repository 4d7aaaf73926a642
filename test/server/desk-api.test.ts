// The staff desk's API on both databases: a letter written on the portal is routed by the
// dispatcher, answered in Mongolian by its department and appears on the public list; each member
// sees only their letters; sessions are httpOnly cookies, changes need the CSRF token, two members
// cannot both act on one letter, and password guessing is limited.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Cluster } from '@bichig/cluster';
import type { DeskDepartment, DeskLetter, DeskLetterPage, StaffMember } from '@bichig/cluster/forms';
import { HttpFormAdapter } from '@bichig/elements/adapter.js';
import { putStaff, routingDepartments, type Database } from '@bichig/server';
import { BACKENDS, listen, seededDatabase } from './support.js';

const SITE = 'xlgl-mn';
const NOW = new Date('2026-07-01T02:00:00Z');
const PASSWORD = 'ᠨᠢᠭᠤᠴᠠ ᠦᠭᠡ 2026';
const REPLY = 'ᠲᠠᠨ ᠤ ᠰᠠᠨᠠᠯ\u202Fᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯ᠎ᠠ.\nᠤᠰᠤ ᠶᠢᠨ ᠠᠰᠠᠭᠤᠳᠠᠯ\u202Fᠢ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠨ᠎ᠡ.';

/** A member of staff's browser: keeps the session cookie and the CSRF token. */
class DeskClient {
  cookie = '';
  csrf = '';
  constructor(readonly base: string) {}

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${this.base}/api/desk/${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(method !== 'GET' && this.csrf ? { 'x-csrf-token': this.csrf } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0]!;
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : null, setCookie, headers: response.headers };
  }

  async signIn(username: string, password = PASSWORD) {
    const answer = await this.request('POST', 'session', { username, password });
    if (answer.status === 200) this.csrf = answer.json.csrfToken;
    return answer;
  }

  async letters(query = ''): Promise<DeskLetterPage> {
    const answer = await this.request('GET', `letters${query}`);
    assert.equal(answer.status, 200);
    return answer.json;
  }

  step(id: string, step: unknown) {
    return this.request('POST', `letters/${encodeURIComponent(id)}/steps`, step);
  }
}

for (const backend of BACKENDS) {
  describe(`@bichig/server staff desk on ${backend.name}`, () => {
    let db: Database;
    let drop: () => Promise<void>;
    let cluster: Cluster;
    let server: { url: string; close: () => Promise<void> };
    let departments: DeskDepartment[];
    let handlerA: StaffMember;
    let handlerB: StaffMember;
    let queryCode: string;
    let letterId: string;

    before(async () => {
      ({ db, drop, cluster } = await seededDatabase(backend, [SITE]));
      const site = cluster.site(SITE);
      const mailboxIds = site.mailboxes.map((m) => m.id);
      const orgs = routingDepartments(cluster, SITE);
      assert.ok(orgs.length >= 2, 'the site routes to at least two departments');
      await putStaff(db, {
        username: 'dispatch',
        name: '办公室',
        siteId: SITE,
        orgCode: site.orgCode,
        role: 'dispatcher',
        mailboxIds,
        password: PASSWORD,
      });
      const [a, b] = orgs.filter((o) => o.code !== site.orgCode);
      handlerA = await putStaff(db, {
        username: 'handler-a',
        name: 'A',
        siteId: SITE,
        orgCode: (a ?? orgs[0]!).code,
        role: 'handler',
        mailboxIds,
        password: PASSWORD,
      });
      handlerB = await putStaff(db, {
        username: 'handler-b',
        name: 'B',
        siteId: SITE,
        orgCode: (b ?? orgs[1]!).code,
        role: 'handler',
        mailboxIds,
        password: PASSWORD,
      });
      server = await listen(db, { now: () => NOW, signIn: { limit: 3, windowMs: 60_000 } });
      const forms = new HttpFormAdapter({ baseUrl: `${server.url}/api/forms/${SITE}/` });
      ({ queryCode } = await forms.submitLetter({
        mailboxId: mailboxIds[0]!,
        purpose: 'complain',
        language: 'mn',
        subject: 'ᠤᠰᠤ ᠶᠢᠨ ᠠᠰᠠᠭᠤᠳᠠᠯ',
        body: 'ᠮᠠᠨ ᠤ ᠭᠠᠴᠠᠭ ᠲᠤ ᠤᠰᠤ ᠦᠭᠡᠢ.',
        contact: { name: 'ᠪᠠᠲᠤ', phone: '13800000000', email: 'batu@example.org' },
        public: true,
      }));
      departments = (await new DeskClient(server.url).request('GET', 'departments')).json?.items;
    });
    after(async () => {
      await server?.close();
      await drop?.();
    });

    it('signs in with an httpOnly, SameSite=Strict, Secure cookie, and refuses a wrong password the same way as an unknown name', async () => {
      const client = new DeskClient(server.url);
      assert.deepEqual((await client.request('GET', 'session')).json, { staff: null }, 'nobody signed in: no error');
      const wrong = await client.signIn('dispatch', 'not the password');
      const unknown = await client.signIn('nobody', PASSWORD);
      assert.equal(wrong.status, 401);
      assert.deepEqual(unknown.json, wrong.json);
      assert.equal(departments, undefined, 'departments need a session');
      const right = await client.signIn('dispatch');
      assert.equal(right.status, 200);
      assert.equal(right.json.staff.role, 'dispatcher');
      assert.equal(JSON.stringify(right.json).includes('scrypt'), false, 'no hash leaves the server');
      const flags = right.setCookie!.toLowerCase();
      for (const flag of ['httponly', 'samesite=strict', 'secure', 'path=/api/desk'])
        assert.ok(flags.includes(flag), flag);
      const again = await client.request('GET', 'session');
      assert.equal(again.json.staff.username, 'dispatch');
      assert.equal(again.json.csrfToken, client.csrf);
    });

    it('refuses a change without the CSRF token, and after signing out', async () => {
      const client = new DeskClient(server.url);
      await client.signIn('dispatch');
      const page = await client.letters();
      const letter = page.items.find((i) => i.actions.includes('mark-invalid'))!;
      // A step the dispatcher may take: only the missing token stops it.
      const forged = await client.request(
        'POST',
        `letters/${letter.letter.id}/steps`,
        { action: 'mark-invalid', note: 'forged' },
        { 'x-csrf-token': 'forged' },
      );
      assert.equal(forged.status, 403);
      assert.match(forged.json.reason, /CSRF/);
      assert.deepEqual((await client.request('GET', `letters/${letter.letter.id}`)).json.actions, letter.actions);
      assert.equal((await client.request('DELETE', 'session')).status, 204);
      assert.equal((await client.request('GET', 'letters')).status, 401);
      const ended = await client.request('GET', 'session');
      assert.deepEqual([ended.status, ended.json], [200, { staff: null }]);
    });

    it('routes, starts and answers a letter: the dispatcher accepts it for a department, which replies in Mongolian and publishes', async () => {
      const dispatcher = new DeskClient(server.url);
      await dispatcher.signIn('dispatch');
      const open = await dispatcher.letters();
      const mine = open.items.find((item) => item.letter.queryCode === queryCode);
      assert.ok(mine, 'the new letter waits on the dispatcher’s desk');
      letterId = mine.letter.id;
      assert.deepEqual(mine.actions, ['accept', 'mark-invalid', 'mark-duplicate']);
      assert.equal(mine.contact?.email, 'batu@example.org');
      assert.equal(mine.flags.status, 'received');

      const codes = (await dispatcher.request('GET', 'departments')).json.items.map((d: DeskDepartment) => d.orgCode);
      assert.ok(codes.includes(handlerA.orgCode));
      const refused = await dispatcher.step(letterId, { action: 'accept', handlingOrgCode: 'NOT-A-DEPARTMENT' });
      assert.equal(refused.status, 422);
      assert.deepEqual(refused.json.problems, [{ field: 'handlingOrgCode', code: 'unknown-value' }]);
      const accepted = await dispatcher.step(letterId, { action: 'accept', handlingOrgCode: handlerA.orgCode });
      assert.equal(accepted.status, 200);
      assert.equal((accepted.json as DeskLetter).flags.status, 'accepted');
      assert.ok((accepted.json as DeskLetter).flags.deadline, 'accepting starts the working-day deadline');
      assert.deepEqual((accepted.json as DeskLetter).actions, []);

      // Department B never sees it; a dispatcher cannot reply.
      assert.notEqual(handlerB.orgCode, handlerA.orgCode);
      const b = new DeskClient(server.url);
      await b.signIn('handler-b');
      assert.equal(
        (await b.letters('?view=all')).items.some((i) => i.letter.id === letterId),
        false,
      );
      assert.equal((await b.request('GET', `letters/${letterId}`)).status, 404);
      assert.equal((await b.step(letterId, { action: 'start' })).status, 404);
      const dispatcherReply = await dispatcher.step(letterId, {
        action: 'reply',
        language: 'zh',
        body: '已办理。',
        publish: true,
      });
      assert.equal(dispatcherReply.status, 403);

      const a = new DeskClient(server.url);
      await a.signIn('handler-a');
      const waiting = (await a.letters()).items.find((i) => i.letter.id === letterId);
      assert.deepEqual(waiting?.actions, ['start', 'reply']);
      assert.equal((await a.step(letterId, { action: 'start' })).status, 200);
      const latin = await a.step(letterId, { action: 'reply', language: 'mn', body: 'Latin letters', publish: true });
      assert.deepEqual(latin.json.problems, [{ field: 'body', code: 'not-mongolian-script' }]);
      const replied = await a.step(letterId, { action: 'reply', language: 'mn', body: REPLY, publish: true });
      assert.equal(replied.status, 200);
      assert.equal((replied.json as DeskLetter).published, true);
      assert.deepEqual((replied.json as DeskLetter).letter.reply?.body, REPLY.split('\n'));
      assert.equal((replied.json as DeskLetter).letter.reply?.language, 'mn');

      // The loop closes on the portal: the writer sees the reply, the public list and the statistics count it.
      const forms = new HttpFormAdapter({ baseUrl: `${server.url}/api/forms/${SITE}/` });
      const lookup = await forms.lookupLetter(queryCode);
      assert.equal(lookup?.flags.status, 'replied');
      assert.equal(lookup?.flags.repliedOnTime, true);
      const list = await forms.listRepliedLetters({ pageSize: 100 });
      assert.equal(list.items[0]?.id, letterId, 'the newest reply comes first');
      assert.equal(JSON.stringify(list).includes('batu@example.org'), false);
    });

    it('lets only one of two members act on a letter: the second gets 409 with the letter as it is', async () => {
      const forms = new HttpFormAdapter({ baseUrl: `${server.url}/api/forms/${SITE}/` });
      const { queryCode: code } = await forms.submitLetter({
        mailboxId: cluster.site(SITE).mailboxes[0]!.id,
        purpose: 'suggest',
        language: 'zh',
        subject: '建议',
        body: '建议增加班车。',
        contact: { name: '巴图', phone: '13800000001' },
        public: false,
      });
      const one = new DeskClient(server.url);
      const two = new DeskClient(server.url);
      await one.signIn('dispatch');
      await two.signIn('dispatch');
      const id = (await one.letters()).items.find((i) => i.letter.queryCode === code)!.letter.id;
      const [first, second] = await Promise.all([
        one.step(id, { action: 'accept', handlingOrgCode: handlerA.orgCode }),
        two.step(id, { action: 'mark-invalid', note: '重复提交' }),
      ]);
      const statuses = [first.status, second.status].sort();
      assert.deepEqual(statuses, [200, 409]);
      const conflict = first.status === 409 ? first : second;
      assert.equal(conflict.json.error, 'conflict');
      assert.notEqual(conflict.json.letter.flags.status, 'received');

      // A private letter is never published, whatever the department chooses.
      if (first.status === 200) {
        const a = new DeskClient(server.url);
        await a.signIn('handler-a');
        const replied = await a.step(id, { action: 'reply', language: 'zh', body: '已安排。', publish: true });
        assert.equal(replied.json.published, false);
      }
    });

    it('limits password guessing per name with 429 and Retry-After, and the right password waits too', async () => {
      const client = new DeskClient(server.url);
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push((await client.signIn('handler-b', `guess ${i}`)).status);
      assert.deepEqual(answers, [401, 401, 401, 429]);
      const right = await client.signIn('handler-b');
      assert.equal(right.status, 429);
      assert.ok(Number(right.headers.get('retry-after')) > 0);
    });
  });
}
