import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CalendarRangeError,
  InvalidDateError,
  LETTER_STATUSES,
  LETTER_TRANSITIONS,
  LetterTransitionError,
  LetterWorkflowError,
  WorkCalendar,
  canTransition,
  currentStatus,
  letterDeadline,
  letterFlags,
  letterStatistics,
  sumLetterStatistics,
  percent,
  transitionLetter,
  type Letter,
  type Mailbox,
} from '@bichig/cluster';
import { fixture } from './helpers.js';

const mailbox: Mailbox = {
  id: 'leader',
  columnId: 'mailbox',
  name: { zh: '盟长信箱' },
  kind: 'leader',
  deadlineWorkingDays: 15,
  warnings: [
    { level: 'yellow', remainingWorkingDays: 3 },
    { level: 'orange', remainingWorkingDays: 1 },
    { level: 'red', remainingWorkingDays: 0 },
  ],
};

function letter(submittedAt: string, id = 'letter-1'): Letter {
  return {
    id,
    mailboxId: 'leader',
    queryCode: 'AB12CD34EF',
    purpose: 'consult',
    language: 'zh',
    subject: '咨询',
    body: ['请问草原补奖资金什么时候发放？'],
    public: true,
    submittedAt,
    history: [{ status: 'received', at: submittedAt }],
  };
}

async function calendar(): Promise<WorkCalendar> {
  return (await fixture()).cluster.calendar;
}

describe('work calendar', () => {
  it('counts make-up Sundays as working days and skips the National Day week (2025)', async () => {
    const cal = await calendar();
    // Friday 26 September 2025; Sunday the 28th is a make-up working day; 1–8 October are off; Saturday 11 October is worked.
    assert.equal(cal.addWorkingDays('2025-09-26', 1), '2025-09-28');
    assert.equal(cal.addWorkingDays('2025-09-26', 3), '2025-09-30');
    assert.equal(cal.addWorkingDays('2025-09-26', 4), '2025-10-09');
    assert.equal(cal.addWorkingDays('2025-09-26', 6), '2025-10-11');
    assert.equal(cal.addWorkingDays('2025-09-26', 15), '2025-10-23');
    assert.equal(cal.isWorkingDay('2025-10-08'), false);
    assert.equal(cal.holidayName('2025-10-08'), '国庆节、中秋节');
  });

  it('handles the 2026 Spring Festival with its two make-up Saturdays', async () => {
    const cal = await calendar();
    assert.equal(cal.addWorkingDays('2026-02-13', 1), '2026-02-14');
    assert.equal(cal.addWorkingDays('2026-02-13', 2), '2026-02-24');
    assert.equal(cal.isWorkingDay('2026-02-28'), true);
    assert.equal(cal.isWorkingDay('2026-03-01'), false);
    assert.equal(cal.workingDaysBetween('2026-02-13', '2026-02-28'), 6); // 14, 24, 25, 26, 27, 28
    assert.equal(cal.workingDaysBetween('2026-02-28', '2026-02-13'), -6);
  });

  it('across New Year 2026: 1–3 January off, Sunday 4 January worked', async () => {
    const cal = await calendar();
    assert.equal(cal.addWorkingDays('2025-12-31', 1), '2026-01-04');
    assert.equal(cal.addWorkingDays('2025-12-31', 2), '2026-01-05');
  });

  it('refuses dates it cannot vouch for, and dates that are not dates', async () => {
    const cal = await calendar();
    assert.throws(() => cal.addWorkingDays('2026-12-20', 15), CalendarRangeError);
    assert.throws(() => cal.isWorkingDay('2024-12-31'), CalendarRangeError);
    assert.throws(() => cal.isWorkingDay('2025-02-30'), InvalidDateError);
    assert.throws(() => cal.addWorkingDays('2025-03-03', -1), RangeError);
  });
});

