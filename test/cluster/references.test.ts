import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DuplicateReferenceError, type Reference } from '@bichig/cluster';
import { FIXTURE_NOW, fixture, freshCluster, siteFile } from './helpers.js';

describe('content sharing', () => {
  it('an aggregated column gathers the news of the sub-sites at the chosen level, newest first', async () => {
    const { cluster } = await fixture();
    const items = cluster.columnItems('xlgl', 'banner-news', { now: FIXTURE_NOW });
    assert.ok(items.length > 100);
    const sources = new Set(items.map((i) => i.siteId));
    assert.ok(sources.has('dwq') && sources.has('wlgq'));
    for (const item of items) {
      assert.equal(item.via, 'aggregated');
      assert.equal(cluster.site(item.siteId).level, 'banner-county');
      assert.equal(cluster.column(item.siteId, item.article.columnId).type, 'news');
      assert.equal(item.article.status, 'published');
    }
    const times = items.map((i) => Date.parse(i.article.publishedAt));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => b - a),
    );
    // Department news goes to its own aggregated column, not this one.
    assert.ok(!sources.has('nmj'));
    assert.ok(cluster.columnItems('xlgl', 'dept-news', { now: FIXTURE_NOW }).some((i) => i.siteId === 'nmj'));
  });

  it('aggregation stays within the language: the Mongolian portal gathers only Mongolian banner sites', async () => {
    const { cluster } = await fixture();
    const items = cluster.columnItems('xlgl-mn', 'banner-news', { now: FIXTURE_NOW });
    assert.ok(items.length > 0);
    assert.deepEqual([...new Set(items.map((i) => i.siteId))].sort(), ['dwq-mn', 'xhq-mn']);
  });

  it('a quote follows its source: editing the source changes what the quoting column shows', () => {
    const { cluster } = freshCluster();
    const quote = cluster.site('snzq').references.find((r) => r.mode === 'quote' && r.approved)!;
    const source = cluster.article(quote.sourceArticleId).article;
    source.title = '锡林郭勒盟召开全盟草原保护工作会议（更新）';
    const shown = cluster
      .columnItems('snzq', quote.targetColumnId, { now: FIXTURE_NOW })
      .find((i) => i.reference?.id === quote.id);
    assert.equal(shown?.via, 'quote');
    assert.equal(shown?.siteId, 'xlgl');
    assert.equal(shown?.article.title, '锡林郭勒盟召开全盟草原保护工作会议（更新）');
  });

  it('a copy does not follow its source', () => {
    const { cluster } = freshCluster();
    const copyRef = cluster.site('xlht').references.find((r) => r.mode === 'copy')!;
    const source = cluster.article(copyRef.sourceArticleId).article;
    const before = cluster.article(copyRef.copyId!).article.title;
    source.title = '已修改的标题';
    const item = cluster
      .columnItems('xlht', 'region-news', { now: FIXTURE_NOW })
      .find((i) => i.canonicalId === source.id)!;
    assert.equal(item.via, 'copy');
    assert.equal(item.article.title, before);
  });

  it('revoking a source revokes its quotes and links at once; copies stay', () => {
    const { cluster } = freshCluster();
    const target = cluster.site('xlht').references.find((r) => r.mode === 'copy')!.sourceArticleId;
    const quotedBy = cluster.referencesTo(target).filter((p) => p.reference.mode !== 'copy');
    assert.ok(quotedBy.length > 10);
    for (const p of quotedBy) {
      if (p.reference.approved)
        assert.ok(
          cluster
            .columnItems(p.siteId, p.reference.targetColumnId, { now: FIXTURE_NOW })
            .some((i) => i.canonicalId === target),
        );
    }
    const withdrawn = cluster.revokeArticle(target);
    assert.deepEqual(
      withdrawn.map((p) => `${p.siteId}/${p.reference.id}`).sort(),
      quotedBy.map((p) => `${p.siteId}/${p.reference.id}`).sort(),
    );
    for (const p of quotedBy) {
      assert.ok(
        !cluster
          .columnItems(p.siteId, p.reference.targetColumnId, { now: FIXTURE_NOW })
          .some((i) => i.canonicalId === target),
        `${p.siteId} still shows it`,
      );
    }
    assert.ok(!cluster.columnItems('xlgl', 'news', { now: FIXTURE_NOW }).some((i) => i.article.id === target));
    const copy = cluster.columnItems('xlht', 'region-news', { now: FIXTURE_NOW }).find((i) => i.canonicalId === target);
    assert.equal(copy?.via, 'copy');
  });

  it('the fixture article revoked after it was quoted is in no column', async () => {
    const { cluster } = await fixture();
    const revoked = cluster
      .site('xlgl')
      .articles.find((a) => a.status === 'revoked' && cluster.referencesTo(a.id).length > 0)!;
    assert.ok(revoked);
    for (const p of cluster.referencesTo(revoked.id)) {
      assert.ok(
        !cluster
          .columnItems(p.siteId, p.reference.targetColumnId, { now: FIXTURE_NOW })
          .some((i) => i.canonicalId === revoked.id),
      );
    }
  });

  it('an article appears at most once per column, whatever brings it there', () => {
    const { cluster } = freshCluster();
    const copyRef = cluster.site('abgq').references.find((r) => r.mode === 'copy')!;
    // Quoting the same source into the column that already holds its copy is refused…
    const quote: Reference = { ...copyRef, id: 'ref-extra', mode: 'quote', copyId: undefined };
    delete (quote as { copyId?: string }).copyId;
    assert.throws(() => cluster.addReference('abgq', quote), DuplicateReferenceError);
    // …and so is referencing an article twice.
    const existing = cluster.site('abgq').references.find((r) => r.mode === 'quote')!;
    assert.throws(() => cluster.addReference('abgq', { ...existing, id: 'ref-again' }), DuplicateReferenceError);
    // A new article can be referenced once.
    const fresh = cluster.site('xlgl').articles.find((a) => a.columnId === 'notices' && a.status === 'published')!;
    cluster.addReference('abgq', { ...existing, id: 'ref-new', sourceArticleId: fresh.id });
    assert.throws(
      () => cluster.addReference('abgq', { ...existing, id: 'ref-new-2', sourceArticleId: fresh.id }),
      DuplicateReferenceError,
    );
    const items = cluster.columnItems('abgq', existing.targetColumnId, { now: FIXTURE_NOW });
    const ids = items.map((i) => i.canonicalId);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(ids.includes(fresh.id));
  });

  it('a duplicate reference in the data is dropped and reported by the loader', () => {
    const { cluster, errors } = freshCluster((files) => {
      const refs = siteFile(files, 'snyq').references;
      refs.push({ ...refs[1], id: 'ref-dup' });
    });
    assert.equal(errors.length, 1);
    assert.match(errors[0]!.expected, /at most once per column/);
    assert.equal(errors[0]!.dropped, 'record');
    assert.ok(!cluster.site('snyq').references.some((r) => r.id === 'ref-dup'));
  });

  it('when own content, a copy and an aggregated item are the same article, the column shows it once, as its own', () => {
    const { cluster } = freshCluster();
    const story = cluster.columnItems('xlgl', 'dept-news', { now: FIXTURE_NOW })[0]!;
    // The department pushes the story it already has in the aggregated column.
    cluster.addReference('xlgl', {
      id: 'ref-push',
      mode: 'quote',
      delivery: 'push',
      autoPublish: true,
      approved: true,
      sourceSiteId: story.siteId,
      sourceArticleId: story.article.id,
      targetColumnId: 'dept-news',
      createdAt: FIXTURE_NOW,
    });
    const items = cluster
      .columnItems('xlgl', 'dept-news', { now: FIXTURE_NOW })
      .filter((i) => i.canonicalId === story.article.id);
    assert.equal(items.length, 1);
    assert.equal(items[0]!.via, 'quote');
  });

  it('unapproved references and unpublished sources stay out', async () => {
    const { cluster } = await fixture();
    const pending = cluster.site('xlgl').references.filter((r) => !r.approved);
    assert.ok(pending.length > 0);
    const shown = new Set(cluster.columnItems('xlgl', 'news', { now: FIXTURE_NOW }).map((i) => i.reference?.id));
    for (const r of pending) assert.ok(!shown.has(r.id));
    for (const r of cluster.site('xlgl').references.filter((x) => x.approved && x.targetColumnId === 'news')) {
      if (cluster.article(r.sourceArticleId).article.status === 'published') assert.ok(shown.has(r.id));
    }
  });

  it('links point to the source site', async () => {
    const { cluster } = await fixture();
    const link = cluster.site('nmj').references.find((r) => r.mode === 'link' && r.approved)!;
    const item = cluster
      .columnItems('nmj', link.targetColumnId, { now: FIXTURE_NOW })
      .find((i) => i.reference?.id === link.id);
    assert.equal(item?.via, 'link');
    assert.equal(item?.siteId, link.sourceSiteId);
  });

  it('pairs zh and mn versions through the content id and counterpart sites', async () => {
    const { cluster } = await fixture();
    const mn = cluster.site('dwq-mn').articles[0]!;
    const zh = cluster.translationOf(mn.id);
    assert.equal(zh?.site.id, 'dwq');
    assert.equal(zh?.article.contentId, mn.contentId);
    assert.equal(cluster.translationOf(zh!.article.id)?.article.id, mn.id);
    assert.equal(cluster.counterpart('xlgl')?.id, 'xlgl-mn');
    assert.deepEqual(
      cluster.ancestry('dwq-wlyst').map((s) => s.id),
      ['xlgl', 'dwq', 'dwq-wlyst'],
    );
  });
});
