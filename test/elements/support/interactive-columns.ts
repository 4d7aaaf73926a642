// Helpers for the interactive column tests (catalog, service hall, mailbox, survey, interview):
// the fixture cluster, mounting inside a <main>, waiting for drawing, and typing Mongolian through
// the standard keyboard layout's physical keys.
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { fetchCluster, type Cluster } from '@bichig/cluster';
import { getLayout } from '@bichig/keyboard';
import { setLocale } from '@bichig/elements';

export const FIXTURE_DIRECTORY = '/packages/fixtures/xilingol/';

let cached: Promise<Cluster> | undefined;
/** A fresh copy of the fixture cluster per call (elements and adapters may change what they hold). */
export async function fixtureCluster(): Promise<Cluster> {
  const { cluster, errors } = await fetchCluster(new URL(FIXTURE_DIRECTORY, location.href));
  if (errors.length) throw new Error(`the fixture has ${errors.length} validation problems`);
  return cluster;
}
/** The fixture, loaded once, for read-only use. */
export function sharedFixture(): Promise<Cluster> {
  return (cached ??= fixtureCluster());
}

/** The two ways every interactive column is tested. */
export const LANGUAGES = [
  { name: 'Chinese', lang: 'zh', locale: 'zh-Hans', site: 'xlgl' },
  { name: 'Mongolian', lang: 'mn', locale: 'mn-Mong', site: 'xlgl-mn' },
] as const;

export async function useLocale(locale: string): Promise<void> {
  await setLocale(locale);
}

export function deepQueryAll(root: Element | ShadowRoot | Document, selector: string): Element[] {
  const out = new Set<Element>();
  const visit = (node: Element | ShadowRoot | Document) => {
    for (const found of node.querySelectorAll(selector)) out.add(found);
    for (const child of node.querySelectorAll('*')) if (child.shadowRoot) visit(child.shadowRoot);
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
  };
  visit(root);
  return [...out];
}

/** Waits for Lit updates, pending adapter calls and every <bichig-text> inside to be drawn. */
export async function settled(element: Element): Promise<void> {
  for (let round = 0; round < 6; round++) {
    await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
    const texts = deepQueryAll(element, 'bichig-text') as Array<Element & { whenRendered(): Promise<unknown> }>;
    await Promise.all(texts.map((t) => t.whenRendered()));
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

export async function mount<T extends HTMLElement>(
  tag: string,
  attributes: Record<string, string>,
  properties: Record<string, unknown> = {},
): Promise<T> {
  const element = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  Object.assign(element, properties);
  let main = document.querySelector('main');
  if (!main) document.body.append((main = document.createElement('main')));
  main.append(element);
  await settled(element);
  return element;
}

export function unmountAll(): void {
  document.querySelector('main')?.replaceChildren();
}

/** Forgets every form draft the elements kept (IndexedDB), so one test's typing never shows up in the next. */
export async function clearDrafts(): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase('bichig-drafts');
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('could not delete the drafts database'));
    request.onblocked = () => reject(new Error('the drafts database is still open somewhere'));
  });
}

/** Resolves once `check` is true (checked every animation frame), or fails after `frames` frames with `what`. */
export async function until(check: () => boolean, what: string, frames = 600): Promise<void> {
  for (let i = 0; i < frames; i++) {
    if (check()) return;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  throw new Error(`still waiting for: ${what}`);
}

/**
 * The hooks of a column's suite in one language: a desktop viewport and the interface locale
 * before it, Chinese again after it, and a clean page (and no kept drafts) after each test.
 */
export function languageSuiteHooks(locale: string): void {
  before(async () => {
    await setViewport({ width: 1280, height: 900 });
    await useLocale(locale);
  });
  after(() => useLocale('zh-Hans'));
  afterEach(async () => {
    unmountAll();
    await clearDrafts();
  });
}

/** The shadow root's element matching `selector`; throws with the selector when there is none. */
export function $<E extends Element = HTMLElement>(host: Element, selector: string): E {
  const found = host.shadowRoot!.querySelector<E>(selector);
  if (!found) throw new Error(`<${host.localName}> has no ${selector}`);
  return found;
}
export function $$<E extends Element = HTMLElement>(host: Element, selector: string): E[] {
  return [...host.shadowRoot!.querySelectorAll<E>(selector)];
}

/** Text of a subtree, with <bichig-text> sources, through shadow roots; only ASCII whitespace collapsed (NNBSP is content). */
export function textOf(node: Node): string {
  let text = '';
  for (const child of (node instanceof Element && node.shadowRoot && node.localName !== 'bichig-text'
    ? node.shadowRoot
    : node
  ).childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
    else if (child instanceof Element) {
      if (child.localName === 'style') continue;
      text += child.localName === 'bichig-text' ? (child as Element & { source: string }).source : textOf(child);
      text += ' ';
    }
  }
  return text.replace(/[ \t\n\r]+/g, ' ').trim();
}

/**
 * Types `text` with hardware key presses of the standard (GB/T 28038) layout, as a person with a
 * Mongolian keyboard would: each character becomes the KeyboardEvent.code (with Shift or Alt)
 * that produces it. The focused field must be bound to a <bichig-keyboard> mapping physical keys.
 */
export async function typeMongolian(text: string): Promise<void> {
  const layout = getLayout('standard');
  const keys = new Map<string, string>();
  for (const [code, key] of layout.physicalKeys) {
    for (const level of ['base', 'shift', 'alt'] as const) {
      const value = (key as unknown as Record<string, unknown>)[level];
      const produced = typeof value === 'string' ? value : (value as { text?: string } | undefined)?.text;
      if (produced && !keys.has(produced))
        keys.set(produced, level === 'base' ? code : `${level === 'shift' ? 'Shift' : 'Alt'}+${code}`);
    }
  }
  for (const char of text) {
    const press = char === ' ' ? 'Space' : keys.get(char);
    if (!press)
      throw new Error(`no key of the standard layout types U+${char.codePointAt(0)!.toString(16).toUpperCase()}`);
    await sendKeys({ press });
  }
}

/** A readable list of code points, for assertion messages. */
export function codePoints(text: string): string {
  return [...text].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}

export { axeProblems } from './axe.js';
