// Issue #17: every text a Mongolian site shows has its Mongolian, and validation says where one is
// missing (a typed issue with the JSON path) without dropping the record.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mongolianSiteGaps } from '@bichig/cluster';
import { fixture, freshCluster, siteFile } from './helpers.js';

describe('Mongolian sites hold their texts in Mongolian', () => {
  test('the fixture has no gap: every Mongolian site and the organisations they name', async () => {
    const { cluster, errors } = await fixture();
    assert.deepEqual(
      errors.filter((e) => e.code === 'missing-mongolian'),
      [],
    );
    const mongolian = [...cluster.sites.values()].filter((s) => s.language === 'mn');
    assert.ok(mongolian.length >= 3);
    for (const site of mongolian) {
      assert.deepEqual(mongolianSiteGaps(site), [], site.id);
      assert.ok(site.services.length > 0 && site.services.every((s) => s.conditions.every((c) => c.mn)), site.id);
      assert.ok(
        site.mailboxes.every((m) => m.instructions === undefined || m.instructions.mn),
        site.id,
      );
      assert.ok(
        site.prices.every((r) => r.prices.every((p) => p.name.mn && p.unit.mn)),
        `${site.id}: price names and units`,
      );
    }
  });

  test('a service guide, a mailbox instruction and a price unit without Mongolian are reported by path, and kept', () => {
    const { cluster, errors } = freshCluster((files) => {
      const site = siteFile(files, 'dwq-mn');
      delete site['services'][0].conditions[1].mn;
      delete site['services'][0].steps[2].description.mn;
      site['services'][0].hours = { zh: '工作日 9:00—17:00' };
      delete site['mailboxes'][0].instructions.mn;
      delete site['prices'][3].prices[1].unit.mn;
      site['supplyDemand'][0].unit = '只';
    });
    const gaps = errors.filter((e) => e.code === 'missing-mongolian');
    assert.deepEqual(
      gaps.map((e) => [e.file, e.path, e.dropped]),
      [
        ['sites/dwq-mn.json', '$.services[0].conditions[1]', 'nothing'],
        ['sites/dwq-mn.json', '$.services[0].steps[2].description', 'nothing'],
        ['sites/dwq-mn.json', '$.services[0].hours', 'nothing'],
        ['sites/dwq-mn.json', '$.mailboxes[0].instructions', 'nothing'],
        ['sites/dwq-mn.json', '$.prices[3].prices[1].unit', 'nothing'],
        ['sites/dwq-mn.json', '$.supplyDemand[0].unit', 'nothing'],
      ],
    );
    assert.match(gaps[2]!.received, /工作日/);
    assert.match(gaps[0]!.expected, /Mongolian/);
    // Nothing was dropped: the page can still show the Chinese, marked as such.
    assert.equal(cluster.site('dwq-mn').services[0]!.hours.zh, '工作日 9:00—17:00');
    assert.equal(errors.length, gaps.length);
  });

  test('a Chinese site needs no Mongolian', () => {
    const { errors } = freshCluster((files) => {
      const site = siteFile(files, 'dwq');
      site['services'][0].hours = { zh: '工作日 9:00—17:00' };
    });
    assert.deepEqual(errors, []);
  });

  test('an organisation that runs a Mongolian site names its leaders in Mongolian', () => {
    const { errors } = freshCluster((files) => {
      const manifest = files['cluster.json'] as { orgs: { leaders: { name: { mn?: string } }[] }[] };
      delete manifest.orgs[0]!.leaders[1]!.name.mn;
    });
    assert.deepEqual(
      errors.map((e) => [e.file, e.path, e.code]),
      [['cluster.json', '$.orgs[0].leaders[1].name', 'missing-mongolian']],
    );
  });
});
