// `npm run bench -- text-growth`: is growing a long shaped <bichig-text> linear in its length?
// A text longer than 4,000 characters is laid out a screen at a time and then grown to its end
// in slices (packages/elements/src/text/bichig-text/progressive-layout.ts). This times one shaped
// <bichig-text> of 20,000, 80,000 and 320,000 characters of real text (the fixture cluster's
// Mongolian articles, paragraph after paragraph) from connecting to whenRendered() (its whole
// text laid out and drawn), and reports the time per character as a ratio to the 20,000-character
// text measured in the same run: 1.00 at every length is linear; a ratio rising with the length
// is what laying out the whole prefix again at every step gave.
//
// Each length in a fresh page (empty caches): first cold (every paragraph shaped anew; the
// fixture has about 244,000 characters of distinct paragraphs, so the longest text repeats some),
// then warm (the same text again in a new element: paragraphs come from core's cache, so what is
// left is breaking columns and drawing, where a quadratic cost shows most). Chromium, driven as
// in elements.ts; the longest task (Long Tasks API) is reported beside each figure (target ≤ 50 ms).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { servePage, startBenchBrowser } from './lib/browser.js';
import { fixtureParagraphs, paragraphsOf } from './lib/fixture-text.js';

const LENGTHS = (process.env['BENCH_LENGTHS']?.split(',').map(Number) ?? [20_000, 80_000, 320_000]) as number[];
const WARM_ROUNDS = 3;

const root = new URL('../../', import.meta.url);
const fixture = (await fixtureParagraphs()).mongolian;
// The page's code is warmed up on other text than the fixture's (UDHR article 1, as paragraphs).
const udhr = readFileSync(new URL('../shared/corpus/udhr-article1.mn-Mong.txt', root), 'utf8').trim();
const warmUp = Array.from({ length: Math.ceil(8_000 / udhr.length) }, () => udhr).join('\n');

const PAGE = `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>bench</title>
<style>body{margin:0} .host{height:600px;width:1000px;font-size:20px;overflow-x:auto;overflow-y:hidden}</style></head><body>
<script>window.__name = (fn) => fn;</script>
<script type="module">
import '/packages/elements/src/text/bichig-text.ts';
import { loadNativeFonts } from '/packages/elements/src/internal/fonts.ts';
import { loadShapedEngine } from '/packages/elements/src/internal/shaped-engine.ts';
await loadNativeFonts();
await loadShapedEngine('ᠮᠣᠩᠭᠣᠯ 2026 年');
window.bichigBenchReady = true;
</script></body></html>`;

interface Growth {
  /** Connect → whenRendered(), ms. */
  ms: number;
  /** The page's main-thread CPU time meanwhile, ms (DevTools' ThreadTime: not the time spent waiting for a core). */
  cpuMs: number;
  /** The page's main-thread task time meanwhile, ms (DevTools' TaskDuration). */
  taskMs: number;
  /** Connect → whenFirstScreen(), ms. */
  firstScreenMs: number;
  /** The longest task meanwhile, ms (0: none over 50 ms). */
  longestTaskMs: number;
  columns: number;
}

/** In the page: one shaped <bichig-text> of `text` in a scrolling box, timed until it is complete. */
const growInPage = async (text: string): Promise<Omit<Growth, 'cpuMs' | 'taskMs'>> => {
  const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  await nextPaint();
  const host = document.createElement('div');
  host.className = 'host';
  const element = document.createElement('bichig-text') as HTMLElement & {
    renderer: string;
    whenRendered(): Promise<unknown>;
    whenFirstScreen(): Promise<unknown>;
    layout: { columns: unknown[]; text: string } | undefined;
  };
  element.renderer = 'shaped';
  element.style.lineHeight = '1.8';
  element.textContent = text;
  host.append(element);
  let longest = 0;
  const tasks = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  tasks.observe({ type: 'longtask', buffered: false });
  const start = performance.now();
  document.body.append(host);
  const first = element.whenFirstScreen().then(() => performance.now() - start);
  await element.whenRendered();
  const ms = performance.now() - start;
  await nextPaint();
  tasks.disconnect();
  if (element.layout?.text !== text) throw new Error('the text was not laid out whole');
  const columns = element.layout.columns.length;
  host.remove();
  return { ms, firstScreenMs: await first, longestTaskMs: longest, columns };
};

