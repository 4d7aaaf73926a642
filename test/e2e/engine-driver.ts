// An engine-neutral page driver for the portal's end-to-end tests in Chromium, Firefox and WebKit:
// open a page, wait for a state, click, type, evaluate, screenshot. Playwright cannot drive
// Debian's Firefox or WebKitGTK, so:
//   chromium  puppeteer-core over CDP (Debian's Chromium)
//   firefox   puppeteer-core over WebDriver BiDi (Firefox ESR)
//   webkit    WebKitWebDriver over WebDriver classic (scripts/webkit-driver.mjs; Xvfb when no display)
// Page scripts are passed as source strings, so no test transpiler helper reaches the page.
import { writeFileSync } from 'node:fs';
import puppeteer, { type Page as PuppeteerPage } from 'puppeteer-core';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/ensure-chromium.mjs';
import { findEngine } from '../../scripts/ensure-engines.mjs';
import { startWebKit } from '../../scripts/webkit-driver.mjs';

export type Engine = 'chromium' | 'firefox' | 'webkit';
export const ENGINES: Engine[] = ['chromium', 'firefox', 'webkit'];

export interface EnginePage {
  engine: Engine;
  version: string;
  goto(url: string): Promise<void>;
  setViewport(size: { width: number; height: number }): Promise<void>;
  /** Evaluates `source`, a function expression's source, called with `args` (JSON values). */
  evaluate<T>(source: string, ...args: unknown[]): Promise<T>;
  /** Resolves when `source` (a function expression's source) returns a truthy value; fails after `timeout` ms with `what`. */
  waitFor(what: string, source: string, timeout?: number): Promise<void>;
  /** Clicks the centre of the element found by `path`: each selector is searched in the previous match, through shadow roots. */
  click(path: string[]): Promise<void>;
  /** Types `text` with the keyboard into the focused element, a key event per character. */
  type(text: string): Promise<void>;
  /** Presses and releases a key by its name (`Enter`). */
  press(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Page errors and console errors so far; undefined where the driver cannot see them (WebDriver classic). */
  errors(): string[] | undefined;
  close(): Promise<void>;
}

interface PuppeteerShaped {
  goto(url: string): Promise<unknown>;
  setViewport(size: { width: number; height: number }): Promise<void>;
  evaluate(fn: string | ((...args: never[]) => unknown), ...args: unknown[]): Promise<unknown>;
  mouse: { click(x: number, y: number): Promise<void> };
  keyboard: { type(text: string): Promise<void>; press(key: string): Promise<void> };
  screenshot(options?: object): Promise<Uint8Array>;
}

/** Finds the element for `path` (see EnginePage.click) and returns its viewport centre, after scrolling it into view. */
const CENTRE_OF = `(path) => {
  const find = (root, selector) => {
    const found = root.querySelector(selector);
    if (found) return found;
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) {
        const inner = find(element.shadowRoot, selector);
        if (inner) return inner;
      }
    }
    return null;
  };
  let node = document;
  for (const selector of path) {
    node = find(node.shadowRoot ?? node, selector) ?? (node.shadowRoot ? find(node, selector) : null);
    if (!node) return null;
  }
  node.scrollIntoView({ block: 'center', inline: 'center' });
  const rect = node.getBoundingClientRect();
  return [rect.left + rect.width / 2, rect.top + rect.height / 2];
}`;

function wrap(
  engine: Engine,
  version: string,
  page: PuppeteerShaped,
  close: () => Promise<void>,
  errors?: string[],
): EnginePage {
  // The source becomes a function here, in Node, and the driver calls it in the page
  // (callFunctionOn / script.callFunction): a string the page had to evaluate would be refused by
  // the portal's Content-Security-Policy (no 'unsafe-eval'), and tsx would rename a function
  // written in this file (keepNames).
  const evaluate = async <T>(source: string, ...args: unknown[]): Promise<T> =>
    (await page.evaluate(new Function(`return (${source});`)() as (...args: never[]) => unknown, ...args)) as T;
  return {
    engine,
    version,
    goto: async (url) => {
      await page.goto(url);
    },
    setViewport: (size) => page.setViewport(size),
    evaluate,
    async waitFor(what, source, timeout = 30_000) {
      const deadline = Date.now() + timeout;
      // Polls the page's state (each poll is one round trip); a fixed wait is never used.
      while (!(await evaluate<boolean>(source))) {
        if (Date.now() > deadline) throw new Error(`${engine}: timed out after ${timeout} ms waiting for ${what}`);
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
    async click(path) {
      const centre = await evaluate<[number, number] | null>(CENTRE_OF, path);
      if (!centre) throw new Error(`${engine}: no element at ${path.join(' → ')}`);
      await page.mouse.click(centre[0], centre[1]);
    },
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    async screenshot(path) {
      writeFileSync(path, Buffer.from(await page.screenshot()));
    },
    errors: () => errors && [...errors],
    close,
  };
}

export async function openEngine(engine: Engine): Promise<EnginePage> {
  if (engine === 'webkit') {
    const page = await startWebKit();
    return wrap(engine, `WebKitGTK ${page.version}`, page as unknown as PuppeteerShaped, () => page.stop());
  }
  const browser = await puppeteer.launch(
    engine === 'chromium'
      ? { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS }
      : { browser: 'firefox', executablePath: findEngine('firefox'), headless: true },
  );
  const page: PuppeteerPage = await browser.newPage();
  // The driver's own evaluations must not meet the portal's Content-Security-Policy (no
  // 'unsafe-eval'): CDP can lift it for them; WebDriver BiDi cannot, and Firefox reports the
  // driver's Function() call as the page's error, so those reports are left out of `errors`.
  // The portal's policy itself is tested in security.test.ts, with no driver evaluating there.
  if (engine === 'chromium') await page.setBypassCSP(true);
  const driverEval = /call to Function\(\) blocked by CSP|blocked a JavaScript eval \(script-src\)/;
  const errors: string[] = [];
  page.on('pageerror', (error) => {
    const text = String((error as Error).message ?? error);
    if (engine !== 'firefox' || !driverEval.test(text)) errors.push(text);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && (engine !== 'firefox' || !driverEval.test(message.text())))
      errors.push(message.text());
  });
  return wrap(engine, await browser.version(), page as unknown as PuppeteerShaped, () => browser.close(), errors);
}
