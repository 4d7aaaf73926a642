import { expect } from '@esm-bundle/chai';
import { loadFontStack, layoutText, toSVG } from '@bichig/core';
import { snapshotOf, GOLDEN_OPTIONS } from './layout-golden.js';

const fonts = ['../../fonts/NotoSansMongolian-Regular.woff2', '../../fonts/NotoSansSC-GB2312-Regular.woff2'].map((path) => new URL(path, import.meta.url).href);
const goldenUrl = new URL('./fixtures/layout-golden.json', import.meta.url).href;

describe('@bichig/core layout in Chromium', () => {
  it('lays out the golden input exactly as Node does (fonts loaded as WOFF2 over HTTP)', async () => {
    const stack = await loadFontStack(fonts);
    const { paragraphs, snapshot } = await (await fetch(goldenUrl)).json();
    const layout = layoutText(paragraphs, { fonts: stack, ...GOLDEN_OPTIONS });
    expect(snapshotOf(layout)).to.deep.equal(snapshot);
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
