import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutText, LayoutOptionError, Shaper } from '@bichig/core';
import type { TextLayout } from '@bichig/core';
import { projectFonts, UDHR_MN, UDHR_ZH } from './helpers.js';

function columnTexts(layout: TextLayout): string[] {
  return layout.columns.map((c) => layout.text.slice(c.start, c.end));
}

test('UDHR Mongolian + Chinese: columns advance left to right and partition the text', async () => {
  const { stack } = await projectFonts();
  const layout = layoutText([UDHR_MN, UDHR_ZH], { fonts: stack, blockSize: 400, fontSize: 20, columnGap: 4 });
  assert.equal(layout.text, `${UDHR_MN}\n${UDHR_ZH}`);
  assert.ok(layout.columns.length > 5);
  assert.equal(columnTexts(layout).join(''), layout.text);
  layout.columns.forEach((column, i) => {
    assert.equal(column.box.x, i * 34);
    assert.equal(column.box.height, 400);
    assert.ok(column.extent <= 400 + 1e-6, `column ${i} fits (${column.extent})`);
  });
  // Mongolian is rotated in font 0, hanzi upright in font 1 (fallback).
  const mongolian = layout.glyphs.filter((g) => g.font === 0 && g.rotation === 90);
  const chinese = layout.glyphs.filter((g) => g.font === 1 && g.rotation === 0);
  assert.ok(mongolian.length > 100 && chinese.length > 40);
  assert.deepEqual(layout.missing, []);
  // Columns break between words only: every Mongolian column ends after a space or at the paragraph end.
  for (const column of layout.columns.filter((c) => c.end <= UDHR_MN.length && !c.endsParagraph)) {
    assert.match(layout.text.slice(column.start, column.end), / $/);
  }
});

test('the Chinese paragraph starts a new column and stays upright at the column centre', async () => {
  const { stack } = await projectFonts();
  const layout = layoutText(['ᠮᠣᠩᠭᠣᠯ', '中文'], { fonts: stack, blockSize: 300, fontSize: 20, columnWidth: 30 });
  assert.equal(layout.columns.length, 2);
  assert.deepEqual(columnTexts(layout), ['ᠮᠣᠩᠭᠣᠯ\n', '中文']);
  const zhong = layout.glyphs.find((g) => g.cluster === layout.clusters.findIndex((c) => c.start === 7))!;
  assert.equal(zhong.rotation, 0);
  // Upright glyph: origin x = column centre - half the advance; baseline 0.88 em below the top.
  assert.equal(zhong.x, 30 + 15 - 10);
  assert.ok(Math.abs(zhong.y - 17.6) < 1e-9, String(zhong.y));
});

test('a missing character is reported by code point and kept as a .notdef cluster', async () => {
  const { stack } = await projectFonts();
  const text = 'ᠮᠣᠩᠭᠣᠯ 😀 \uD800ᠠ';
  const layout = layoutText(text, { fonts: stack, blockSize: 500 });
  assert.deepEqual(layout.missing, [
    { offset: 7, codePoint: 0x1f600 },
    { offset: 10, codePoint: 0xd800 },
  ]);
  const emoji = layout.clusterAt(7)!;
  assert.deepEqual([emoji.start, emoji.end], [7, 9]);
  assert.ok(
    emoji.glyphEnd > emoji.glyphStart && layout.glyphs[emoji.glyphStart]!.id === 0 && emoji.box.height > 0,
    'a visible .notdef box',
  );
});

test('alignment: center and bottom move the text, justify fills the column by widening spaces only', async () => {
  const { stack } = await projectFonts();
  const options = { fonts: stack, blockSize: 360, fontSize: 20 } as const;
  const top = layoutText(UDHR_MN, { ...options, align: 'top' });
  const center = layoutText(UDHR_MN, { ...options, align: 'center' });
  const bottom = layoutText(UDHR_MN, { ...options, align: 'bottom' });
  const justify = layoutText(UDHR_MN, { ...options, align: 'justify' });
  const first = (l: TextLayout) => l.clusters[0]!.box.y;
  const slack = 360 - top.columns[0]!.extent;
  assert.ok(slack > 1);
  assert.equal(first(top), 0);
  assert.ok(Math.abs(first(center) - slack / 2) < 1e-9);
  assert.ok(Math.abs(first(bottom) - slack) < 1e-9);
  assert.deepEqual(columnTexts(justify), columnTexts(top), 'alignment never changes the breaks');
  for (const column of justify.columns.slice(0, -1)) {
    const clusters = justify.clusters.filter((c) => c.column === column.index);
    let lastInk = clusters.length - 1;
    while (justify.text[clusters[lastInk]!.start] === ' ') lastInk--;
    const bottomEdge = clusters[lastInk]!.box.y + clusters[lastInk]!.box.height;
    assert.ok(Math.abs(bottomEdge - 360) < 1e-6, `column ${column.index} ends at ${bottomEdge}`);
    // Only spaces grew: every other cluster keeps its top-aligned height.
    const plain = top.clusters.filter((c) => c.column === column.index);
    clusters.forEach((cluster, i) => {
      const code = justify.text.charCodeAt(cluster.start);
      if (code !== 0x20)
        assert.ok(
          Math.abs(cluster.box.height - plain[i]!.box.height) < 1e-9,
          `cluster at ${cluster.start} (U+${code.toString(16)}) not stretched`,
        );
    });
  }
  // The paragraph's last column is not justified.
  assert.equal(first(justify), 0);
  const last = justify.columns.at(-1)!;
  assert.ok(last.extent < 360);
});

