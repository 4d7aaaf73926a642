// Runs the core benchmark in Debian's Chromium: Vite serves the page (TypeScript, workspace
// sources, CommonJS deps) on 127.0.0.1; playwright-core drives the browser.
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import type { BenchInput, BenchResult } from './lib.js';
import { harfbuzzModuleStub } from '../../wtr-harfbuzz-stub.mjs';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
];

export async function runInChromium(
  rootDir: string,
  input: Omit<BenchInput, 'heapUsed' | 'gc'>,
): Promise<{ result: BenchResult; peakHeapMB?: number }> {
  const server = await createServer({
    root: rootDir,
    configFile: false,
    logLevel: 'error',
    resolve: { conditions: ['source', 'browser', 'module', 'import', 'default'] },
    plugins: [harfbuzzModuleStub()],
    optimizeDeps: { exclude: ['harfbuzzjs'] },
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
  });
  await server.listen();
  const address = server.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    // tsx compiles this file with esbuild's keepNames, which wraps functions in __name(); the
    // function given to page.evaluate runs in the page, so the page needs that helper too.
    await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`http://127.0.0.1:${port}/scripts/bench/core/page.html`);
    await page.waitForFunction(
      () => (window as unknown as { bichigBenchReady?: boolean }).bichigBenchReady === true,
      undefined,
      { timeout: 120_000 },
    );
    const texts = { mongolianText: input.mongolianText, chineseText: input.chineseText };
    return await page.evaluate(async ({ mongolianText, chineseText }) => {
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
        mongolianText,
        chineseText,
        heapUsed,
        gc,
      });
      return { result, peakHeapMB: memory ? peak / 1048576 : undefined };
    }, texts);
  } finally {
    await browser.close();
    await server.close();
  }
}
