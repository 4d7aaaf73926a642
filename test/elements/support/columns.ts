// Helpers for the column layout and site chrome tests: the Xilingol fixture cluster, mounting an
// element inside a <main> landmark, and waiting until it (and every <bichig-text> in it) is drawn.
import { fetchCluster } from '@bichig/cluster';
import type { Cluster } from '@bichig/cluster';
import type { BichigText } from '@bichig/elements';

/** The fixture served by the test runner (rootDir is the repository). */
export const FIXTURE_DIRECTORY = '/packages/fixtures/xilingol/';
export const FIXTURE_SRC = `${FIXTURE_DIRECTORY}cluster.json`;
/** A fixed "now" so that what is published does not depend on the day the tests run. */
export const NOW = '2026-01-01T12:00:00+08:00';

/** A fresh copy of the fixture cluster (tests may change it). */
export async function fixtureCluster(): Promise<Cluster> {
  const { cluster, errors } = await fetchCluster(new URL(FIXTURE_DIRECTORY, location.href));
  if (errors.length) throw new Error(`the fixture has ${errors.length} validation problems`);
  return cluster;
}

/** Waits for Lit updates and every <bichig-text> inside `root` (through shadow roots) to finish drawing. */
export async function settled(element: Element): Promise<void> {
  for (let round = 0; round < 5; round++) {
    await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
    const texts = deepQueryAll(element, 'bichig-text') as BichigText[];
    await Promise.all(texts.map((t) => t.whenRendered()));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** querySelectorAll through open shadow roots. */
export function deepQueryAll(root: Element | ShadowRoot | Document, selector: string): Element[] {
  const out: Element[] = [];
  const visit = (node: Element | ShadowRoot | Document) => {
    out.push(...node.querySelectorAll(selector));
    for (const child of node.querySelectorAll('*')) if (child.shadowRoot) visit(child.shadowRoot);
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
  };
  visit(root);
  return [...new Set(out)];
}

/** Creates `tag` with attributes and properties inside the page's <main>, and waits until it is drawn. */
export async function mount<T extends HTMLElement>(
  tag: string,
  attributes: Record<string, string> = {},
  properties: Record<string, unknown> = {},
): Promise<T> {
  const element = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  Object.assign(element, properties);
  let main = document.querySelector('main');
  if (!main) document.body.append((main = document.createElement('main')));
  main.append(element);
  const loaded = (element as unknown as { whenLoaded?: () => Promise<void> }).whenLoaded;
  if (loaded) await loaded.call(element);
  await settled(element);
  return element;
}

/** Removes everything the tests mounted. */
export function unmountAll(): void {
  document.querySelector('main')?.replaceChildren();
}

/** Visible text of an element's shadow tree, with the text of nested <bichig-text> elements. */
export function shadowText(element: Element): string {
  // Only ASCII whitespace: NNBSP (U+202F) inside Mongolian words must survive.
  return collectText(element.shadowRoot!)
    .replace(/[ \t\n\r]+/g, ' ')
    .trim();
}

function collectText(node: Node): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
    else if (child instanceof Element) {
      if (child.localName === 'style' || child.localName === 'script') continue;
      if (child.localName === 'bichig-text') text += (child as BichigText).source;
      else text += collectText(child.shadowRoot ?? child);
      text += ' ';
    }
  }
  return text;
}

/** axe violations as readable lines: rule, help and the first offending nodes. */
export function describeViolations(violations: Array<{ id: string; help: string; nodes: unknown[] }>): string[] {
  return violations.map(
    (v) =>
      `${v.id}: ${v.help} @ ${JSON.stringify((v.nodes as Array<{ target: unknown; failureSummary?: string }>).slice(0, 2).map((n) => [n.target, n.failureSummary]))}`,
  );
}