test('paragraph indent pushes the first column of each paragraph down', async () => {
  const { stack } = await projectFonts();
  const layout = layoutText(['ᠮᠣᠩᠭᠣᠯ', 'ᠪᠢᠴᠢᠭ'], { fonts: stack, blockSize: 300, paragraphIndent: 48 });
  assert.equal(layout.clusters[0]!.box.y, 48);
  assert.equal(layout.clusters.find((c) => c.column === 1)!.box.y, 48);
});

test('a word longer than a column is broken between clusters only as a last resort', async () => {
  const { stack } = await projectFonts();
  const long = 'ᠬᠣᠭᠣᠷᠣᠨᠳᠣ'.repeat(3);
  const layout = layoutText(`ᠮᠣᠩᠭᠣᠯ ${long} ᠪᠢᠴᠢᠭ`, { fonts: stack, blockSize: 200, fontSize: 24 });
  const texts = columnTexts(layout);
  assert.equal(texts[0], 'ᠮᠣᠩᠭᠣᠯ ', 'the short word is not broken and the long one starts a new column');
  assert.ok(texts.length >= 4);
  assert.equal(texts.join(''), layout.text);
  for (const column of layout.columns) assert.ok(column.extent <= 200 + 1e-6 || column.end - column.start === 1);
});

test('NNBSP suffixes never start a column', async () => {
  const { stack } = await projectFonts();
  const text = UDHR_MN.replace(/\n/g, ' ');
  for (const blockSize of [120, 150, 180, 220, 260, 300]) {
    const layout = layoutText(text, { fonts: stack, blockSize, fontSize: 20 });
    for (const column of layout.columns)
      assert.notEqual(text.charCodeAt(column.start), 0x202f, `block ${blockSize}: column ${column.index}`);
  }
});

test('last-resort breaks in narrow columns (≤ 5.7 em) follow the Mongolian rules on real text', async () => {
  const { stack } = await projectFonts();
  // The UDHR (NNBSP suffixes, MVS, ᠂ ᠃) and words with FVS, MVS and ZWJ, in columns so short that
  // most words must be broken inside.
  const text = `${UDHR_MN.replace(/\n/g, ' ')} ᠳ᠋ᠤᠭᠠᠷ ᠭ᠋ᠠᠨᠡᠷ᠎ᠡ\u202fᠢ ᠬᠠᠷᠢᠶ᠎ᠠ ᠢᠨᠲ᠋ᠧᠷᠨᠧᠲ᠂ ᠮᠣᠩᠭᠣᠯ᠃`;
  let lastResortColumns = 0;
  for (const em of [1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.7]) {
    const layout = layoutText(text, { fonts: stack, blockSize: 20 * em, fontSize: 20 });
    assert.equal(columnTexts(layout).join(''), text);
    for (const column of layout.columns.slice(1)) {
      const first = text.codePointAt(column.start)!;
      const before = text.charCodeAt(column.start - 1);
      const where = `${em} em, column ${column.index}: …${text.slice(column.start - 3, column.start)}|${text.slice(column.start, column.start + 3)}…`;
      if (before !== 0x20) lastResortColumns++;
      assert.ok(!(first >= 0x180b && first <= 0x180f), `no FVS or MVS starts a column (${where})`);
      assert.notEqual(first, 0x202f, `no NNBSP + suffix starts a column (${where})`);
      assert.notEqual(before, 0x202f, `no suffix is cut from its NNBSP (${where})`);
      assert.notEqual(before, 0x180e, `no break after an MVS (${where})`);
      assert.notEqual(before, 0x200d, `no break after a ZWJ (${where})`);
      assert.ok(
        ![0x1802, 0x1803, 0x1804, 0x21, 0x3f, 0x3a].includes(first),
        `no ᠂ ᠃ ᠄ ! ? : starts a column (${where})`,
      );
    }
  }
  assert.ok(lastResortColumns > 100, `words were broken inside (${lastResortColumns} columns)`);
});

