// `npm run bench -- elements`: time from an element connecting to its first paint, for
// 20,000-character Mongolian article (real text and repetitive text, see below), per renderer of <bichig-flow> (native, shaped, auto) and
// as one shaped <bichig-text> in a scrolling div (text-shaped), as a ratio to the
// browser's own layout of the same text in a plain `writing-mode: vertical-lr` div measured in
// the same run and engine; and the longest task while scrolling through it (target ≤ 50 ms).
//
// Vite serves the workspace sources on 127.0.0.1; playwright-core drives Debian's Chromium, and
// test/e2e/engine-driver.ts Firefox ESR and WebKitGTK (BENCH_ENGINES=chromium,firefox,webkit by
// default: every engine the project supports).
// Fonts and the WASM are loaded once before measuring (a warm page, as after the first visit):
// the figures are about layout and drawing, not the network.
//
// BENCH_PROFILE=shaped (or native, auto) records a V8 CPU profile of that mode's measurement
// into .cache/bench-elements-<input>-<mode>.cpuprofile (open it in Chromium's DevTools) and prints the
// functions with the most self time; BENCH_MODES=shaped,auto measures only those modes (the
// baseline is always measured, before and after). BENCH_TRACE=baseline,shaped records a
// Chromium trace of those modes into .cache/bench-elements-<input>-<mode>.trace.json, prints the tasks
// over 50 ms with their CPU time and what they spent it on, and the main-thread CPU time from
// connecting to the first paint (on a loaded shared machine, wall time mostly measures waiting
// for a core).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { servePage, startBenchBrowser } from './lib/browser.js';
import { distinctWords, fixtureParagraphs, paragraphsOf } from './lib/fixture-text.js';
import { openEngine, type Engine } from '../../test/e2e/engine-driver.js';

const ARTICLE_CHARACTERS = 20_000;
const ROUNDS = 5;

const root = new URL('../../', import.meta.url);
const corpus = readFileSync(new URL('../shared/corpus/udhr-article1.mn-Mong.txt', root), 'utf8').trim();
// Two articles, each measured against the plain div in the same run. Real text: the fixture
// cluster's Mongolian articles, paragraph after paragraph (a real vocabulary: most words are
// shaped anew). Repetitive text: paragraphs of the UDHR article (Mongolian, as published, 178
// distinct words), so after the first paragraph everything comes from core's caches.
// BENCH_ARTICLE=varied: every UDHR paragraph is the article's words in another order (a fixed
// shuffle), so no paragraph repeats. BENCH_INPUT=real (or repetitive) measures only that one.
const varied = process.env['BENCH_ARTICLE'] === 'varied';
const words = corpus.split(' ');
let seed = 1;
const random = (): number => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
const paragraphs: string[] = [];
for (let length = 0; length < ARTICLE_CHARACTERS; length += corpus.length + 1) {
  const order = [...words];
  if (varied)
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
  paragraphs.push(order.join(' '));
}
// Real text: each round its own article (the next 20,000 characters of the fixture), so no round
// finds its paragraphs in core's paragraph cache, as a reader opening another article would not;
// and the two modes that shape the real text (shaped, text-shaped) each their own articles, as
// <bichig-flow>'s paragraphs are the paragraphs of the one <bichig-text> (the cache is keyed by
// font size and paragraph), so the second would otherwise find every paragraph shaped.
const fixtureMongolian = (await fixtureParagraphs()).mongolian;
const realArticles: string[][] = [];
for (let round = 0, from = 0; round < 2 * ROUNDS; round++) {
  const article = paragraphsOf(fixtureMongolian.slice(from), ARTICLE_CHARACTERS);
  if (from + article.length > fixtureMongolian.length) throw new Error('the fixture has too little Mongolian text');
  realArticles.push(article);
  from += article.length;
}
const inputs = [
  { name: 'real', label: 'real text (fixture articles, another article each round)', articles: realArticles },
  {
    name: 'repetitive',
    label: `repetitive text (UDHR article 1${varied ? ', varied paragraphs' : ''}, the same article each round)`,
    articles: [paragraphs.join('\n').slice(0, ARTICLE_CHARACTERS).split('\n')],
  },
].filter((input) => !process.env['BENCH_INPUT'] || process.env['BENCH_INPUT'] === input.name);