describe('letter workflow', () => {
  it('allows exactly the transitions of the workflow', () => {
    const allowed = new Set([
      'received>accepted',
      'received>invalid',
      'received>duplicate',
      'accepted>in-progress',
      'accepted>replied',
      'in-progress>replied',
    ]);
    for (const from of LETTER_STATUSES)
      for (const to of LETTER_STATUSES)
        assert.equal(canTransition(from, to), allowed.has(`${from}>${to}`), `${from} → ${to}`);
    assert.deepEqual(LETTER_TRANSITIONS.replied, []);
  });

  it('walks a letter through the workflow and refuses shortcuts with a typed error', () => {
    let l = letter('2025-09-25T10:00:00+08:00');
    assert.throws(
      () =>
        transitionLetter(l, 'replied', {
          at: '2025-09-26T10:00:00+08:00',
          reply: { body: ['答复'], orgCode: 'ORG1', at: '2025-09-26T10:00:00+08:00' },
        }),
      LetterTransitionError,
    );
    assert.throws(() => transitionLetter(l, 'accepted', { at: '2025-09-26T09:00:00+08:00' }), LetterWorkflowError);
    assert.throws(() => transitionLetter(l, 'invalid', { at: '2025-09-26T09:00:00+08:00' }), /needs a note/);
    assert.throws(
      () => transitionLetter(l, 'accepted', { at: '2025-09-24T09:00:00+08:00', handlingOrgCode: 'ORG1' }),
      /before the previous change/,
    );
    l = transitionLetter(l, 'accepted', { at: '2025-09-26T09:00:00+08:00', handlingOrgCode: 'ORG1' });
    l = transitionLetter(l, 'in-progress', { at: '2025-09-28T09:00:00+08:00', orgCode: 'ORG1' });
    l = transitionLetter(l, 'replied', {
      at: '2025-10-20T16:00:00+08:00',
      reply: { body: ['您好，资金将于年底前发放。'], orgCode: 'ORG1', at: '2025-10-20T16:00:00+08:00' },
    });
    assert.equal(currentStatus(l), 'replied');
    assert.deepEqual(
      l.history.map((e) => e.status),
      ['received', 'accepted', 'in-progress', 'replied'],
    );
    const error = (() => {
      try {
        transitionLetter(l, 'in-progress', { at: '2025-10-21T09:00:00+08:00' });
      } catch (e) {
        return e;
      }
    })();
    assert.ok(error instanceof LetterTransitionError);
    assert.match(error.message, /letter-1.*"replied".*final/);
  });

  it('counts the deadline in working days from the day of acceptance, in China time', async () => {
    const cal = await calendar();
    const accepted = transitionLetter(letter('2025-09-25T10:00:00+08:00'), 'accepted', {
      at: '2025-09-26T23:30:00+08:00',
      handlingOrgCode: 'ORG1',
    });
    assert.equal(letterDeadline(accepted, mailbox, cal), '2025-10-23');
    // 16:30 UTC on Friday is 00:30 on Saturday in China: the count starts from Saturday 27th.
    const lateNight = transitionLetter(letter('2025-09-25T10:00:00+08:00'), 'accepted', {
      at: '2025-09-26T16:30:00Z',
      handlingOrgCode: 'ORG1',
    });
    assert.equal(letterDeadline(lateNight, mailbox, cal), '2025-10-23');
    assert.equal(cal.addWorkingDays('2025-09-27', 1), '2025-09-28');
    assert.equal(letterDeadline(letter('2025-09-25T10:00:00+08:00'), mailbox, cal), undefined);
  });

  it('raises warning levels as the deadline nears and flags overdue letters', async () => {
    const cal = await calendar();
    const l = transitionLetter(letter('2025-09-25T10:00:00+08:00'), 'accepted', {
      at: '2025-09-26T10:00:00+08:00',
      handlingOrgCode: 'ORG1',
    });
    // Deadline 2025-10-23 (Thursday). From 9 October: 10th, Saturday 11th (make-up day), 13th–17th, 20th–23rd.
    assert.deepEqual(letterFlags(l, mailbox, cal, '2025-10-09'), {
      status: 'accepted',
      deadline: '2025-10-23',
      remainingWorkingDays: 11,
      overdue: false,
    });
    assert.equal(letterFlags(l, mailbox, cal, '2025-10-20').warning, 'yellow');
    assert.equal(letterFlags(l, mailbox, cal, '2025-10-22').warning, 'orange');
    assert.equal(letterFlags(l, mailbox, cal, '2025-10-23').warning, 'red');
    const late = letterFlags(l, mailbox, cal, '2025-10-27');
    assert.equal(late.overdue, true);
    assert.equal(late.remainingWorkingDays, -2);
    assert.equal(late.warning, 'red');
    const replied = transitionLetter(l, 'replied', {
      at: '2025-10-24T09:00:00+08:00',
      reply: { body: ['答复'], orgCode: 'ORG1', at: '2025-10-24T09:00:00+08:00' },
    });
    assert.deepEqual(letterFlags(replied, mailbox, cal, '2025-11-01'), {
      status: 'replied',
      deadline: '2025-10-23',
      overdue: false,
      repliedOnTime: false,
    });
  });
});

