// A layout builds its LayoutGlyph/LayoutCluster objects only when they are read: all at once
// (glyphs, clusters) or a column at a time (glyphsInColumn, clustersInColumn). These tests check
// that every way of reading gives the same objects, and that hit-testing, carets and selection
// (which work without building them) agree with the clusters once they are built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { layoutText, ColumnIndexError, Shaper } from '@bichig/core';
import type { LayoutOptions, TextLayout } from '@bichig/core';
import { projectFonts, UDHR_MN, UDHR_ZH } from './helpers.js';

const PARAGRAPHS = [UDHR_MN, UDHR_ZH, 'abc 12 ᠮᠣᠩᠭᠣᠯ 2024 😀', '', UDHR_MN.split(' ').reverse().join(' ')];

async function options(extra: Partial<LayoutOptions> = {}): Promise<LayoutOptions> {
  const { stack } = await projectFonts();
  return { fonts: stack, blockSize: 260, fontSize: 20, columnGap: 6, paragraphIndent: 20, align: 'justify', ...extra };
}

function checkColumnsMatchWhole(layout: TextLayout): void {
  const glyphs = layout.glyphs;
  const clusters = layout.clusters;
  let glyphAt = 0;
  let clusterAt = 0;
  for (const column of layout.columns) {
    const columnGlyphs = layout.glyphsInColumn(column.index);
    const columnClusters = layout.clustersInColumn(column.index);
    assert.equal(layout.glyphsInColumn(column.index), columnGlyphs, 'a column is built once');
    columnClusters.forEach((cluster, i) => {
      assert.equal(cluster, clusters[clusterAt + i], `cluster ${clusterAt + i} is the same object`);
      assert.equal(cluster.column, column.index);
    });
    columnGlyphs.forEach((glyph, i) => {
      assert.equal(glyph, glyphs[glyphAt + i], `glyph ${glyphAt + i} is the same object`);
      assert.equal(clusters[glyph.cluster]!.column, column.index);
    });
    glyphAt += columnGlyphs.length;
    clusterAt += columnClusters.length;
  }
  assert.equal(glyphAt, glyphs.length, 'the columns hold every glyph');
  assert.equal(clusterAt, clusters.length, 'the columns hold every cluster');
}

test('glyphsInColumn/clustersInColumn give the objects of glyphs/clusters, column by column, whichever is read first', async () => {
  const opts = await options();
  // Columns first (some of them), then everything.
  const columnsFirst = layoutText(PARAGRAPHS, opts);
  const early = [3, 0, columnsFirst.columns.length - 1].map(
    (i) => [columnsFirst.glyphsInColumn(i), columnsFirst.clustersInColumn(i)] as const,
  );
  checkColumnsMatchWhole(columnsFirst);
  assert.equal(columnsFirst.glyphsInColumn(3), early[0]![0]);
  // Everything first, then columns.
  const wholeFirst = layoutText(PARAGRAPHS, opts);
  assert.ok(wholeFirst.glyphs.length > 400 && wholeFirst.columns.length > 10);
  checkColumnsMatchWhole(wholeFirst);
  // Both orders build the same layout.
  assert.deepEqual(columnsFirst.glyphs, wholeFirst.glyphs);
  assert.deepEqual(columnsFirst.clusters, wholeFirst.clusters);
  // The empty paragraph's column holds nothing but its line break.
  const empty = wholeFirst.columns.filter((c) => wholeFirst.text.slice(c.start, c.end) === '\n');
  assert.equal(empty.length, 1);
  assert.deepEqual(wholeFirst.glyphsInColumn(empty[0]!.index), []);
  assert.deepEqual(
    wholeFirst.clustersInColumn(empty[0]!.index).map((c) => wholeFirst.text.slice(c.start, c.end)),
    ['\n'],
    'the empty paragraph keeps its separator as a cluster with no glyph',
  );
});

test('clusterAt gives the very object of clusters, built or not', async () => {
  const opts = await options();
  const layout = layoutText(PARAGRAPHS, opts);
  const offsets = [0, 5, UDHR_MN.length, UDHR_MN.length + 3, layout.text.length - 1];
  const early = offsets.map((offset) => layout.clusterAt(offset)!);
  for (const [i, offset] of offsets.entries()) {
    const cluster = early[i]!;
    assert.ok(cluster.start <= offset && offset < cluster.end, `cluster at ${offset}`);
    const index = layout.clusters.findIndex((c) => c.start <= offset && offset < c.end);
    assert.equal(cluster, layout.clusters[index], 'the same object as in clusters');
  }
  assert.equal(layout.clusterAt(-1), undefined);
  assert.equal(layout.clusterAt(layout.text.length), undefined);
});

