// The build's wrapping of words some engines shape wrongly natively (FVS1–4, ZWJ): each such word of
// a Mongolian page's prose is wrapped with HarfBuzz's advance and the URL of its outline file, the
// text stays exactly the same, and the file holds the word's glyphs as the shaper sets them.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Shaper, loadFont } from '@bichig/core';
import { wrapNativeRuns } from '../../demo-site/src/build/native-text.js';
import { VariantWords, isVariantWord } from '../../demo-site/src/build/variant-words.js';
import { ENGINE_PROBE, type WordOutline } from '../../demo-site/src/client/variant-word-format.js';

const FONT = new Uint8Array(readFileSync(new URL('../../fonts/NotoSansMongolian-Regular.ttf', import.meta.url)));
const page = (body: string) =>
  `<!doctype html><html lang="mn-Mong"><head><title>ᠳ᠋ᠤᠭᠠᠷ</title></head><body>${body}</body></html>`;
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

let dir: string;
let words: VariantWords;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'variant-words-'));
  words = await VariantWords.create(FONT, dir, '/fonts/words/');
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('variant words', () => {
  it('knows the words an engine breaks: a free variation selector, a ZWJ or a ZWNJ, not NNBSP or MVS', () => {
    for (const word of ['ᠳ\u180Bᠤᠭᠠᠷ', 'ᠨᠠᠢ\u180Cᠮᠠ', 'ᠤᠭ\u180Dᠡ', 'ᠤᠭ\u180Fᠡ', '\u200Dᠭ', 'ᠭ\u200D', 'ᠠ\u200Cᠠ'])
      assert.ok(isVariantWord(word), word);
    for (const word of ['ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ', 'ᠨᠡᠷ\u180Eᠡ', 'ᠪᠢᠴᠢᠭ']) assert.ok(!isVariantWord(word), word);
  });

  it('wraps each such word of the prose, suffix and all, keeping the text and everything else exact', () => {
    const body =
      '<main><dl><dt>ᠪᠢᠴᠢᠭ\u202Fᠦᠨ ᠳ\u180Bᠤᠭᠠᠷ</dt><dd>ᠳ\u180Bᠤᠭᠠᠷ\u202Fᠤᠨ ᠂ 12 &amp; ᠤᠭ\u180Dᠡ</dd></dl>' +
      '<a href="/x" title="ᠳ\u180Bᠤᠭᠠᠷ">ᠪᠢᠴᠢᠭ</a><script>"ᠳ\u180Bᠤᠭᠠᠷ"</script></main>';
    const out = wrapNativeRuns(page(body), (text) => words.wrap(text));
    assert.equal(textOf(out), textOf(wrapNativeRuns(page(body))), 'the text is the same');
    const wrapped = [...out.matchAll(/<span class="variant-word" ([^>]*)>([^<]*)<\/span>/g)];
    assert.deepEqual(
      wrapped.map((m) => m[2]),
      ['ᠳ\u180Bᠤᠭᠠᠷ', 'ᠳ\u180Bᠤᠭᠠᠷ\u202Fᠤᠨ', 'ᠤᠭ\u180Dᠡ'],
    );
    for (const [, attributes] of wrapped)
      assert.match(
        attributes!,
        /^data-advance="\d+(\.\d+)?" data-glyphs="\d+" data-outline="\/fonts\/words\/[0-9a-f]{16}\.json"$/,
      );
    assert.ok(
      out.includes('title="ᠳ\u180Bᠤᠭᠠᠷ"') && out.includes('<script>"ᠳ\u180Bᠤᠭᠠᠷ"</script>'),
      'attributes and scripts untouched',
    );
    assert.ok(out.includes('<span class="mlreq-keep"> ᠂</span>'), 'the mlreq wrapping still applies');
    assert.equal(readdirSync(dir).length, 3, 'one outline file per distinct word');
  });

  it("writes the word's glyphs as HarfBuzz shapes them, rotated into a box as wide as the font's content area", async () => {
    const word = 'ᠳ\u180Bᠤᠭᠠᠷ';
    const html = words.wrap(word)!;
    const [, advance, glyphs, url] = /data-advance="([^"]+)" data-glyphs="(\d+)" data-outline="([^"]+)"/.exec(html)!;
    const outline = JSON.parse(readFileSync(join(dir, url!.split('/').pop()!), 'utf8')) as WordOutline;
    const font = await loadFont(FONT);
    const run = new Shaper({ cacheSize: 0 }).shape(font, word, { direction: 'ltr', script: 'Mong' });
    assert.equal(outline.word, word);
    assert.equal(outline.height, run.advance);
    assert.equal(Number(advance), Math.round((run.advance / 1000) * 10_000) / 10_000);
    assert.equal(Number(glyphs), run.length);
    assert.equal(outline.width, font.metrics.ascender - font.metrics.descender);
    const inked = run.glyphs().filter((g) => font.glyphPath(g.id) !== '');
    assert.deepEqual(
      outline.glyphs.map((g) => g.d),
      inked.map((g) => font.glyphPath(g.id)),
    );
    // Each glyph on the baseline (-descender from the left edge), one after the other down the column.
    assert.deepEqual(outline.glyphs[0]!.transform, [
      0,
      1,
      1,
      0,
      -font.metrics.descender + inked[0]!.yOffset,
      inked[0]!.xOffset,
    ]);
    assert.ok(outline.glyphs.every((g, i) => i === 0 || g.transform[5]! > outline.glyphs[i - 1]!.transform[5]!));
  });

  it("the client's engine probe is a variant word with HarfBuzz's advance and glyph count in the project font", async () => {
    const font = await loadFont(FONT);
    const run = new Shaper({ cacheSize: 0 }).shape(font, ENGINE_PROBE.word, { direction: 'ltr', script: 'Mong' });
    assert.ok(isVariantWord(ENGINE_PROBE.word));
    assert.equal(ENGINE_PROBE.advance, Math.round((run.advance / font.metrics.unitsPerEm) * 10_000) / 10_000);
    assert.equal(ENGINE_PROBE.glyphs, run.length);
  });

  it('leaves text without such words as it was', () => {
    assert.equal(words.wrap('ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ ᠪᠢᠴᠢᠭ'), undefined);
    const body = '<p>ᠮᠣᠩᠭᠣᠯ &amp; ᠪᠢᠴᠢᠭ</p>';
    assert.equal(
      wrapNativeRuns(page(body), (text) => words.wrap(text)),
      wrapNativeRuns(page(body)),
    );
  });
});
