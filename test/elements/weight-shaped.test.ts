// The shaped renderer's font traffic, on a page of its own (no native element registers the
// Mongolian WOFF2 first): Mongolian text is shaped from the gzip-wrapped TTF, which the browser
// decompresses natively, so no WOFF2 decoder module and no Mongolian WOFF2 are requested, and the
// page's "Bichig Mongolian" face (the transparent text layer) comes from the same bytes. Mixed
// text then needs the Chinese WOFF2, and with it the decoder (the positive control).
import { expect } from '@esm-bundle/chai';
import type { BichigText } from '@bichig/elements';

performance.setResourceTimingBufferSize(100_000);

const mark = (): number => performance.getEntriesByType('resource').length;
const namesSince = (from: number): string[] =>
  performance
    .getEntriesByType('resource')
    .slice(from)
    .map((entry) => entry.name);

/** The WOFF2 decoder: core's lazy `import('woff2-encoder/decompress')` and what it pulls in. */
const DECODER = /woff2-encoder|decompress/;

async function mountShaped(text: string): Promise<BichigText> {
  const element = document.createElement('bichig-text') as BichigText;
  element.setAttribute('renderer', 'shaped');
  element.textContent = text;
  element.addEventListener('bichig-fallback', (event) => {
    throw new Error(`unexpected fallback: ${event.detail.error.message}`);
  });
  document.body.append(element);
  const rendered = await element.whenRendered();
  expect(rendered.renderer).to.equal('shaped');
  return element;
}

describe('shaped <bichig-text>: font requests (a page of its own)', () => {
  let start = 0;
  before(() => {
    start = mark();
  });

  it('Mongolian-only text: the .ttf.gz, no WOFF2 decoder, no Mongolian WOFF2, and the page face from the same bytes', async () => {
    await import('@bichig/elements/bichig-text.js');
    const element = await mountShaped('ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ᠌ ᠤᠨ ᠨᠡᠷ᠎ᠡ');
    const names = namesSince(start);
    // Positive controls: the recording sees the shaping code, HarfBuzz and the shaping font.
    expect(names.some((name) => name.includes('/packages/core/'))).to.equal(true);
    expect(names.some((name) => name.includes('harfbuzz'))).to.equal(true);
    expect(names.filter((name) => name.includes('NotoSansMongolian-Regular.ttf.gz'))).to.have.length(1);
    expect(names.filter((name) => DECODER.test(name))).to.deep.equal([]);
    expect(names.filter((name) => /NotoSansMongolian-Regular\.woff2|NotoSansSC/.test(name))).to.deep.equal([]);
    // The text layer's face exists and is loaded, registered from bytes (no URL to fetch).
    const faces = [...document.fonts].filter((face) => face.family.replace(/"/g, '') === 'Bichig Mongolian');
    expect(faces).to.have.length(1);
    expect(faces[0]!.status).to.equal('loaded');
    expect(document.fonts.check('16px "Bichig Mongolian"', 'ᠮᠣᠩᠭᠣᠯ')).to.equal(true);
    expect(element.shadowRoot!.querySelector('.glyphs svg')).to.not.equal(null);
    element.remove();
    start = mark();
  });

  it('mixed text: the Chinese WOFF2 and the WOFF2 decoder load, the Mongolian file is not fetched again', async () => {
    const element = await mountShaped('ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ 蒙古文 Unicode 2026');
    const names = namesSince(start);
    expect(names.some((name) => name.includes('NotoSansSC-GB2312-Regular.woff2'))).to.equal(true);
    expect(names.some((name) => DECODER.test(name))).to.equal(true);
    expect(names.filter((name) => name.includes('NotoSansMongolian'))).to.deep.equal([]);
    element.remove();
  });
});