const PAGE = `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>bench</title>
<style>body{margin:0} .host{height:600px;width:1000px;font-size:20px}</style></head><body>
<script>window.__name = (fn) => fn;</script>
<script type="module">
import '/packages/elements/src/all.ts';
import { loadNativeFonts, NATIVE_FONT_STACK } from '/packages/elements/src/internal/fonts.ts';
import { loadShapedEngine } from '/packages/elements/src/internal/shaped-engine.ts';
await loadNativeFonts();
// Both fonts: the fixture's articles have digits, which the Chinese font draws.
await loadShapedEngine('ᠮᠣᠩᠭᠣᠯ 2026 年');
window.NATIVE_FONT_STACK = NATIVE_FONT_STACK;
window.bichigBenchReady = true;
</script></body></html>`;

const { browser, origin, close } = await startBenchBrowser({
  root: new URL('.', root).pathname,
  plugins: [servePage('bichig-bench-page', '/__bench/elements.html', PAGE)],
  entries: [
    'packages/elements/src/all.ts',
    'packages/elements/src/internal/fonts.ts',
    'packages/elements/src/internal/shaped-engine.ts',
  ],
});

/** The plain div; <bichig-flow> per renderer; one shaped <bichig-text> holding the whole article in a scrolling div. */
type Mode = 'baseline' | 'native' | 'shaped' | 'auto' | 'text-shaped';

interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }>;
  samples: number[];
  timeDeltas: number[];
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs: unlike dur, it does not grow while the thread waits for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { functionName?: string; url?: string } };
}

/**
 * Tasks of the page's main thread over 50 ms, before and after scrolling starts, each with its
 * CPU time (on a shared, loaded machine a task's wall time grows while it waits for a core; its
 * CPU time does not) and the time of the work inside it by kind.
 */
function printLongTasks(trace: { traceEvents: TraceEvent[] }): { firstScreen: number[]; complete: number[] } {
  const events = trace.traceEvents.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const mainThread = trace.traceEvents.find(
    (e) => e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain',
  );
  const onMain = events.filter((e) => mainThread && e.pid === mainThread.pid && e.tid === mainThread.tid);
  const scrollStart = trace.traceEvents.find((e) => e.name === 'bichig-bench:scroll')?.ts ?? Infinity;
  const allTasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const kinds = [
    'FunctionCall',
    'TimerFire',
    'FireAnimationFrame',
    'EventDispatch',
    'UpdateLayoutTree',
    'Layout',
    'PrePaint',
    'Paint',
    'Layerize',
    'Commit',
    'ParseHTML',
    'MajorGC',
    'MinorGC',
    'IntersectionObserverController::computeIntersections',
  ];
  const ms = (us: number | undefined) => ((us ?? 0) / 1000).toFixed(0);
  for (const [phase, tasks] of [
    ['painting', allTasks.filter((e) => e.ts < scrollStart)],
    ['scrolling', allTasks.filter((e) => e.ts >= scrollStart)],
  ] as const) {
    const long = tasks.filter((e) => e.dur! > 50_000);
    const longestCpu = Math.max(0, ...tasks.map((e) => e.tdur ?? 0));
    const overCpu = tasks.filter((e) => (e.tdur ?? 0) > 50_000).length;
    console.log(
      `  trace, ${phase}: ${long.length} tasks over 50 ms wall time, ${overCpu} over 50 ms CPU time; longest CPU time ${ms(longestCpu)} ms`,
    );
    // The long ones by wall time, and the three that used the most CPU.
    const topCpu = [...tasks].sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0)).slice(0, 3);
    for (const task of [...new Set([...long.slice(0, 12), ...topCpu])]) {
      const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!);
      const parts = kinds
        .map(
          (kind) => [kind, inside.filter((e) => e.name === kind).reduce((sum, e) => sum + e.dur!, 0) / 1000] as const,
        )
        .filter(([, t]) => t >= 1)
        .map(([kind, t]) => `${kind} ${t.toFixed(0)}`);
      console.log(`    ${ms(task.dur).padStart(5)} ms wall, ${ms(task.tdur).padStart(4)} ms CPU: ${parts.join(', ')}`);
    }
  }
  // Main-thread CPU time of each round, from connecting to the first screen and to the complete render.
  const marks = (name: string) =>
    trace.traceEvents
      .filter((e) => e.name === name)
      .map((e) => e.ts)
      .sort((a, b) => a - b);
  const starts = marks('bichig-bench:round-start');
  const cpuUntil = (ends: number[]) =>
    starts.map((start, i) => {
      const end = ends.find((ts) => ts >= start && ts < (starts[i + 1] ?? Infinity)) ?? start;
      return (
        allTasks.filter((e) => e.ts + e.dur! > start && e.ts < end).reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000
      );
    });
  return {
    firstScreen: cpuUntil(marks('bichig-bench:first-screen')),
    complete: cpuUntil(marks('bichig-bench:round-painted')),
  };
}

