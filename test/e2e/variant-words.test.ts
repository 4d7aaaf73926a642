// Native pages right in every engine (#12 item 4). WebKit ignores the free variation selectors in
// native text, so on the prerendered Mongolian policy page ᠳ᠋ᠤᠭᠠᠷ ("number", with FVS1) showed its
// ᠳ apart. The build wraps such words with their HarfBuzz advance and outline file
// (demo-site/src/build/variant-words.ts) and the client redraws them where the engine's own length
// disagrees (demo-site/src/client/variant-words.ts). Here, in WebKit: the word's ink is the shaped
// rendering's (core's layout drawn as SVG, as <bichig-text renderer="shaped"> draws it, put beside
// it on the same page at the same size and colour), it stands on the stem of its line, and its text
// is still there, selectable and found by find-in-page, exactly. In Chromium, which shapes it
// right: the word is left as it is, and neither HarfBuzz nor its outline is loaded. Screenshots:
// .cache/screenshots/variant-words-<engine>.png. BICHIG_ENGINES=webkit picks engines.
import { test, before, after, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { layoutText, loadFontStack, toSVG } from '@bichig/core';
import { wrapNativeRuns } from '../../demo-site/src/build/native-text.js';
import { VariantWords } from '../../demo-site/src/build/variant-words.js';
import { serve, type StaticServer } from './static-server.js';
import { startPreview, SCREENSHOTS, type Preview } from './support.js';
import { ENGINES, openEngine, type Engine, type EnginePage } from './engine-driver.js';
import { pixelDiff, type InkImage } from '../elements/support/ink-diff.js';

const engines = (process.env.BICHIG_ENGINES?.split(',') as Engine[] | undefined) ?? ENGINES;
const PAGE = '/xhq/mn/policy/xhq-mn-policy-001.html';
const WORD = 'ᠳ\u180Bᠤᠭᠠᠷ';
/** The catalog entry's label the word ends: ᠪᠢᠴᠢᠭ + NNBSP + ᠦᠨ, then the word. */
const LABEL = `ᠪᠢᠴᠢᠭ\u202Fᠦᠨ ${WORD}`;
/** The reader's large text (the accessibility toolbar scales the root's font size): more pixels to compare. */
const TEXT_SCALE = '250%';
/** Ink within this distance (px) of ink in the other picture counts as the same. */
const RADIUS = 2;
/** At most this share of the ink may differ (anti-aliasing of a path and of text at the edges). */
const MAX_DIFFERING = 0.02;

let preview: Preview;
before(async () => {
  preview = await startPreview();
});
after(async () => {
  await preview?.close();
});

type Box = { x: number; y: number; width: number; height: number };

const inkAt = (png: PNG, x: number, y: number): number => {
  const i = (y * png.width + x) * 4;
  return 1 - (0.299 * png.data[i]! + 0.587 * png.data[i + 1]! + 0.114 * png.data[i + 2]!) / 255;
};

/** The rows of `box` in `png` from its first to its last row with ink (> 0.25). */
function inkRows(png: PNG, box: Box): { top: number; bottom: number } {
  let [top, bottom] = [Infinity, -Infinity];
  for (let y = Math.max(0, Math.floor(box.y)); y < Math.min(png.height, Math.ceil(box.y + box.height)); y++)
    for (let x = Math.max(0, Math.floor(box.x)); x < Math.min(png.width, Math.ceil(box.x + box.width)); x++)
      if (inkAt(png, x, y) > 0.25) [top, bottom] = [Math.min(top, y), Math.max(bottom, y + 1)];
  return { top, bottom };
}

/**
 * Two words' pictures in `png`, cut to the same size with their stems (the column of most ink) and
 * their first inked rows in the same place: native text and SVG paths round a mark's offset across
 * the column differently, so aligning on the ink's bounding box moved a whole word by a pixel when
 * one of its dots did.
 */
function alignedInk(png: PNG, a: Box, b: Box): [InkImage, InkImage] {
  const parts = [a, b].map((box) => ({ box, stem: stemOf(png, box), ...inkRows(png, box) }));
  const left = Math.max(...parts.map((p) => p.stem - Math.floor(p.box.x)));
  const right = Math.max(...parts.map((p) => Math.ceil(p.box.x + p.box.width) - p.stem));
  const height = Math.max(...parts.map((p) => p.bottom - p.top));
  const cut = ({ stem, top }: { stem: number; top: number }): InkImage => {
    if (!Number.isFinite(top) || !Number.isFinite(height)) return { width: 0, height: 0, data: new Uint8Array() };
    const width = left + right;
    const data = new Uint8Array(width * height * 4).fill(255);
    for (let row = 0; row < height && top + row < png.height; row++)
      for (let col = 0; col < width; col++) {
        const x = stem - left + col;
        if (x < 0 || x >= png.width) continue;
        const from = ((top + row) * png.width + x) * 4;
        data.set(png.data.subarray(from, from + 4), (row * width + col) * 4);
      }
    return { width, height, data };
  };
  return [cut(parts[0]!), cut(parts[1]!)];
}

/** The x (page px) of the column of `box` with the most ink: a Mongolian word's stem. */
function stemOf(png: PNG, box: Box): number {
  let best = -1;
  let stem = NaN;
  for (let x = Math.max(0, Math.floor(box.x)); x < Math.min(png.width, Math.ceil(box.x + box.width)); x++) {
    let ink = 0;
    for (let y = Math.max(0, Math.floor(box.y)); y < Math.min(png.height, Math.ceil(box.y + box.height)); y++) {
      const i = (y * png.width + x) * 4;
      ink += 1 - (0.299 * png.data[i]! + 0.587 * png.data[i + 1]! + 0.114 * png.data[i + 2]!) / 255;
    }
    if (ink > best) [best, stem] = [ink, x];
  }
  return stem;
}

const MONGOLIAN_FONT = new Uint8Array(
  readFileSync(fileURLToPath(new URL('../../fonts/NotoSansMongolian-Regular.ttf', import.meta.url))),
);

/** `word` as the shaped renderer draws it (core's layout as SVG), at `fontSize` px. */
async function shapedReference(fontSize: number, word = WORD, id = 'reference'): Promise<string> {
  const fonts = await loadFontStack([MONGOLIAN_FONT]);
  const layout = layoutText(word, { fonts, fontSize, columnWidth: fontSize * 1.5, blockSize: fontSize * 10 });
  return toSVG(layout, { lang: 'mn-Mong', idPrefix: id });
}

interface WordFacts {
  box: Box;
  neighbour: Box;
  drawn: boolean;
  fontSize: number;
  color: string;
  text: string;
  label: string;
  selected: string;
  found: boolean;
  foundInside: boolean;
  hit: Box | null;
  svgHidden: boolean;
  resources: string[];
}

async function open(page: EnginePage): Promise<WordFacts> {
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(new URL(PAGE, preview.url).href);
  await page.waitFor(`${PAGE} ready`, `() => document.documentElement.dataset.ready === 'true'`);
  await page.evaluate(`() => document.fonts.ready.then(() => true)`);
  return page.evaluate<WordFacts>(
    `async (scale) => {
    document.documentElement.style.fontSize = scale;
    const word = document.querySelector('.variant-word');
    const label = word.closest('dt');
    word.scrollIntoView({ block: 'center', inline: 'center' });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const rect = (r) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
    const before = document.createRange();
    before.setStart(label.firstChild, 0);
    before.setEnd(label.firstChild, label.firstChild.data.indexOf(' '));
    const selection = getSelection();
    selection.removeAllRanges();
    const all = document.createRange();
    all.selectNodeContents(label);
    selection.addRange(all);
    const selected = selection.toString();
    selection.removeAllRanges();
    const found = window.find(${JSON.stringify(WORD)});
    const hit = found && selection.rangeCount ? selection.getRangeAt(0).getBoundingClientRect() : null;
    const box = word.getBoundingClientRect();
    const foundInside = !!hit && hit.height > 0 && Math.abs(hit.x - box.x) <= 2 && Math.abs(hit.y - box.y) <= 2 && Math.abs(hit.y + hit.height - box.y - box.height) <= 2;
    selection.removeAllRanges();
    const svg = word.querySelector('svg');
    return {
      box: rect(box), neighbour: rect(before.getBoundingClientRect()),
      drawn: word.dataset.drawn !== undefined, fontSize: parseFloat(getComputedStyle(word).fontSize),
      color: getComputedStyle(word).color, text: word.textContent, label: label.textContent, selected, found, foundInside, hit: hit && rect(hit),
      svgHidden: !svg || svg.getAttribute('aria-hidden') === 'true',
      resources: performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
    };
  }`,
    TEXT_SCALE,
  );
}

for (const engine of engines) {
  test(`${engine}: ${WORD} on the prerendered policy page reads as the shaped renderer draws it, and keeps its text`, async (t) => {
    const page = await openEngine(engine);
    t.diagnostic(page.version);
    try {
      const facts = await open(page);
      // The text, whatever the engine: in the DOM exactly, selected and copied exactly, found in place.
      assert.equal(facts.text, WORD, 'the word is in textContent exactly');
      assert.equal(facts.label, LABEL, 'the label around it is unchanged');
      assert.equal(facts.selected, LABEL, 'selecting the label selects its exact text');
      assert.ok(
        facts.found && facts.foundInside,
        `find-in-page finds the word where it is drawn: ${JSON.stringify(facts.hit)} in ${JSON.stringify(facts.box)}`,
      );
      assert.ok(facts.svgHidden, 'a drawing is hidden from assistive technology, which reads the text');
      const loaded = facts.resources.filter((path) => /harfbuzz|\.wasm$|NotoSansMongolian-Regular\.ttf/.test(path));
      assert.deepEqual(loaded, [], `${engine}: no HarfBuzz and no whole font for it`);
      const outlines = facts.resources.filter((path) => path.startsWith('/fonts/words/'));
      if (engine === 'chromium' || engine === 'firefox') {
        assert.equal(facts.drawn, false, `${engine} shapes the word right: it is left as the browser sets it`);
        assert.deepEqual(outlines, [], `${engine} fetches no outline`);
        assert.deepEqual(
          facts.resources.filter((path) => path.includes('variant-words-redraw')),
          [],
          `${engine} loads only the probe, not the drawing code`,
        );
      }
      t.diagnostic(
        `${engine}: the word is ${facts.drawn ? 'redrawn from its outline' : 'native'}; ${outlines.length} outline file(s)`,
      );

      // The ink: the word beside the shaped renderer's drawing of it, in one screenshot.
      const reference = await shapedReference(facts.fontSize);
      const referenceBox = await page.evaluate<Box>(
        `async (markup, color) => {
        const holder = document.createElement('div');
        holder.style.cssText = 'position:fixed;left:0;top:0;padding:8px;background:#fff;z-index:2147483647;writing-mode:horizontal-tb;line-height:0';
        holder.style.color = color;
        holder.append(document.importNode(new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement, true));
        document.body.append(holder);
        const r = holder.firstChild.getBoundingClientRect();
        // Painted before the screenshot is taken.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }`,
        reference,
        facts.color,
      );
      const path = new URL(`variant-words-${engine}.png`, SCREENSHOTS).pathname;
      await page.screenshot(path);
      const png = PNG.sync.read(readFileSync(path));
      const [shaped, word] = alignedInk(png, referenceBox, facts.box);
      assert.ok(
        shaped.width > 10 && word.width > 10,
        `ink in both pictures: ${shaped.width}×${shaped.height}, ${word.width}×${word.height}`,
      );
      const diff = pixelDiff(shaped, word, RADIUS);
      t.diagnostic(
        `${engine}: ${(diff.differingShare * 100).toFixed(2)} % of ${diff.inkedPixels} inked pixels differ from the shaped drawing`,
      );
      assert.ok(
        diff.differingShare <= MAX_DIFFERING,
        `${engine}: ${(diff.differingShare * 100).toFixed(2)} % of the word's ink differs from the shaped renderer's`,
      );
      // On its line: the stem runs where the stem of ᠪᠢᠴᠢᠭ, the word before it, runs.
      const stems = [stemOf(png, facts.box), stemOf(png, facts.neighbour)];
      assert.ok(Math.abs(stems[0]! - stems[1]!) <= 1, `${engine}: stem at x=${stems[0]}, ᠪᠢᠴᠢᠭ's at x=${stems[1]}`);
    } finally {
      await page.close();
    }
  });
}

// ───────────── how many hard words read right: a specimen page, before and after ─────────────

/**
 * The Hard words story's Mongolian words (NNBSP, MVS, FVS1–4, ZWJ, ZWNJ) and three of the portal's
 * own (ᠳ᠋ᠦᠩ of the search page, a probe word, the policy label's first word).
 */
const HARD_WORDS = [
  'ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ',
  'ᠨᠡᠷ\u180Eᠡ',
  'ᠬᠣᠭᠣᠷᠣᠨᠳᠣ\u180Eᠨ',
  'ᠤᠭ\u180Bᠡ',
  'ᠳ\u180Bᠤᠭᠠᠷ',
  'ᠨᠠᠢ\u180Cᠮᠠ',
  'ᠤᠭ\u180Dᠡ',
  'ᠤᠭ\u180Fᠡ',
  '\u200Dᠭ',
  'ᠭ\u200D',
  'ᠠ\u200Cᠠ',
  'ᠳ\u180Bᠦᠩ',
  'ᠣᠶᠤᠨ',
  'ᠪᠢᠴᠢᠭ\u202Fᠦᠨ',
];

let specimen: { server: StaticServer; dir: string } | undefined;

/**
 * Two pages as the portal's build writes them (the policy page's head: its style sheet and client
 * script; the whole Mongolian font, as the words need more letters than its subset has), each
 * word a paragraph: `before.html` only mlreq-wrapped, `after.html` with the variant words wrapped
 * too, their outlines written where the page links them.
 */
async function serveSpecimen(): Promise<StaticServer> {
  if (specimen) return specimen.server;
  const dist = fileURLToPath(new URL('../../demo-site/dist/', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'variant-specimen-'));
  const policy = readFileSync(join(dist, PAGE.slice(1)), 'utf8');
  const head = policy
    .slice(0, policy.indexOf('<body'))
    .replace(/(font-family:"Bichig Mongolian";src:url\()[^)]+/, '$1/fonts/NotoSansMongolian-Regular.woff2');
  // One paragraph, a word a line: in vertical-lr, a column each, nothing else in it.
  const lines = HARD_WORDS.map((word) => `<span class="w">${word}</span>`).join('<br>');
  const body = `<body><main><p>${lines}</p></main></body></html>`;
  const words = await VariantWords.create(MONGOLIAN_FONT, join(dir, 'words'), '/fonts/words/');
  writeFileSync(join(dir, 'before.html'), wrapNativeRuns(head + body));
  writeFileSync(
    join(dir, 'after.html'),
    wrapNativeRuns(head + body, (text) => words.wrap(text)),
  );
  const server = await serve({ '/': dist, '/specimen/': dir, '/fonts/words/': join(dir, 'words') });
  specimen = { server, dir };
  return server;
}
after(async () => {
  await specimen?.server.close();
  if (specimen) rmSync(specimen.dir, { recursive: true, force: true });
});

/** How many of HARD_WORDS on `file` have the shaped renderer's ink here, and which do not. */
async function matchingWords(
  page: EnginePage,
  file: string,
  t: TestContext,
): Promise<{ matching: number; wrong: string[]; drawn: number }> {
  const server = await serveSpecimen();
  await page.goto(new URL(`/specimen/${file}`, server.url).href);
  await page.waitFor(`${file} ready`, `() => document.documentElement.dataset.ready === 'true'`);
  const fontSize = await page.evaluate<number>(
    `async (scale) => {
    await document.fonts.ready;
    document.documentElement.style.fontSize = scale;
    return parseFloat(getComputedStyle(document.querySelector('.w')).fontSize);
  }`,
    '200%',
  );
  const references = await Promise.all(HARD_WORDS.map((word, i) => shapedReference(fontSize, word, `r${i}`)));
  const boxes = await page.evaluate<{ words: Box[]; references: Box[]; drawn: number }>(
    `async (markups) => {
    const holder = document.createElement('div');
    holder.style.cssText = 'position:fixed;left:0;right:0;bottom:0;display:flex;gap:16px;padding:8px;background:#fff;color:#000;z-index:2147483647;writing-mode:horizontal-tb;line-height:0';
    for (const markup of markups)
      holder.append(document.importNode(new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement, true));
    document.body.append(holder);
    document.querySelector('main').style.color = '#000';
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const rect = (e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; };
    return { words: [...document.querySelectorAll('.w')].map(rect), references: [...holder.children].map(rect),
      drawn: document.querySelectorAll('.variant-word[data-drawn]').length };
  }`,
    references,
  );
  const path = new URL(`variant-words-specimen-${file.replace('.html', '')}-${page.engine}.png`, SCREENSHOTS).pathname;
  await page.screenshot(path);
  const png = PNG.sync.read(readFileSync(path));
  const wrong: string[] = [];
  HARD_WORDS.forEach((word, i) => {
    // Each alone in its column: the crop takes in ink a glyph draws beyond its advance.
    const pad = (box: Box): Box => ({ ...box, y: box.y - fontSize / 2, height: box.height + fontSize });
    const diff = pixelDiff(...alignedInk(png, pad(boxes.references[i]!), pad(boxes.words[i]!)), RADIUS);
    t.diagnostic(
      `${page.engine} ${file} ${word}: ${(diff.differingShare * 100).toFixed(2)} % of ${diff.inkedPixels} differ`,
    );
    if (!(diff.inkedPixels > 100 && diff.differingShare <= MAX_DIFFERING)) wrong.push(word);
  });
  return { matching: HARD_WORDS.length - wrong.length, wrong, drawn: boxes.drawn };
}

for (const engine of engines) {
  test(`${engine}: of ${HARD_WORDS.length} hard words on a prerendered page, every one with a free variation selector, a ZWJ or a ZWNJ reads as the shaped renderer draws it`, async (t) => {
    const page = await openEngine(engine);
    try {
      await page.setViewport({ width: 1280, height: 800 });
      const before = await matchingWords(page, 'before.html', t);
      const after = await matchingWords(page, 'after.html', t);
      t.diagnostic(
        `${engine}: ${before.matching} of ${HARD_WORDS.length} words match shaped before, ${after.matching} after; still differing: ${after.wrong.join(' ') || 'none'}`,
      );
      const wrongVariants = after.wrong.filter((word) => /[\u180B-\u180D\u180F\u200C\u200D]/.test(word));
      assert.deepEqual(wrongVariants, [], `${engine}: words with FVS, ZWJ or ZWNJ that still differ from shaped`);
      assert.ok(after.matching >= before.matching, `${engine}: no word reads worse`);
      if (engine !== 'webkit') assert.equal(after.drawn, 0, `${engine} shapes them right: none is redrawn`);
    } finally {
      await page.close();
    }
  });
}
