// Every story of the Storybook build opens in Chromium, renders something, logs no error and is
// axe-core clean: what a designer previewing a layout sees.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchErrors } from './support.js';
import { createRequire } from 'node:module';
import { serveDirectory } from './static-server.js';

const root = fileURLToPath(new URL('../../.cache/storybook-static/', import.meta.url));
let server: Awaited<ReturnType<typeof serveDirectory>>;
let browser: Browser;

before(async () => {
  assert.ok(existsSync(root), 'npm test builds Storybook into .cache/storybook-static before the e2e stage');
  server = await serveDirectory(root);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core over the story's root. Storybook's a11y addon runs its own axe on every story; axe
 * refuses to start twice at once, so wait for that run to end rather than race it.
 */
async function storyViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    type AxeResult = { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Element) => Promise<AxeResult> } }).axe;
    for (let attempt = 0; ; attempt++) {
      try {
        const result = await axe.run(document.querySelector('#storybook-root')!);
        return result.violations.map(
          (v) =>
            `${v.id} (${v.help}) at ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(', ')}`,
        );
      } catch (error) {
        if (attempt > 50 || !String(error).includes('already running')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  });
}

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  name: string;
}

async function renderStory(page: Page, id: string) {
  const errors = watchErrors(page);
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  await page.goto(`${server.url}iframe.html?id=${encodeURIComponent(id)}&viewMode=story`);
  await page.waitForFunction(() => {
    const root = document.querySelector('#storybook-root');
    return root && root.children.length > 0;
  });
  // Judge the story once its elements say they are done (data loaded, text laid out, fonts in),
  // not after a fixed time: elements created while others finish (a flow's texts) are waited for too.
  // (No named functions inside: tsx's keepNames would wrap them in a __name() the page lacks.)
  await page.evaluate(async () => {
    type Settling = Element & {
      updateComplete?: Promise<unknown>;
      whenLoaded?: () => Promise<unknown>;
      whenRendered?: () => Promise<unknown>;
    };
    const waited = new Set<Element>();
    for (let round = 0; round < 10; round++) {
      const found: Settling[] = [];
      const roots: ParentNode[] = [document];
      for (let root = roots.pop(); root; root = roots.pop()) {
        for (const element of root.querySelectorAll('*')) {
          if (element.localName.startsWith('bichig-') && !waited.has(element)) found.push(element as Settling);
          if (element.shadowRoot) roots.push(element.shadowRoot);
        }
      }
      if (found.length === 0) break;
      await Promise.all(
        found.map(async (element) => {
          waited.add(element);
          // An element a story's element loads on demand (the mailbox's keyboard, on the first
          // focus of a Mongolian field) is not defined yet, and need not be: judge the rest.
          if (!customElements.get(element.localName)) return;
          await element.updateComplete;
          await element.whenLoaded?.().catch(() => undefined); // a failed load shows its error: judged below
          await element.whenRendered?.();
        }),
      );
    }
    await document.fonts.ready;
  });
  const shown = await page.evaluate(() => {
    const root = document.querySelector('#storybook-root')!;
    const box = root.getBoundingClientRect();
    return { width: box.width, height: box.height, error: document.querySelector('.sb-show-errordisplay') !== null };
  });
  return { errors, shown };
}

test('every story renders without errors and is axe-clean', async () => {
  const index = JSON.parse(readFileSync(`${root}/index.json`, 'utf8')) as { entries: Record<string, IndexEntry> };
  const stories = Object.values(index.entries).filter((e) => e.type === 'story');
  assert.ok(stories.length >= 20, `expected the stories of every component, found ${stories.length}`);
  const problems: string[] = [];
  // Two pages at a time: the machine has two cores.
  const queue = [...stories];
  const worker = async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    for (let story = queue.shift(); story; story = queue.shift()) {
      const { errors, shown } = await renderStory(page, story.id);
      if (shown.error) problems.push(`${story.id}: Storybook shows an error`);
      if (shown.width === 0 || shown.height === 0) problems.push(`${story.id}: renders nothing visible`);
      for (const e of errors) problems.push(`${story.id}: console error: ${e}`);
      for (const v of await storyViolations(page)) problems.push(`${story.id}: axe ${v}`);
      page.removeAllListeners('console');
      page.removeAllListeners('pageerror');
      page.removeAllListeners('response');
    }
    await page.close();
  };
  await Promise.all([worker(), worker()]);
  assert.deepEqual(problems, []);
});