/** The 25 functions with the most self time in a V8 CPU profile. */
function printHotFunctions(profile: CpuProfile): void {
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.replace(/^.*\/(packages|node_modules)\//, '$1/')}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + (selfMs.get(node.id) ?? 0));
  }
  const total = [...byFunction.values()].reduce((a, b) => a + b, 0);
  console.log(`  CPU profile: ${total.toFixed(0)} ms sampled; most self time:`);
  for (const [key, ms] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`    ${ms.toFixed(1).padStart(8)} ms  ${key}`);
}
interface Measurement {
  mode: Mode;
  /** Per round, from connecting until the whole render is complete (`bichig-render`) and painted. */
  firstPaintMs: number[];
  /** Per round, from connecting until the first screen (what is in sight, text layer included) is painted. */
  firstScreenMs: number[];
  /** Per round, the longest task (over 50 ms; 0 when none) between connecting and the first paint. */
  firstPaintLongestTaskMs: number[];
  longestScrollTaskMs: number;
  longestFrameMs: number;
  columns: number;
  /** Whether the engine reports long tasks (the Long Tasks API: Chromium only); without it the task figures are 0 and not printed. */
  longTasks: boolean;
}
/** Measures one mode over the given articles (one per round). */
type Measure = (mode: Mode, articles: ReadonlyArray<readonly string[]>) => Promise<Measurement>;

/**
 * One mode's measurement, run in the page (in every engine): `rounds` articles, each connected,
 * timed to its first screen and its complete render, then the last one scrolled through.
 */
