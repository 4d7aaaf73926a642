// A mailbox slice's cluster file carries the organisations its site names, and those above them,
// not every organisation of the cluster with its leaders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { orgsNamedBy, type SiteFile } from '../../demo-site/src/build/published-data.js';

const ORGS = [
  { code: 'LEAGUE', name: { zh: '盟' } },
  { code: 'BANNER', name: { zh: '旗' }, parentCode: 'LEAGUE' },
  { code: 'BUREAU', name: { zh: '局' }, parentCode: 'BANNER' },
  { code: 'OTHER', name: { zh: '别的' }, parentCode: 'LEAGUE' },
  { code: 'UNUSED', name: { zh: '无关' } },
];

test('keeps the organisations a slice names, with their parents, and no other', () => {
  const slice: SiteFile = {
    id: 'site',
    orgCode: 'LEAGUE',
    mailboxes: [{ id: 'm', publishedStatistics: { byDepartment: [{ orgCode: 'BUREAU' }] } }],
  };
  const kept = orgsNamedBy(ORGS, slice).map((org) => (org as { code: string }).code);
  assert.deepEqual(kept, ['LEAGUE', 'BANNER', 'BUREAU']);
});

test("a slice naming only its site's organisation keeps it and those above it", () => {
  const kept = orgsNamedBy(ORGS, { id: 'site', orgCode: 'OTHER' }).map((org) => (org as { code: string }).code);
  assert.deepEqual(kept, ['LEAGUE', 'OTHER']);
});
