// The shaped renderer draws the same ink in Chromium, Firefox and WebKit (#12). Storybook's
// "Hard words" story (a suffix after NNBSP, MVS, FVS1–4, joiners, Chinese and digits inside
// Mongolian: what browsers most often set wrongly) is opened in each engine, and each word's
// picture is compared with the first engine's: no inked pixel may lie further than 2 px from
// ink in the other picture (anti-aliasing differs between engines; a glyph in another form, a
// missing or extra glyph, or a word set elsewhere does not pass). Screenshots:
// .cache/screenshots/ink-<engine>.png. BICHIG_ENGINES=chromium,webkit picks engines.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { serveDirectory, type StaticServer } from './static-server.js';
import { ENGINES, openEngine, type Engine } from './engine-driver.js';
import { SCREENSHOTS } from './support.js';
import { pixelDiff, type InkImage } from '../elements/support/ink-diff.js';

const engines = (process.env.BICHIG_ENGINES?.split(',') as Engine[] | undefined) ?? ENGINES;
const root = fileURLToPath(new URL('../../.cache/storybook-static/', import.meta.url));
const STORY = 'iframe.html?id=text-bichig-text--hard-words&viewMode=story';
/** Ink within this distance (px) of ink in the other picture counts as the same. */
const RADIUS = 2;

interface WordBox {
  label: string;
  renderer: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Drawing {
  engine: Engine;
  version: string;
  words: { label: string; image: InkImage }[];
}

let server: StaticServer;
const drawings: Drawing[] = [];

before(async () => {
  assert.ok(existsSync(root), 'npm test builds Storybook into .cache/storybook-static before the e2e stage');
  server = await serveDirectory(root);
});
after(async () => {
  await server?.close();
});

/** The pixels of `box` in `png`, the box's edges rounded outwards. */
function crop(png: PNG, box: WordBox): InkImage {
  const left = Math.max(0, Math.floor(box.x));
  const top = Math.max(0, Math.floor(box.y));
  const width = Math.min(png.width, Math.ceil(box.x + box.width)) - left;
  const height = Math.min(png.height, Math.ceil(box.y + box.height)) - top;
  const data = new Uint8Array(width * height * 4);
  for (let row = 0; row < height; row++) {
    const from = ((top + row) * png.width + left) * 4;
    data.set(png.data.subarray(from, from + width * 4), row * width * 4);
  }
  return { width, height, data };
}

async function draw(engine: Engine): Promise<Drawing> {
  const page = await openEngine(engine);
  try {
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(new URL(STORY, server.url).href);
    await page.waitFor(
      'the hard words story',
      `() => customElements.get('bichig-text') !== undefined && document.querySelectorAll('bichig-text').length > 0`,
    );
    const boxes = await page.evaluate<WordBox[]>(`async () => {
      await document.fonts.ready;
      const texts = [...document.querySelectorAll('bichig-text')];
      const drawn = await Promise.all(texts.map((text) => text.whenRendered()));
      return texts.map((text, i) => {
        const r = text.getBoundingClientRect();
        return { label: text.dataset.label, renderer: drawn[i].renderer, x: r.x, y: r.y, width: r.width, height: r.height };
      });
    }`);
    assert.equal(await page.evaluate<number>(`() => devicePixelRatio`), 1, `${engine}: one device pixel per CSS pixel`);
    const path = new URL(`ink-${engine}.png`, SCREENSHOTS).pathname;
    await page.screenshot(path);
    const png = PNG.sync.read(readFileSync(path));
    for (const box of boxes) assert.equal(box.renderer, 'shaped', `${engine}: "${box.label}" drawn shaped`);
    return { engine, version: page.version, words: boxes.map((box) => ({ label: box.label, image: crop(png, box) })) };
  } finally {
    await page.close();
  }
}

for (const engine of engines) {
  test(`${engine}: the hard words story draws every word shaped`, async (t) => {
    const drawing = await draw(engine);
    t.diagnostic(drawing.version);
    assert.ok(drawing.words.length >= 12, `${drawing.words.length} words`);
    for (const { label, image } of drawing.words)
      assert.ok(
        pixelDiff(image, { width: 0, height: 0, data: new Uint8Array() }).inkedPixels > 100,
        `"${label}" has ink`,
      );
    drawings.push(drawing);
  });
}

test('the comparison tells one glyph form from another: ᠤᠭᠡ with FVS1, FVS3 and FVS4, in the same engine', (t) => {
  const reference = drawings[0];
  assert.ok(reference, 'an engine drew the story');
  const variants = reference.words.filter((w) => /^FVS[134] medial g$/.test(w.label));
  assert.equal(variants.length, 3);
  for (const [a, b] of [
    [0, 1],
    [0, 2],
    [1, 2],
  ] as const) {
    const share = pixelDiff(variants[a]!.image, variants[b]!.image, RADIUS).differingShare;
    t.diagnostic(`"${variants[a]!.label}" vs "${variants[b]!.label}": ${(share * 100).toFixed(1)} %`);
    assert.ok(
      share > 0.01,
      `"${variants[a]!.label}" vs "${variants[b]!.label}": only ${(share * 100).toFixed(1)} % differs`,
    );
  }
});

test(`every engine draws each word with the same ink as ${engines[0]} (no ink further than ${RADIUS} px)`, (t) => {
  const [reference, ...others] = drawings;
  assert.ok(reference && others.length === engines.length - 1, 'every engine drew the story');
  const disagreements: string[] = [];
  for (const drawing of others) {
    assert.deepEqual(
      drawing.words.map((w) => w.label),
      reference.words.map((w) => w.label),
    );
    drawing.words.forEach(({ label, image }, i) => {
      const diff = pixelDiff(reference.words[i]!.image, image, RADIUS);
      t.diagnostic(`${drawing.engine} "${label}": ${(diff.differingShare * 100).toFixed(2)} % of ${diff.inkedPixels}`);
      if (diff.differingShare > 0)
        disagreements.push(
          `${drawing.engine} "${label}": ${(diff.differingShare * 100).toFixed(2)} % of the ink differs`,
        );
    });
  }
  assert.deepEqual(disagreements, []);
});
