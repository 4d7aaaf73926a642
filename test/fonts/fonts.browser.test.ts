import { expect } from '@esm-bundle/chai';
import * as hb from 'harfbuzzjs';

const FONT_URL = new URL('../../fonts/NotoSansMongolian-Regular.woff2', import.meta.url).href;
const TTF_URL = new URL('../../fonts/NotoSansMongolian-Regular.ttf', import.meta.url).href;
const WORD = 'ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ';

describe('the project Mongolian font in Chromium', () => {
  it('lays out vertical Mongolian with the width HarfBuzz computes for the project font', async () => {
    const face = new FontFace('BichigTestMongolian', `url(${FONT_URL}) format("woff2")`);
    document.fonts.add(await face.load());
    const host = document.createElement('div');
    host.lang = 'mn-Mong';
    host.style.cssText =
      'writing-mode: vertical-lr; font: 100px BichigTestMongolian; line-height: 1; white-space: nowrap; position: absolute';
    host.textContent = WORD;
    document.body.append(host);

    // Vertical Mongolian is horizontal text rotated 90°, so its block-direction length (height)
    // is the sum of the horizontal advances that HarfBuzz gives for the same font.
    const bytes = new Uint8Array(await (await fetch(TTF_URL)).arrayBuffer());
    const font = new hb.Font(new hb.Face(new hb.Blob(bytes)));
    const buffer = new hb.Buffer();
    buffer.addText(WORD);
    buffer.guessSegmentProperties();
    hb.shape(font, buffer);
    const upem = font.face.upem;
    const expected = buffer.getGlyphPositions().reduce((sum, p) => sum + p.xAdvance, 0) * (100 / upem);

    const measured = host.getBoundingClientRect().height;
    expect(measured).to.be.closeTo(expected, 2);
    host.remove();
  });
});