const measureInPage = async ({
  mode,
  articles,
  rounds,
}: {
  mode: Mode;
  articles: ReadonlyArray<readonly string[]>;
  rounds: number;
}): Promise<Measurement> => {
  const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const make = (
    article: readonly string[],
  ): { host: HTMLElement; done: () => Promise<unknown>; scroller: () => HTMLElement } => {
    if (mode === 'baseline') {
      const div = document.createElement('div');
      div.className = 'host';
      div.lang = 'mn-Mong';
      div.style.cssText = `writing-mode: vertical-lr; overflow-x: auto; line-height: 1.8; font-family: ${(window as unknown as { NATIVE_FONT_STACK: string }).NATIVE_FONT_STACK}`;
      for (const text of article) {
        const p = document.createElement('p');
        p.textContent = text;
        div.append(p);
      }
      return { host: div, done: async () => undefined, scroller: () => div };
    }
    if (mode === 'text-shaped') {
      const div = document.createElement('div');
      div.className = 'host';
      div.style.cssText = 'overflow-x: auto; overflow-y: hidden';
      const text = document.createElement('bichig-text') as HTMLElement & {
        renderer: string;
        whenRendered(): Promise<unknown>;
      };
      text.renderer = 'shaped';
      text.style.lineHeight = '1.8';
      text.textContent = article.join('\n');
      div.append(text);
      return { host: div, done: () => text.whenRendered(), scroller: () => div };
    }
    const flow = document.createElement('bichig-flow') as HTMLElement & {
      renderer: string;
      whenRendered(): Promise<unknown>;
      viewport: HTMLElement;
    };
    flow.className = 'host';
    flow.renderer = mode;
    for (const text of article) {
      const p = document.createElement('p');
      p.textContent = text;
      flow.append(p);
    }
    return { host: flow, done: () => flow.whenRendered(), scroller: () => flow.viewport };
  };
  /**
   * Whether the screen is drawn: every <bichig-text> from the first to the one reaching the
   * scroller's right edge has glyphs (SVG chunks) and a text layer (groups of columns)
   * covering all of it that is in sight, and a text laid out only in part (the rest of its
   * source still pending) reaches that edge; for the plain div and the native renderer,
   * whether the render is done. A text that starts past the scroller's right edge ends the
   * check: nothing of it is in sight.
   */
  const screenDrawn = (made: ReturnType<typeof make>, done: boolean): boolean => {
    if (mode === 'baseline' || mode === 'native' || done) return done;
    const texts =
      mode === 'text-shaped'
        ? [...made.host.querySelectorAll('bichig-text')]
        : [...(made.host.shadowRoot?.querySelectorAll('bichig-text') ?? [])];
    const view = made.scroller().getBoundingClientRect();
    /** Whether the boxes, side by side, cover [from, to] along x (within a pixel). */
    const covered = (boxes: DOMRect[], from: number, to: number): boolean => {
      let reached = from;
      for (const box of boxes.sort((a, b) => a.left - b.left)) {
        if (box.left > reached + 1) break;
        reached = Math.max(reached, box.right);
      }
      return reached >= to - 1;
    };
    for (const text of texts) {
      const root = text.shadowRoot;
      const box = text.getBoundingClientRect();
      // A text that starts past the right edge has nothing in sight, nor has any after it: the
      // screen is drawn (a paragraph pushed out of sight by those before it need not be drawn).
      if (box.left >= view.right) return true;
      if (!root?.querySelector('.native')) {
        const layer = root?.querySelector('.text-layer');
        if (!root || !layer) return false;
        const from = Math.max(box.left, view.left);
        const to = Math.min(box.right, view.right);
        const glyphs = [...root.querySelectorAll('.glyphs svg')].map((svg) => svg.getBoundingClientRect());
        const groups = [...layer.children].map((group) => group.getBoundingClientRect());
        if (to > from && !(covered(glyphs, from, to) && covered(groups, from, to))) return false;
        if (box.right < view.right && root.querySelector('.shaped > .pending')) return false;
      }
      if (box.right >= view.right) return true;
    }
    return texts.length > 0;
  };
  const firstPaintMs: number[] = [];
  const firstScreenMs: number[] = [];
  const firstPaintLongestTaskMs: number[] = [];
  let kept: ReturnType<typeof make> | undefined;
  for (let round = 0; round < rounds; round++) {
    await nextPaint();
    const made = make(articles[round % articles.length]!);
    let longest = 0;
    const tasks = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
    });
    tasks.observe({ type: 'longtask', buffered: false });
    performance.mark('bichig-bench:round-start');
    const start = performance.now();
    document.body.append(made.host);
    let done = false;
    // The first screen: checked at every frame before it is painted, timed after its paint.
    const firstScreen = new Promise<number>((resolve) => {
      const check = () => {
        if (screenDrawn(made, done)) {
          performance.mark('bichig-bench:first-screen');
          setTimeout(() => resolve(performance.now() - start), 0);
        } else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    await made.done();
    done = true;
    await nextPaint();
    firstPaintMs.push(performance.now() - start);
    firstScreenMs.push(await firstScreen);
    performance.mark('bichig-bench:round-painted');
    // Long-task entries arrive after the task: wait a frame for them.
    await nextPaint();
    tasks.disconnect();
    firstPaintLongestTaskMs.push(longest);
    if (round < rounds - 1) made.host.remove();
    else kept = made;
  }
  // Scroll through the last one, one step per frame, watching for long tasks and frame gaps.
  performance.mark('bichig-bench:scroll');
  const scroller = kept!.scroller();
  let longestTask = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  let longestFrame = 0;
  let last = performance.now();
  // Until the end: when a step no longer moves the scroll position.
  for (let previous = -1; scroller.scrollLeft !== previous;) {
    previous = scroller.scrollLeft;
    scroller.scrollLeft += 120;
    scroller.dispatchEvent(new WheelEvent('wheel', { deltaY: 0, bubbles: true }));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const now = performance.now();
    longestFrame = Math.max(longestFrame, now - last);
    last = now;
  }
  await nextPaint();
  observer.disconnect();
  const columns = Math.round(scroller.scrollWidth / 36);
  kept!.host.remove();
  return {
    mode,
    firstPaintMs,
    firstScreenMs,
    firstPaintLongestTaskMs,
    longestScrollTaskMs: longestTask,
    longestFrameMs: longestFrame,
    columns,
    longTasks: PerformanceObserver.supportedEntryTypes.includes('longtask'),
  };
};

/**
 * The bench page in Firefox or WebKit, driven as the e2e tests drive them (test/e2e/engine-driver.ts),
 * and a `measure` that runs measureInPage there. A measurement takes longer than a driver lets one
 * script run (WebDriver's 30 s), so the page keeps it running and the driver asks every 20 s
 * whether it is done (each ask returns as soon as it is: no fixed wait, and no polling that would
 * load the core being measured).
 */
async function openBenchPage(
  engine: Engine,
  origin: string,
): Promise<{ version: string; measure: Measure; close(): Promise<void> }> {
  const page = await openEngine(engine);
  await page.setViewport({ width: 1100, height: 700 });
  await page.goto(`${origin}__bench/elements.html`);
  await page.waitFor(
    'the bench page to load its fonts and HarfBuzz',
    '() => window.bichigBenchReady === true',
    180_000,
  );
  const source = measureInPage.toString();
  return {
    version: page.version,
    async measure(mode, articles) {
      await page.evaluate(
        `(options) => {
          window.bichigBenchRun = (${source})(options).then(
            (ok) => ({ ok }),
            (error) => ({ error: String((error && error.stack) || error) }),
          );
        }`,
        { mode, articles, rounds: ROUNDS },
      );
      for (;;) {
        const result = await page.evaluate<{ ok?: Measurement; error?: string } | null>(
          `() => Promise.race([window.bichigBenchRun, new Promise((resolve) => setTimeout(() => resolve(null), 20000))])`,
        );
        if (result?.error) throw new Error(`${engine}, ${mode}: ${result.error}`);
        if (result?.ok) return result.ok;
      }
    },
    close: () => page.close(),
  };
}

try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 700 } });
  await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') console.error('page console:', message.text());
  });
  console.log(`serving on ${origin}; loading the page …`);
  await page.goto(`${origin}__bench/elements.html`);
  await page.waitForFunction(
    () => (window as unknown as { bichigBenchReady?: boolean }).bichigBenchReady === true,
    undefined,
    { timeout: 180_000 },
  );

  const measure: Measure = (mode, articles) => page.evaluate(measureInPage, { mode, articles, rounds: ROUNDS });

  const profiled = process.env['BENCH_PROFILE'] as Mode | undefined;
  const only = process.env['BENCH_MODES']?.split(',') as Mode[] | undefined;
  const cdp = profiled ? await page.context().newCDPSession(page) : undefined;
  // Every engine the project supports, each against its own plain div (BENCH_ENGINES=firefox,webkit for some).
  const engines = (process.env['BENCH_ENGINES']?.split(',') ?? ['chromium', 'firefox', 'webkit']) as Engine[];
  const reports: Record<string, Record<string, unknown>> = {};
  for (const engine of engines) {
    const elsewhere = engine === 'chromium' ? undefined : await openBenchPage(engine, origin);
    console.log(`\n##### ${elsewhere?.version ?? `Chromium ${browser.version()}`}`);
    try {
      const byInput: Record<string, unknown> = {};
      for (const { name, label, articles } of inputs) {
        const article = articles[0]!;
        console.log(
          `\n${label}: ${article.join('\n').length} characters, ${distinctWords(article.join(' '))} distinct words`,
        );
        byInput[name] = await measureInput(name, label, articles, engine, elsewhere?.measure ?? measure);
      }
      reports[engine] = { version: elsewhere?.version ?? browser.version(), ...byInput };
    } finally {
      await elsewhere?.close();
    }
  }
  mkdirSync(new URL('bench-results/', root), { recursive: true });
  writeFileSync(new URL('bench-results/elements.json', root), JSON.stringify(reports, null, 2) + '\n');

  /** Every mode on one article, between two baselines; prints the figures and returns them. */
  async function measureInput(
    name: string,
    label: string,
    articles: string[][],
    engine: Engine,
    run: Measure,
  ): Promise<unknown> {
    // A CPU profile and a trace need Chromium's DevTools protocol.
    const inspected = engine === 'chromium';
    const article = articles[0]!;
    const results: Measurement[] = [];
    /** Per traced mode: main-thread CPU time from connecting to the first paint, per round. */
    const firstPaintCpuMs = new Map<Mode, number[]>();
    const completeCpuMs = new Map<Mode, number[]>();
    for (const mode of ['baseline', 'native', 'shaped', 'auto', 'text-shaped', 'baseline'] as const) {
      if (only && mode !== 'baseline' && !only.includes(mode)) continue;
      console.log(`measuring ${mode} …`);
      if (cdp && inspected && mode === profiled) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      }
      const traced = (inspected && process.env['BENCH_TRACE']?.split(',').includes(mode)) ?? false;
      const tracePath = new URL(`.cache/bench-elements-${name}-${mode}.trace.json`, root).pathname;
      if (traced) {
        mkdirSync(new URL('.cache/', root), { recursive: true });
        await browser.startTracing(page, {
          path: tracePath,
          categories: ['devtools.timeline', 'blink', 'blink.user_timing', 'disabled-by-default-devtools.timeline'],
        });
      }
      // The second set of real articles for text-shaped (see realArticles); every other mode the first.
      const modeArticles =
        mode === 'text-shaped' && articles.length > ROUNDS ? articles.slice(ROUNDS) : articles.slice(0, ROUNDS);
      results.push(await run(mode, modeArticles));
      if (traced) {
        await browser.stopTracing();
        console.log(`  ${mode}:`);
        const cpu = printLongTasks(JSON.parse(readFileSync(tracePath, 'utf8')) as { traceEvents: TraceEvent[] });
        firstPaintCpuMs.set(mode, [...(firstPaintCpuMs.get(mode) ?? []), ...cpu.firstScreen]);
        completeCpuMs.set(mode, [...(completeCpuMs.get(mode) ?? []), ...cpu.complete]);
      }
      if (cdp && inspected && mode === profiled) {
        const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
        mkdirSync(new URL('.cache/', root), { recursive: true });
        writeFileSync(new URL(`.cache/bench-elements-${name}-${mode}.cpuprofile`, root), JSON.stringify(profile));
        printHotFunctions(profile);
      }
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    // The baseline is measured before and after the elements; its median over both runs is the reference.
    const baselines = results.filter((r) => r.mode === 'baseline');
    const baseline = median(baselines.flatMap((r) => r.firstPaintMs));
    const report: Record<string, unknown> = {
      characters: article.join('\n').length,
      distinctWords: distinctWords(article.join(' ')),
      rounds: ROUNDS,
      baselineFirstPaintMs: baseline,
      modes: {},
    };
    console.log(
      `connect → first paint (the screen in sight painted, text layer included) and → complete (bichig-render, painted), ${label}: ${article.join('\n').length} characters of Mongolian in ${article.length} paragraphs (median of ${ROUNDS}; warm fonts and WASM; ${engine})`,
    );
    console.log(
      `  plain vertical-lr div`.padEnd(36) + `first paint = complete ${baseline.toFixed(1)} ms (baseline 1.00×)`,
    );
    for (const result of results.filter((r) => r.mode !== 'baseline')) {
      const ms = median(result.firstPaintMs);
      const ratio = ms / baseline;
      const screenMs = median(result.firstScreenMs);
      const scrollOk = result.longestScrollTaskMs <= 50;
      const paintTask = median(result.firstPaintLongestTaskMs);
      const tasks = result.longTasks
        ? `; longest task while painting ${paintTask ? paintTask.toFixed(0) + ' ms' : 'none over 50 ms'} (median); scrolling: longest task ${result.longestScrollTaskMs ? result.longestScrollTaskMs.toFixed(0) + ' ms' : 'none over 50 ms'} (target ≤ 50 ms) ${scrollOk ? 'met' : 'MISSED'}`
        : '; scrolling';
      console.log(
        (result.mode === 'text-shaped'
          ? '  one <bichig-text renderer="shaped">'
          : `  <bichig-flow renderer="${result.mode}">`
        ).padEnd(36) +
          `first paint ${screenMs.toFixed(1)} ms ${(screenMs / baseline).toFixed(2)}× baseline, complete ${ms.toFixed(1)} ms ${ratio.toFixed(2)}×${tasks}, longest frame ${result.longestFrameMs.toFixed(0)} ms`,
      );
      (report['modes'] as Record<string, unknown>)[result.mode] = {
        firstScreenMs: screenMs,
        firstScreenRatioToBaseline: screenMs / baseline,
        firstScreenSamples: result.firstScreenMs,
        completeMs: ms,
        completeRatioToBaseline: ratio,
        completeSamples: result.firstPaintMs,
        ...(result.longTasks && {
          firstPaintLongestTaskMs: result.firstPaintLongestTaskMs,
          longestScrollTaskMs: result.longestScrollTaskMs,
          scrollTarget50msMet: scrollOk,
        }),
        longestFrameMs: result.longestFrameMs,
      };
    }
    const baselineScroll = Math.max(...baselines.map((r) => r.longestScrollTaskMs));
    const baselinePaintTask = median(baselines.flatMap((r) => r.firstPaintLongestTaskMs));
    if (baselines[0]?.longTasks)
      console.log(
        `  (plain div: longest task while painting ${baselinePaintTask ? baselinePaintTask.toFixed(0) + ' ms' : 'none over 50 ms'} (median), while scrolling ${baselineScroll ? baselineScroll.toFixed(0) + ' ms' : 'none over 50 ms'})`,
      );
    if (firstPaintCpuMs.size > 0) {
      // The plain div's first paint is its complete render.
      const cpuBaseline = completeCpuMs.get('baseline');
      console.log(
        'main-thread CPU time, connect → first paint and → complete (from the trace; unaffected by waiting for a core):',
      );
      const ratio = (values: number[]) =>
        cpuBaseline?.length ? ` ${(median(values) / median(cpuBaseline)).toFixed(2)}× baseline` : '';
      for (const [mode, values] of completeCpuMs) {
        const screen = firstPaintCpuMs.get(mode) ?? [];
        console.log(
          `  ${mode.padEnd(12)} first paint ${median(screen).toFixed(1)} ms${ratio(screen)}, complete ${median(values).toFixed(1)} ms${ratio(values)} (median of ${values.length})`,
        );
      }
      report['firstPaintMainThreadCpuMs'] = Object.fromEntries(
        [...firstPaintCpuMs].map(([mode, values]) => [mode, median(values)]),
      );
      report['completeMainThreadCpuMs'] = Object.fromEntries(
        [...completeCpuMs].map(([mode, values]) => [mode, median(values)]),
      );
    }
    return report;
  }
} finally {
  await close();
}
