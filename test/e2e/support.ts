// Shared pieces of the end-to-end tests: the built demo portal served by `vite preview`, and
// Debian's Chromium driven by playwright-core.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { chromium, type Browser, type Page } from 'playwright-core';
import { getLayout } from '@bichig/keyboard';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/ensure-chromium.mjs';

export interface Preview {
  url: string;
  close(): Promise<void>;
}

/** Serves demo-site/dist on a free loopback port. The demo must have been built (npm test does). */
export async function startPreview(): Promise<Preview> {
  const port = 4300 + Math.floor(Math.random() * 500);
  const child: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: new URL('../../demo-site/', import.meta.url), stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    url,
    async close() {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: run `node scripts/ensure-chromium.mjs`');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** Collects console errors and page errors; a page that logs one has failed. */
const HARNESS_EVAL =
  /^Evaluating a string as JavaScript violates the following Content Security Policy directive because 'unsafe-eval'/;

export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    // The harness's own string evaluations (axe-core's source, the deep-text and ink helpers) meet
    // the portal's CSP (no 'unsafe-eval') and Chromium reports each as an error; the page's own
    // compliance with its policy is security.test.ts's job (securitypolicyviolation events).
    if (message.type() === 'error' && !HARNESS_EVAL.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => {
    if (!HARNESS_EVAL.test(error.message)) errors.push(error.message);
  });
  return errors;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page and returns its violations (id and the first few targets). */
export async function axeViolations(page: Page): Promise<{ id: string; help: string; targets: string[] }[]> {
  // Evaluated, not added as an inline <script>: the portal's CSP refuses inline scripts.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
          ) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
}

export const SCREENSHOTS = new URL('../../.cache/screenshots/', import.meta.url);
mkdirSync(SCREENSHOTS, { recursive: true });

// ───────────────────────────── the portal ─────────────────────────────

/** One prerendered page, as listed in demo-site/dist/portal-pages.json by the build. */
export interface PortalPage {
  url: string;
  kind: 'home' | 'column' | 'article' | 'item' | 'search';
  language: 'zh' | 'mn';
  site?: string;
  features: string[];
}

/** Every page the build wrote. */
export function portalPages(): PortalPage[] {
  return JSON.parse(
    readFileSync(new URL('../../demo-site/dist/portal-pages.json', import.meta.url), 'utf8'),
  ) as PortalPage[];
}

/** The fixture's "today", noon in China: the browser clock of every portal test (surveys open, deadlines count). */
export const FIXTURE_NOW = new Date('2026-11-20T12:00:00+08:00');

export const VIEWPORTS = {
  phone: { width: 360, height: 740 },
  desktop: { width: 1280, height: 800 },
} as const;

/** A fresh visitor (own storage and IndexedDB) at a viewport, with the clock at {@link FIXTURE_NOW}. */
export async function newVisitor(
  browser: Browser,
  viewport: { width: number; height: number } = VIEWPORTS.desktop,
  options: { javaScriptEnabled?: boolean; touch?: boolean } = {},
): Promise<Page> {
  const { touch, ...contextOptions } = options;
  // A touch visitor is a phone: taps, and the mobile viewport rules.
  const context = await browser.newContext({
    viewport,
    ...contextOptions,
    ...(touch ? { hasTouch: true, isMobile: true } : {}),
  });
  const page = await context.newPage();
  if (options.javaScriptEnabled !== false) await page.clock.setFixedTime(FIXTURE_NOW);
  return page;
}

/** Opens a portal URL and waits until its fonts are in and its interactive parts have started. */
export async function openPortalPage(page: Page, preview: Preview, url: string): Promise<void> {
  const response = await page.goto(new URL(url, preview.url).href);
  if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
  await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true', undefined, {
    timeout: 30_000,
  });
  await page.evaluate(() => document.fonts.ready);
}

// Written as a string so the test transpiler cannot wrap the functions in helpers the page lacks.
const DEEP_TEXT = `(selector) => {
  const collect = (node) => {
    let text = node.nodeType === Node.TEXT_NODE ? node.textContent || '' : '';
    if (node instanceof Element && node.shadowRoot) text += collect(node.shadowRoot);
    for (const child of node.childNodes) text += collect(child);
    return text;
  };
  const find = (root) => {
    const found = root.querySelector(selector);
    if (found) return found;
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) {
        const inner = find(element.shadowRoot);
        if (inner) return inner;
      }
    }
    return null;
  };
  const element = find(document);
  return element ? collect(element) : '';
}`;

/** The text of the first element matching `selector` (searched through shadow roots too), including its shadow roots' text. */
export async function deepText(page: Page, selector: string): Promise<string> {
  return page.evaluate(`(${DEEP_TEXT})(${JSON.stringify(selector)})`) as Promise<string>;
}

// Written as a string for the same reason as DEEP_TEXT.
const INK_DIFFERENCE = `async ({ first, second, width }) => {
  const draw = async (markup) => {
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    return context.getImageData(0, 0, Math.min(width, canvas.width), canvas.height).data;
  };
  const a = await draw(first);
  const b = await draw(second);
  let ink = 0;
  let differing = 0;
  for (let i = 0; i < a.length; i += 4) {
    const darkA = a[i] + a[i + 1] + a[i + 2] < 384;
    const darkB = b[i] + b[i + 1] + b[i + 2] < 384;
    if (darkA) ink++;
    if (darkA !== darkB) differing++;
  }
  return { ink, differing };
}`;

/**
 * Draws two SVG documents as images (as an <img> would show them) and compares the left `width`
 * pixels: how many are dark in the first, and how many differ in darkness between the two.
 */
export async function svgInkDifference(
  page: Page,
  first: string,
  second: string,
  width: number,
): Promise<{ ink: number; differing: number }> {
  return page.evaluate(`(${INK_DIFFERENCE})(${JSON.stringify({ first, second, width })})`) as Promise<{
    ink: number;
    differing: number;
  }>;
}

// ───────────────────────────── the virtual keyboard ─────────────────────────────

/** Key ids of the standard layout's base layer, by the character they type (space: `Space`). */
export function standardKeyMap(): Map<string, string> {
  const layout = getLayout('standard');
  const layer = layout.layers.find((l) => l.id === layout.defaultLayer)!;
  const byText = new Map<string, string>();
  for (const key of layer.rows.flat()) if (key.action.type === 'insert') byText.set(key.action.text, key.id);
  byText.set(' ', 'Space');
  return byText;
}

/** The key ids that type `text` on the standard layout's base layer (each character must have one). */
export function keysFor(text: string): string[] {
  const byText = standardKeyMap();
  return [...text].map((ch) => {
    const id = byText.get(ch);
    assert.ok(id, `the standard layout's base layer has a key for U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`);
    return id;
  });
}

/** Types `text` by clicking the keys of the `<bichig-keyboard>` that `keyboard` selects. */
export async function typeWithVirtualKeyboard(page: Page, keyboard: string, text: string): Promise<void> {
  for (const id of keysFor(text)) await page.locator(`${keyboard} button[data-key="${id}"]`).click();
}
