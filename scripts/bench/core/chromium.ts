// Runs the core benchmark in Debian's Chromium: Vite serves the page (TypeScript, workspace
// sources, CommonJS deps) on 127.0.0.1; playwright-core drives the browser.
import type { BenchInput, BenchResult } from './lib.js';
import { startBenchBrowser } from '../lib/browser.js';

// Precise memory figures and a callable gc() for the heap measurements.
const MEMORY_ARGS = ['--enable-precise-memory-info', '--js-flags=--expose-gc'];
export async function runInChromium(
  rootDir: string,
  input: Omit<BenchInput, 'heapUsed' | 'gc' | 'document'>,
  documents: readonly string[],
): Promise<Array<{ result: BenchResult; peakHeapMB?: number }>> {
  const { browser, origin, close } = await startBenchBrowser({ root: rootDir, chromiumArgs: MEMORY_ARGS });
  try {
    const page = await browser.newPage();
    // tsx compiles this file with esbuild's keepNames, which wraps functions in __name(); the
    // function given to page.evaluate runs in the page, so the page needs that helper too.
    await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
    page.on('pageerror', (error) => console.error('page error:', error.message));
    const results: Array<{ result: BenchResult; peakHeapMB?: number }> = [];
    // A fresh page per document, so that each starts with an empty heap and empty caches.
    for (const document of documents) {
      await page.goto(`${origin}scripts/bench/core/page.html`);
      await page.waitForFunction(
        () => (window as unknown as { bichigBenchReady?: boolean }).bichigBenchReady === true,
        undefined,
        { timeout: 120_000 },
      );
      results.push(
        await page.evaluate(async (document) => {
          const bytes = async (path: string) => new Uint8Array(await (await fetch(path)).arrayBuffer());
          const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
          let peak = 0;
          const heapUsed = () => {
            const used = memory?.usedJSHeapSize;
            if (used !== undefined) peak = Math.max(peak, used);
            return used;
          };
          const gc = (globalThis as { gc?: () => void }).gc;
          const run = (window as unknown as { bichigBench: (input: BenchInput) => Promise<BenchResult> }).bichigBench;
          const result = await run({
            mongolianFont: await bytes('/fonts/NotoSansMongolian-Regular.ttf'),
            chineseFont: await bytes('/fonts/NotoSansSC-GB2312-Regular.ttf'),
            document,
            heapUsed,
            gc,
          });
          return { result, peakHeapMB: memory ? peak / 1048576 : undefined };
        }, document),
      );
    }
    return results;
  } finally {
    await close();
  }
}
