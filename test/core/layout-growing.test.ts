// GrowingLayout: a long text's layout grown a part at a time must be exactly the layout of the
// same prefix laid out at once (and, grown to the end, of the whole text), column by column, on
// real text with many paragraphs (the fixture cluster's articles); and growing must break each
// paragraph about once, not the whole prefix at every step (checked with the layout's work
// counters, not with time).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GrowingLayout, LayoutOptionError, TextRangeError, layoutText } from '@bichig/core';
import type { LayoutOptions, TextLayout } from '@bichig/core';
import { loadXilingolFixture } from '@bichig/fixtures';
import { projectFonts, UDHR_ZH } from './helpers.js';

/** The fixture's published Mongolian paragraphs, in a fixed order, until `size` characters. */
async function fixtureText(size: number): Promise<string> {
  const { cluster } = await loadXilingolFixture();
  const paragraphs: string[] = [];
  let length = 0;
  for (const site of [...cluster.sites.values()].sort((a, b) => a.id.localeCompare(b.id)))
    for (const article of [...site.articles].sort((a, b) => a.id.localeCompare(b.id))) {
      if (article.status !== 'published' || article.language !== 'mn') continue;
      for (const paragraph of article.body.map((p) => p.trim()).filter(Boolean)) {
        if (length >= size) return paragraphs.join('\n');
        paragraphs.push(paragraph);
        length += paragraph.length + 1;
      }
    }
  return paragraphs.join('\n');
}

async function options(extra: Partial<LayoutOptions> = {}): Promise<LayoutOptions> {
  const { stack } = await projectFonts();
  return { fonts: stack, blockSize: 420, fontSize: 20, columnGap: 4, paragraphIndent: 20, align: 'justify', ...extra };
}

/** Real text with every kind of paragraph break: \n, \r\n, \r, an empty paragraph, Chinese between. */
async function mixedText(size: number): Promise<string> {
  const paragraphs = (await fixtureText(size)).split('\n');
  paragraphs.splice(7, 0, UDHR_ZH, '');
  const separators = ['\n', '\r\n', '\n', '\r', '\n', '\n'];
  return paragraphs.reduce((text, p, i) => (i === 0 ? p : text + separators[i % separators.length]! + p), '');
}

/** Paragraph ends (before the separator), as a PrefixLayout grows: about `step` characters at a time. */
function growthEnds(text: string, step: number): number[] {
  const ends: number[] = [];
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x0a && code !== 0x0d) continue;
    if (i - last >= step) ends.push((last = i));
    if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
  }
  ends.push(text.length);
  return ends;
}

/** `grown` and `whole` agree column by column: boxes, offsets, glyphs and clusters; and in what is missing. */
function assertSameLayout(grown: TextLayout, whole: TextLayout, what: string): void {
  assert.equal(grown.text, whole.text, `${what}: text`);
  assert.equal(grown.columns.length, whole.columns.length, `${what}: column count`);
  assert.equal(grown.width, whole.width, `${what}: width`);
  assert.equal(grown.blockSize, whole.blockSize, `${what}: block size`);
  for (let c = 0; c < whole.columns.length; c++) {
    assert.deepEqual(grown.columns[c], whole.columns[c], `${what}: column ${c}`);
    assert.deepEqual(grown.glyphsInColumn(c), whole.glyphsInColumn(c), `${what}: glyphs of column ${c}`);
    assert.deepEqual(grown.clustersInColumn(c), whole.clustersInColumn(c), `${what}: clusters of column ${c}`);
  }
  assert.deepEqual(grown.missing, whole.missing, `${what}: missing characters`);
  assert.equal(grown.caretRect(whole.text.length).x, whole.caretRect(whole.text.length).x, `${what}: caret at the end`);
}

