import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutText, toSVG, glyphTransform } from '@bichig/core';
import { projectFonts, UDHR_MN, UDHR_ZH } from './helpers.js';

test('toSVG defines each glyph outline once and reuses it with <use>', async () => {
  const { stack } = await projectFonts();
  const layout = layoutText([UDHR_MN, UDHR_ZH], { fonts: stack, blockSize: 400, fontSize: 20 });
  const svg = toSVG(layout, { idPrefix: 'udhr' });
  const ids = [...svg.matchAll(/<path id="([^"]+)"/g)].map((m) => m[1]!);
  assert.equal(new Set(ids).size, ids.length, 'no outline defined twice');
  const uses = [...svg.matchAll(/<use href="#([^"]+)"/g)].map((m) => m[1]!);
  const inked = layout.glyphs.filter((g) => layout.fonts[g.font]!.font.glyphPath(g.id) !== '');
  assert.equal(uses.length, inked.length, 'one <use> per visible glyph');
  assert.ok(ids.length < uses.length / 2, `${ids.length} outlines for ${uses.length} glyphs`);
  for (const id of uses) assert.ok(ids.includes(id));
  // The first glyph's transform is the layout's.
  const [a, b, c, d, e, f] = glyphTransform(layout, inked[0]!).map((v) => Math.round(v * 1000) / 1000);
  assert.ok(svg.includes(`transform="matrix(${a} ${b} ${c} ${d} ${e} ${f})"`));
});

test('toSVG exposes the text to assistive technology with its language', async () => {
  const { stack } = await projectFonts();
  const layout = layoutText('ᠮᠣᠩᠭᠣᠯ <ᠪᠢᠴᠢᠭ> & "中"', { fonts: stack, blockSize: 400 });
  const svg = toSVG(layout);
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* role="img"/);
  assert.match(svg, / lang="mn-Mong"/);
  assert.ok(svg.includes('aria-label="ᠮᠣᠩᠭᠣᠯ &lt;ᠪᠢᠴᠢᠭ&gt; &amp; &quot;中&quot;"'));
  assert.ok(svg.includes('<title>ᠮᠣᠩᠭᠣᠯ &lt;ᠪᠢᠴᠢᠭ&gt; &amp; &quot;中&quot;</title>'));
  assert.match(toSVG(layout, { lang: 'zh-Hans', label: '标题' }), /lang="zh-Hans"[^>]*aria-label="标题"/);
  assert.match(svg, new RegExp(`width="${layout.width}" height="${layout.height}"`));
});

test('toSVG draws missing characters as .notdef boxes and keeps the XML well formed', async () => {
  const { stack } = await projectFonts();
  const layout = layoutText('ᠠ\u0001\uD800😀', { fonts: stack, blockSize: 400 });
  const svg = toSVG(layout);
  assert.ok(svg.includes('-g0-0"'), 'the .notdef outline is drawn');
  assert.ok(!svg.includes('\u0001'), 'no C0 control in XML');
  assert.doesNotMatch(svg, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/, 'no lone surrogate in XML');
  assert.ok(svg.includes('aria-label="ᠠ\ufffd\ufffd😀"'), 'unrepresentable characters become U+FFFD in the label');
});
