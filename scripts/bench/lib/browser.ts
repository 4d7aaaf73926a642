// What every Chromium benchmark needs: Vite serving the repository's TypeScript sources on
// 127.0.0.1 (workspace packages through their `@bichig/source` condition, harfbuzzjs's Node-only import
// stubbed) and Debian's Chromium driven by playwright-core.
import { createServer, type Plugin } from 'vite';
import { chromium, type Browser } from 'playwright-core';
import { harfbuzzModuleStub } from '../../wtr-harfbuzz-stub.mjs';
import { CHROMIUM_ARGS, ensureChromium } from '../../ensure-chromium.mjs';

/** A Vite plugin that serves one benchmark page (HTML written in the benchmark) at `path`. */
export function servePage(name: string, path: string, html: string): Plugin {
  return {
    name,
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url !== path) return next();
        response.setHeader('content-type', 'text/html; charset=utf-8');
        response.end(html);
      });
    },
  };
}

export interface BenchBrowser {
  browser: Browser;
  /** The dev server's origin, ending in "/". */
  origin: string;
  close(): Promise<void>;
}

export async function startBenchBrowser(options: {
  root: string;
  plugins?: Plugin[];
  chromiumArgs?: string[];
  /**
   * The modules a page served from a plugin imports (relative to root). Vite finds the
   * dependencies to pre-bundle by crawling HTML files; a page it cannot see makes it discover them
   * while the page loads, re-bundle, and answer the modules already asked for with 504 (Outdated
   * Optimize Dep), which breaks the page on a fresh clone.
   */
  entries?: string[];
}): Promise<BenchBrowser> {
  const server = await createServer({
    root: options.root,
    configFile: false,
    logLevel: 'error',
    resolve: { conditions: ['@bichig/source', 'browser', 'module', 'import', 'default'] },
    plugins: [harfbuzzModuleStub() as Plugin, ...(options.plugins ?? [])],
    optimizeDeps: { exclude: ['harfbuzzjs'], ...(options.entries && { entries: options.entries }) },
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
  });
  await server.listen();
  const address = server.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.chromiumArgs ?? [])],
  });
  return {
    browser,
    origin: `http://127.0.0.1:${port}/`,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