const { browser, origin, close } = await startBenchBrowser({
  root: new URL('.', root).pathname,
  plugins: [servePage('bichig-bench-growth-page', '/__bench/text-growth.html', PAGE)],
  entries: [
    'packages/elements/src/text/bichig-text.ts',
    'packages/elements/src/internal/fonts.ts',
    'packages/elements/src/internal/shaped-engine.ts',
  ],
});

try {
  const results: Array<{ characters: number; paragraphs: number; cold: Growth; warm: Growth[] }> = [];
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
  console.log(`Chromium ${browser.version()}; load average ${load()}`);
  for (const length of LENGTHS) {
    const paragraphs = paragraphsOf(fixture, length);
    const text = paragraphs.join('\n');
    // A fresh page per length: core's caches start empty.
    const page = await browser.newPage({ viewport: { width: 1100, height: 700 } });
    await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`${origin}__bench/text-growth.html`);
    await page.waitForFunction(
      () => (window as unknown as { bichigBenchReady?: boolean }).bichigBenchReady === true,
      undefined,
      {
        timeout: 180_000,
      },
    );
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
      return { cpuMs: value('ThreadTime'), taskMs: value('TaskDuration') };
    };
    const grow = async (): Promise<Growth> => {
      const before = await metrics();
      const growth = await page.evaluate(growInPage, text);
      const after = await metrics();
      return { ...growth, cpuMs: after.cpuMs - before.cpuMs, taskMs: after.taskMs - before.taskMs };
    };
    await page.evaluate(growInPage, warmUp);
    const cold = await grow();
    const warm: Growth[] = [];
    for (let round = 0; round < WARM_ROUNDS; round++) warm.push(await grow());
    await page.close();
    results.push({ characters: text.length, paragraphs: paragraphs.length, cold, warm });
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const perChar = (ms: number, characters: number) => (ms * 1000) / characters;
  const base = results[0]!;
  type Figure = 'ms' | 'cpuMs';
  const figure = (r: (typeof results)[number], which: 'cold' | 'warm', key: Figure) =>
    which === 'cold' ? r.cold[key] : median(r.warm.map((w) => w[key]));
  console.log(
    `one shaped <bichig-text> grown to its end, connect → whenRendered(), real text (fixture articles): wall time, and the page's main-thread CPU time; per character, and as a ratio to the ${base.characters}-character text's (1.00 = linear). Warm: median of ${WARM_ROUNDS}.`,
  );
  const report = [];
  for (const r of results) {
    const cells: string[] = [];
    const ratios: Record<string, number> = {};
    for (const which of ['cold', 'warm'] as const)
      for (const key of ['cpuMs', 'ms'] as const) {
        const ms = figure(r, which, key);
        const ratio = perChar(ms, r.characters) / perChar(figure(base, which, key), base.characters);
        ratios[`${which}.${key}`] = ratio;
        cells.push(
          `${which} ${key === 'ms' ? 'wall' : 'CPU'} ${ms.toFixed(0).padStart(6)} ms ${perChar(ms, r.characters).toFixed(1).padStart(5)} µs/char ${ratio.toFixed(2)}×`,
        );
      }
    const longest = Math.max(r.cold.longestTaskMs, ...r.warm.map((w) => w.longestTaskMs));
    console.log(
      `  ${String(r.characters).padStart(7)} chars, ${String(r.paragraphs).padStart(4)} paragraphs, ${String(r.cold.columns).padStart(5)} columns`,
    );
    console.log(`    ${cells.join('; ')}`);
    console.log(
      `    first screen ${r.cold.firstScreenMs.toFixed(0)} ms cold; longest task ${longest ? longest.toFixed(0) + ' ms' : 'none over 50 ms'} (target ≤ 50 ms)`,
    );
    report.push({ ...r, perCharRatios: ratios, longestTaskMs: longest });
  }
  console.log(`load average at the end ${load()}`);
  mkdirSync(new URL('bench-results/', root), { recursive: true });
  writeFileSync(new URL('bench-results/text-growth.json', root), JSON.stringify(report, null, 2) + '\n');
} finally {
  await close();
}