test('hit-testing and carets round-trip for every caret position', async () => {
  const { stack } = await projectFonts();
  const layout = layoutText([UDHR_MN, UDHR_ZH, 'abc 12 ᠮᠣᠩᠭᠣᠯ'], {
    fonts: stack,
    blockSize: 300,
    fontSize: 20,
    columnGap: 6,
    align: 'justify',
  });
  const boundaries = new Set<number>([layout.text.length]);
  for (const cluster of layout.clusters) boundaries.add(cluster.start);
  for (const offset of boundaries) {
    const caret = layout.caretRect(offset);
    const hit = layout.hitTest(caret.x + caret.width / 2, caret.y);
    // Offsets drawn at the same place are indistinguishable; otherwise the round trip is exact.
    assert.deepEqual(layout.caretRect(hit), caret, `offset ${offset} → hit ${hit}`);
    const cluster = layout.clusterAt(offset);
    const previous = layout.clusterAt(offset - 1);
    if (
      cluster &&
      cluster.box.height > 0 &&
      (!previous || previous.box.height > 0 || previous.column !== cluster.column)
    ) {
      assert.equal(hit, offset);
    }
  }
  // Inside a surrogate pair or a ligature the caret snaps to the cluster start.
  const ligature = layout.clusters.find((c) => c.end - c.start > 1 && layout.text[c.start] !== '\n')!;
  assert.deepEqual(layout.caretRect(ligature.start + 1), layout.caretRect(ligature.start));
  // Far outside: clamped.
  assert.equal(layout.hitTest(-100, -100), 0);
  assert.equal(layout.hitTest(layout.width + 100, 10_000), layout.text.length);
});

test('rangeRects gives one rectangle per column the range touches', async () => {
  const { stack } = await projectFonts();
  const layout = layoutText(UDHR_MN, { fonts: stack, blockSize: 300, fontSize: 20 });
  const [c0, c1] = layout.columns;
  const rects = layout.rangeRects(c0!.start + 3, c1!.end - 3);
  assert.equal(rects.length, 2);
  assert.equal(rects[0]!.x, c0!.box.x);
  assert.equal(rects[1]!.x, c1!.box.x);
  assert.equal(rects[1]!.y, layout.caretRect(c1!.start).y);
  assert.ok(Math.abs(rects[1]!.y + rects[1]!.height - layout.caretRect(c1!.end - 3).y) < 1e-9);
  assert.deepEqual(layout.rangeRects(5, 5), []);
  assert.deepEqual(layout.rangeRects(10, 4), layout.rangeRects(4, 10));
});

test('the caches make a re-layout at another block size shape nothing, and new text reuse known words', async () => {
  const { stack } = await projectFonts();
  const shaper = new Shaper();
  const first = layoutText([UDHR_MN, UDHR_ZH], { fonts: stack, blockSize: 400, shaper });
  const misses = shaper.cacheStats.misses;
  assert.ok(first.stats.shapeCalls > 50);
  const resized = layoutText([UDHR_MN, UDHR_ZH], { fonts: stack, blockSize: 300, shaper });
  assert.equal(resized.stats.shapeCalls, 0, 'paragraphs come from the paragraph cache');
  assert.equal(shaper.cacheStats.misses, misses);
  assert.notDeepEqual(
    resized.columns.map((c) => c.end),
    first.columns.map((c) => c.end),
  );
  // Another paragraph made of the same words: shaped word by word, nearly all from the word cache.
  const reordered = UDHR_MN.split(' ').reverse().join(' ');
  const again = layoutText(reordered, { fonts: stack, blockSize: 300, shaper });
  assert.ok(again.stats.shapeCalls > 20);
  assert.ok(shaper.cacheStats.misses - misses <= 2, `${shaper.cacheStats.misses - misses} new words`);
  // A fresh shaper lays out identically.
  const fresh = layoutText([UDHR_MN, UDHR_ZH], { fonts: stack, blockSize: 300, shaper: new Shaper() });
  assert.deepEqual(fresh.glyphs, resized.glyphs);
});

test('unusable options throw LayoutOptionError naming the option', async () => {
  const { stack } = await projectFonts();
  for (const [options, option] of [
    [{ blockSize: 0 }, 'blockSize'],
    [{ blockSize: Number.NaN }, 'blockSize'],
    [{ blockSize: 100, fontSize: -1 }, 'fontSize'],
    [{ blockSize: 100, align: 'middle' }, 'align'],
    [{ blockSize: 100, columnGap: Infinity }, 'columnGap'],
  ] as const) {
    assert.throws(
      () => layoutText('ᠮ', { fonts: stack, ...(options as { blockSize: number }) }),
      (e: unknown) => e instanceof LayoutOptionError && e.option === option,
    );
  }
});