test('grown paragraph by paragraph, each layout is the prefix laid out at once, and the last the whole text', async () => {
  const text = await mixedText(40_000);
  const opts = await options();
  const growing = new GrowingLayout(text, opts);
  const ends = growthEnds(text, 2_000);
  assert.ok(ends.length > 15 && text.split(/\r\n|\n|\r/).length > 100, 'many steps, many paragraphs');
  let previous: TextLayout | undefined;
  for (const end of ends) {
    const grown = growing.layoutTo(end);
    assertSameLayout(grown, layoutText(text.slice(0, end), opts), `prefix of ${end}`);
    if (previous) {
      // All the columns before the prefix's last one stay the same objects: what the renderer keeps drawn.
      assert.ok(growing.keptColumns >= previous.columns.length - 1, `kept ${growing.keptColumns} at ${end}`);
      for (let c = 0; c < growing.keptColumns; c++) assert.equal(grown.columns[c], previous.columns[c]);
      // Earlier layouts do not change as the text grows.
      assert.equal(previous.text.length, ends[ends.indexOf(end) - 1]);
      assert.ok(previous.columns.length < grown.columns.length);
    }
    previous = grown;
  }
  assert.equal(previous!.text, text);
  assertSameLayout(previous!, layoutText(text, opts), 'whole text');
});

test('grown to any offset (inside a word, inside a \\r\\n, onto a Chinese paragraph), at every alignment', async () => {
  const text = await mixedText(12_000);
  for (const align of ['top', 'center', 'bottom', 'justify'] as const) {
    const opts = await options({ align, blockSize: 300 });
    const growing = new GrowingLayout(text, opts);
    const crlf = text.indexOf('\r\n');
    assert.ok(crlf > 0);
    let seed = 11;
    const ends = [0, 5, 900, crlf + 1, crlf + 2, crlf + 40];
    for (let end = crlf + 40; end < text.length;) ends.push((end += 1 + ((seed = (seed * 16807) % 2147483647) % 1500)));
    ends[ends.length - 1] = text.length;
    ends.sort((a, b) => a - b);
    for (const end of ends)
      assertSameLayout(growing.layoutTo(end), layoutText(text.slice(0, end), opts), `${align}, ${end}`);
  }
});

test('growing breaks each paragraph about once: the work of all steps is about that of one layout of the whole text', async () => {
  const text = await fixtureText(120_000);
  const opts = await options();
  layoutText(text, opts); // every paragraph shaped and cached: what is counted is breaking
  const whole = layoutText(text, opts).stats.operations;
  const ends = growthEnds(text, 2_000);
  const growing = new GrowingLayout(text, opts);
  let grown = 0;
  for (const end of ends) grown += growing.layoutTo(end).stats.operations;
  // Laying every prefix out at once instead (the growth's cost before GrowingLayout) does about
  // steps / 2 times the work of one whole layout.
  let prefixes = 0;
  for (const end of ends.filter((_, i) => i % 8 === 0))
    prefixes += layoutText(text.slice(0, end), opts).stats.operations;
  assert.ok(ends.length > 50, `${ends.length} steps`);
  assert.ok(grown <= 1.3 * whole, `growing did ${grown} steps, one whole layout ${whole}`);
  assert.ok(prefixes > 2 * whole, `laying out every 8th prefix did ${prefixes} steps (a check of this test)`);
});

test('rejects an end before the paragraph it grew last, or outside the text, and unusable options', async () => {
  const text = await fixtureText(3_000);
  const growing = new GrowingLayout(text, await options());
  const paragraphEnd = text.indexOf('\n', 1_000);
  growing.layoutTo(paragraphEnd + 10);
  assert.throws(() => growing.layoutTo(paragraphEnd - 1), TextRangeError);
  assert.throws(() => growing.layoutTo(text.length + 1), TextRangeError);
  assert.throws(() => growing.layoutTo(1.5 + paragraphEnd), TextRangeError);
  // Within the last paragraph, shorter is fine.
  assertSameLayout(
    growing.layoutTo(paragraphEnd + 2),
    layoutText(text.slice(0, paragraphEnd + 2), await options()),
    'shorter',
  );
  const unusable = { ...(await options()), blockSize: 0 };
  assert.throws(() => new GrowingLayout(text, unusable), LayoutOptionError);
});
