// Server commands for the elements' browser tests (registered in web-test-runner.config.mjs):
//   bichig-screenshot       { name, clip: {x, y, width, height} } → PNG as base64; also saved to .cache/elements-screenshots/<name>.png
//                           (Chromium) or <engine>-<name>.png (Firefox, WebKit)
//   bichig-block-requests   { patterns: string[] } → every later request whose URL contains one of them gets a 404
//   bichig-ax-tree          {} → Chromium's full accessibility tree (CDP Accessibility.getFullAXTree) as [{ role, name, ignored }]
// In Firefox (Puppeteer over WebDriver BiDi) and WebKit (scripts/webkit-driver.mjs) the page is
// Puppeteer-shaped; what a driver cannot do throws an error naming the missing capability.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SCREENSHOT_DIR = '.cache/elements-screenshots';

/** Per Puppeteer page: the test file's URL and the patterns it blocks (see bichig-block-requests). */
const blocking = new WeakMap();

export function bichigTestCommands() {
  return {
    name: 'bichig-test-commands',
    async executeCommand({ command, payload, session }) {
      if (!['bichig-screenshot', 'bichig-block-requests', 'bichig-ax-tree'].includes(command)) return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'bichig-screenshot') {
        const { name, clip } = payload;
        if (!/^[\w.-]+$/.test(name)) throw new Error(`bichig-screenshot: invalid name "${name}"`);
        const png = Buffer.from(
          session.browser.type === 'playwright'
            ? await page.screenshot({ clip, animations: 'disabled', caret: 'hide' })
            : await page.screenshot({ clip }),
        );
        mkdirSync(SCREENSHOT_DIR, { recursive: true });
        const prefix = session.browser.name === 'Chromium' ? '' : `${session.browser.name.toLowerCase()}-`;
        writeFileSync(join(SCREENSHOT_DIR, `${prefix}${name}.png`), png);
        return png.toString('base64');
      }
      if (command === 'bichig-ax-tree') {
        if (session.browser.type !== 'playwright')
          throw new Error(
            `${session.browser.name}'s driver lacks an accessibility tree (CDP Accessibility.getFullAXTree)`,
          );
        const cdp = await page.context().newCDPSession(page);
        try {
          await cdp.send('Accessibility.enable');
          const { nodes } = await cdp.send('Accessibility.getFullAXTree');
          return nodes.map((node) => ({
            role: node.role?.value ?? '',
            name: node.name?.value ?? '',
            ignored: node.ignored,
          }));
        } finally {
          await cdp.detach();
        }
      }
      const { patterns } = payload;
      if (session.browser.type === 'puppeteer') {
        // Firefox over BiDi; WebKit's page throws: WebDriver classic cannot intercept requests.
        // The launcher reuses one page across test files, and Puppeteer lets the first listener
        // that answers a request win: a listener per file would let an earlier file's listener
        // pass this file's blocked request on. So each page has one listener, which blocks the
        // patterns of the file now open in it, and only while that file's URL is open.
        const block = { url: page.url(), patterns };
        if (!blocking.has(page)) {
          await page.setRequestInterception(true);
          page.on('request', (request) => {
            if (request.isInterceptResolutionHandled()) return;
            const { url, patterns: now } = blocking.get(page);
            if (page.url() === url && now.some((pattern) => request.url().includes(pattern)))
              void request.respond({ status: 404, contentType: 'text/plain', body: 'blocked by the test' });
            else void request.continue();
          });
        }
        blocking.set(page, block);
        return true;
      }
      await page.route(
        (url) => patterns.some((pattern) => url.href.includes(pattern)),
        (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'blocked by the test' }),
      );
      return true;
    },
  };
}
