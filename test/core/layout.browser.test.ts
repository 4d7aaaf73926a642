import { expect } from '@esm-bundle/chai';
import { loadFontStack, layoutText, toSVG, ColumnIndexError } from '@bichig/core';
import { snapshotOf, GOLDEN_OPTIONS } from './layout-golden.js';

const fonts = ['../../fonts/NotoSansMongolian-Regular.woff2', '../../fonts/NotoSansSC-GB2312-Regular.woff2'].map(
  (path) => new URL(path, import.meta.url).href,
);
const goldenUrl = new URL('./fixtures/layout-golden.json', import.meta.url).href;

describe('@bichig/core layout in Chromium', () => {
  it('lays out the golden input exactly as Node does (fonts loaded as WOFF2 over HTTP)', async () => {
    const stack = await loadFontStack(fonts);
    const { paragraphs, snapshot } = await (await fetch(goldenUrl)).json();
    const layout = layoutText(paragraphs, { fonts: stack, ...GOLDEN_OPTIONS });
    expect(snapshotOf(layout)).to.deep.equal(snapshot);
  });

  it('builds glyphs and clusters per column on demand: the same objects as the whole arrays, carets agreeing with them', async () => {
    const stack = await loadFontStack(fonts);
    const { paragraphs } = await (await fetch(goldenUrl)).json();
    const lazy = layoutText(paragraphs, { fonts: stack, ...GOLDEN_OPTIONS });
    const reference = layoutText(paragraphs, { fonts: stack, ...GOLDEN_OPTIONS });
    // Before anything is built: carets and hit-tests from the column plans.
    const carets = reference.clusters.map((cluster) => lazy.caretRect(cluster.start));
    const hits = reference.clusters.map((cluster) =>
      lazy.hitTest(cluster.box.x + 1, cluster.box.y + cluster.box.height / 4),
    );
    reference.clusters.forEach((cluster, i) => {
      expect(carets[i]).to.deep.equal({ x: cluster.box.x, y: cluster.box.y, width: cluster.box.width, height: 0 });
      if (cluster.box.height > 0) expect(hits[i]).to.equal(cluster.start);
    });
    // A renderer drawing the third column only, then everything.
    const third = lazy.glyphsInColumn(2);
    expect(third.length).to.be.greaterThan(10);
    const all = lazy.glyphs;
    let at = 0;
    for (const column of lazy.columns) {
      const glyphs = lazy.glyphsInColumn(column.index);
      glyphs.forEach((glyph, i) => expect(glyph).to.equal(all[at + i]));
      lazy.clustersInColumn(column.index).forEach((cluster) => expect(cluster.column).to.equal(column.index));
      at += glyphs.length;
    }
    expect(at).to.equal(all.length);
    expect(lazy.glyphsInColumn(2)).to.equal(third);
    expect(snapshotOf(lazy)).to.deep.equal(snapshotOf(reference));
    expect(() => lazy.glyphsInColumn(lazy.columns.length)).to.throw(ColumnIndexError);
  });

  it('renders the layout as SVG whose glyphs land inside their columns', async () => {
    const stack = await loadFontStack(fonts);
    const layout = layoutText(['ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ', '中文'], { fonts: stack, blockSize: 300, fontSize: 32 });
    const host = document.createElement('div');
    host.innerHTML = toSVG(layout);
    document.body.append(host);
    const svg = host.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('lang')).to.equal('mn-Mong');
    const uses = [...svg.querySelectorAll('use')];
    expect(uses.length).to.be.greaterThan(5);
    const origin = svg.getBoundingClientRect();
    const inked = layout.glyphs.filter((g) => layout.fonts[g.font]!.font.glyphPath(g.id) !== '');
    expect(uses.length).to.equal(inked.length);
    uses.forEach((use, i) => {
      const box = use.getBoundingClientRect();
      const column = layout.columns[layout.clusters[inked[i]!.cluster]!.column]!.box;
      expect(box.height).to.be.greaterThan(0);
      // Chromium draws each glyph's ink centred in the column the layout put it in.
      const centre = box.left + box.width / 2 - origin.left;
      expect(centre).to.be.within(column.x, column.x + column.width);
      expect(box.top - origin.top).to.be.within(-1, layout.height);
    });
    host.remove();
  });
});