test('an index that is not a column throws ColumnIndexError naming it', async () => {
  const layout = layoutText(['ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ', '中文'], await options());
  const count = layout.columns.length;
  for (const bad of [-1, count, 0.5, Number.NaN, Infinity, '0' as unknown as number]) {
    for (const read of [(i: number) => layout.glyphsInColumn(i), (i: number) => layout.clustersInColumn(i)]) {
      assert.throws(
        () => read(bad),
        (e: unknown) =>
          e instanceof ColumnIndexError &&
          e instanceof RangeError &&
          Object.is(e.column, bad) &&
          e.columnCount === count &&
          e.message.includes(String(bad)),
      );
    }
  }
});

test('hit-testing, carets and selection rectangles (computed without building clusters) agree with the built clusters', async () => {
  const opts = await options({ align: 'center' });
  const fresh = layoutText(PARAGRAPHS, opts);
  const reference = layoutText(PARAGRAPHS, opts);
  const clusters = reference.clusters;
  // Queries on `fresh` run before any of its glyphs or clusters exist.
  const answers = clusters.map((cluster) => ({
    caret: fresh.caretRect(cluster.start),
    selection: fresh.rangeRects(cluster.start, cluster.end),
    hit: fresh.hitTest(cluster.box.x + cluster.box.width / 2, cluster.box.y + cluster.box.height / 4),
  }));
  clusters.forEach((cluster, i) => {
    const { caret, selection, hit } = answers[i]!;
    assert.deepEqual(
      caret,
      { x: cluster.box.x, y: cluster.box.y, width: cluster.box.width, height: 0 },
      `caret at ${cluster.start}`,
    );
    assert.deepEqual(selection, [cluster.box], `selection of cluster ${i}`);
    if (cluster.box.height > 0) assert.equal(hit, cluster.start, `hit in cluster ${i}`);
  });
  // A selection across columns: one rectangle per column, spanning its clusters exactly.
  const [a, b] = [reference.columns[1]!, reference.columns[4]!];
  const rects = fresh.rangeRects(a.start + 2, b.end - 2);
  assert.equal(rects.length, 4);
  rects.forEach((rect, i) => {
    const inColumn = reference.clustersInColumn(a.index + i).filter((c) => c.end > a.start + 2 && c.start < b.end - 2);
    const first = inColumn[0]!.box;
    const last = inColumn.at(-1)!.box;
    assert.deepEqual(rect, { x: first.x, y: first.y, width: first.width, height: last.y + last.height - first.y });
  });
});

test('a click in the empty column after a final line break puts the caret at the end of the text', async () => {
  const layout = layoutText('ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ\n', await options({ paragraphIndent: 0, align: 'top' }));
  const last = layout.columns.at(-1)!;
  assert.equal(last.start, layout.text.length);
  assert.equal(last.end, layout.text.length);
  const hit = layout.hitTest(last.box.x + last.box.width / 2, 100);
  assert.equal(hit, layout.text.length);
  assert.deepEqual(layout.caretRect(hit), { x: last.box.x, y: 0, width: last.box.width, height: 0 });
  // Below the text of the column before it: before its line break, which stays in that column.
  const previous = layout.columns.at(-2)!;
  assert.equal(layout.hitTest(previous.box.x + 1, 250), layout.text.length - 1);
});

// Pieces of real and hostile text for the property below.
const piece = fc.oneof(
  fc.constantFrom(...UDHR_MN.split(' ')),
  fc.constantFrom(...[...UDHR_ZH]),
  fc.constantFrom(' ', ' ', '\n', '\r\n', '\t', '\u3000', '\u202f', '12', '2024', 'abc', '😀', '\ud800'),
  fc.string({ unit: 'binary', maxLength: 4 }),
);

test('a re-layout from the caches equals a layout from scratch, for any text, block size and alignment', async () => {
  const { stack } = await projectFonts();
  const shaper = new Shaper({ cacheSize: 400 });
  fc.assert(
    fc.property(
      fc.array(piece, { maxLength: 60 }).map((p) => p.join('')),
      fc.array(fc.integer({ min: 10, max: 500 }), { minLength: 2, maxLength: 3 }),
      fc.constantFrom('top', 'center', 'bottom', 'justify'),
      (text, blockSizes, align) => {
        for (const blockSize of blockSizes) {
          const cached = layoutText(text, { fonts: stack, blockSize, align: align as 'top', shaper });
          const scratch = layoutText(text, { fonts: stack, blockSize, align: align as 'top', shaper: new Shaper() });
          assert.deepEqual(cached.columns, scratch.columns);
          assert.deepEqual(cached.clusters, scratch.clusters);
          assert.deepEqual(cached.glyphs, scratch.glyphs);
          assert.deepEqual(cached.missing, scratch.missing);
        }
      },
    ),
    { numRuns: 60 },
  );
});
