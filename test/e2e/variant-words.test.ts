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
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { layoutText, loadFontStack, toSVG } from '@bichig/core';
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

/** The pixels of `box` in `png`, its edges rounded outwards, trimmed to the ink's bounding box. */
function inkOf(png: PNG, box: Box): InkImage {
  const left = Math.max(0, Math.floor(box.x));
  const top = Math.max(0, Math.floor(box.y));
  const right = Math.min(png.width, Math.ceil(box.x + box.width));
  const bottom = Math.min(png.height, Math.ceil(box.y + box.height));
  const inked = (x: number, y: number) => {
    const i = (y * png.width + x) * 4;
    return 1 - (0.299 * png.data[i]! + 0.587 * png.data[i + 1]! + 0.114 * png.data[i + 2]!) / 255 > 0.25;
  };
  let [x0, y0, x1, y1] = [right, bottom, left, top];
  for (let y = top; y < bottom; y++)
    for (let x = left; x < right; x++)
      if (inked(x, y)) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x + 1), Math.max(y1, y + 1)];
  const width = Math.max(0, x1 - x0);
  const height = Math.max(0, y1 - y0);
  const data = new Uint8Array(width * height * 4);
  for (let row = 0; row < height; row++) {
    const from = ((y0 + row) * png.width + x0) * 4;
    data.set(png.data.subarray(from, from + width * 4), row * width * 4);
  }
  return { width, height, data };
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

/** `WORD` as the shaped renderer draws it (core's layout as SVG), at `fontSize` px. */
async function shapedReference(fontSize: number): Promise<string> {
  const font = readFileSync(fileURLToPath(new URL('../../fonts/NotoSansMongolian-Regular.ttf', import.meta.url)));
  const fonts = await loadFontStack([new Uint8Array(font)]);
  const layout = layoutText(WORD, { fonts, fontSize, columnWidth: fontSize * 1.5, blockSize: fontSize * 10 });
  return toSVG(layout, { lang: 'mn-Mong', idPrefix: 'reference' });
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
      const [shaped, word] = [inkOf(png, referenceBox), inkOf(png, facts.box)];
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