describe('public statistics', () => {
  const cal = new WorkCalendar({
    timeZone: 'Asia/Shanghai',
    validFrom: '2025-01-01',
    validTo: '2026-12-31',
    holidays: [],
    workdays: [],
  });
  const mailboxes = new Map([[mailbox.id, mailbox]]);

  function population(
    received: number,
    answered: number,
    lateEvery: number,
    department: (i: number) => string,
  ): Letter[] {
    const letters: Letter[] = [];
    for (let i = 0; i < received; i++) {
      let l = letter('2025-03-03T09:00:00+08:00', `letter-${i}`);
      if (i < answered) {
        l = transitionLetter(l, 'accepted', { at: '2025-03-03T10:00:00+08:00', handlingOrgCode: department(i) });
        const at = i % lateEvery === 0 ? '2025-04-30T10:00:00+08:00' : '2025-03-10T10:00:00+08:00';
        l = transitionLetter(l, 'replied', { at, reply: { body: ['答复'], orgCode: department(i), at } });
        if (i % 4 !== 3) l = { ...l, satisfaction: i % 10 === 0 ? 'dissatisfied' : 'satisfied' };
      } else if (i % 3 === 0) {
        l = transitionLetter(l, 'invalid', { at: '2025-03-04T10:00:00+08:00', note: '不属于受理范围' });
      }
      letters.push(l);
    }
    return letters;
  }

  it('5,832 received and 5,187 answered is an answer rate of 88.94%', () => {
    const letters = population(5832, 5187, 50, (i) => (i % 2 ? 'DEPT-A' : 'DEPT-B'));
    const { overall } = letterStatistics(letters, { mailboxes, calendar: cal });
    assert.equal(overall.received, 5832);
    assert.equal(overall.answered, 5187);
    assert.equal(overall.answerRate, 88.94);
    // Every 50th reply (104 of 5,187) came after its 15-working-day deadline.
    assert.equal(overall.onTime, 5187 - 104);
    assert.equal(overall.onTimeRate, percent(5083, 5187));
    assert.equal(overall.onTimeRate, 97.99);
  });

  it('per department, over the letters each department handled', () => {
    const letters = population(300, 240, 7, (i) => (i < 90 ? 'DEPT-A' : 'DEPT-B'));
    const { overall, byDepartment } = letterStatistics(letters, { mailboxes, calendar: cal });
    assert.equal(overall.received, 300);
    const a = byDepartment.get('DEPT-A')!;
    const b = byDepartment.get('DEPT-B')!;
    assert.deepEqual([a.received, a.answered, a.answerRate], [90, 90, 100]);
    assert.deepEqual([b.received, b.answered, b.answerRate], [150, 150, 100]);
    assert.equal(a.onTime, 90 - 13); // i = 0, 7, …, 84
    assert.equal(a.satisfied + b.satisfied, overall.satisfied);
    assert.equal(overall.rated, 180);
  });

  it('adds up statistics of parts to those of the whole, rates taken anew', () => {
    const letters = population(5832, 5187, 50, (i) => (i % 2 ? 'DEPT-A' : 'DEPT-B'));
    const whole = letterStatistics(letters, { mailboxes, calendar: cal }).overall;
    const parts = [letters.slice(0, 1000), letters.slice(1000, 4321), letters.slice(4321)].map(
      (part) => letterStatistics(part, { mailboxes, calendar: cal }).overall,
    );
    assert.deepEqual(sumLetterStatistics(parts), whole);
    assert.equal(sumLetterStatistics(parts).answerRate, 88.94);
    assert.deepEqual(sumLetterStatistics([]), letterStatistics([], { mailboxes, calendar: cal }).overall);
  });

  it('filters by submission period, and reports null rates for nothing', () => {
    const { overall } = letterStatistics(
      population(10, 5, 2, () => 'D'),
      { mailboxes, calendar: cal, from: '2025-04-01' },
    );
    assert.equal(overall.received, 0);
    assert.equal(overall.answerRate, null);
  });

  it('the fixture has letters in every status, and its statistics add up', async () => {
    const { cluster } = await fixture();
    const site = cluster.site('xlgl');
    const statuses = new Set(cluster.sitesAt('region').flatMap((s) => s.letters.map(currentStatus)));
    for (const status of LETTER_STATUSES)
      assert.ok(
        [...cluster.sites.values()].some((s) => s.letters.some((l) => currentStatus(l) === status)),
        `no ${status} letter`,
      );
    assert.ok(statuses.size >= 4);
    const { overall, byDepartment } = letterStatistics(site.letters, {
      mailboxes: cluster.mailboxes('xlgl'),
      calendar: cluster.calendar,
    });
    assert.equal(overall.received, site.letters.length);
    assert.equal(overall.answered, site.letters.filter((l) => currentStatus(l) === 'replied').length);
    assert.ok(byDepartment.size >= 5, 'the main portal forwards letters to several departments');
    const flags = site.letters.map((l) =>
      letterFlags(l, cluster.mailboxes('xlgl').get(l.mailboxId)!, cluster.calendar, '2026-11-20'),
    );
    assert.ok(flags.some((f) => f.overdue));
    assert.ok(flags.some((f) => f.repliedOnTime === false));
  });
});
