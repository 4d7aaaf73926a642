// Issue #13: what the XSS tests of the elements share. Every payload of the corpus
// (test/fixtures/xss-payloads.ts) that runs calls window.__xss(), counted here; what a shadow tree
// holds that could run or load (handlers, embedded documents, URLs of other schemes) is listed;
// inert links are clicked; images are waited for, by their events.
import { deepQueryAll } from './columns.js';

declare global {
  interface Window {
    __xss: () => void;
  }
}

// Payloads in a page's own markup (the light DOM) whose handler or javascript: URL does not even
// compile (e.g. `onerror=__xss()\u180E`) throw SyntaxErrors, which would fail whichever test is
// running as uncaught errors. No code of the tests is compiled late, so only payloads throw them.
window.addEventListener(
  'error',
  (event: ErrorEvent) => {
    if (event.error instanceof SyntaxError || /SyntaxError/.test(event.message)) event.stopImmediatePropagation();
  },
  true,
);

const state = { runs: 0, trying: '' };
window.__xss = () => {
  state.runs++;
  console.log(`__xss() ran while trying ${state.trying}`);
};

/** How many payloads have run so far in this page. */
export function xssRuns(): number {
  return state.runs;
}

/** Names the path and payload being tried, so that any that runs is named in the log. */
export function trying(what: string): void {
  state.trying = what;
}

export const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'xlink:href', 'data', 'background'];
const EMBEDDING = ['script', 'iframe', 'object', 'embed', 'frame', 'foreignobject', 'base', 'meta', 'link'];

/** The shadow trees of `root` and of every element inside them. */
export function shadowTrees(root: Element): ShadowRoot[] {
  const trees: ShadowRoot[] = root.shadowRoot ? [root.shadowRoot] : [];
  for (let i = 0; i < trees.length; i++)
    for (const element of trees[i]!.querySelectorAll('*')) if (element.shadowRoot) trees.push(element.shadowRoot);
  return trees;
}

/** Everything unsafe in `root`'s shadow trees: handlers, embedded documents, URLs of other schemes. */
export function unsafeIn(root: Element): string[] {
  const found: string[] = [];
  for (const tree of shadowTrees(root)) {
    for (const element of tree.querySelectorAll('*')) {
      if (EMBEDDING.includes(element.localName.toLowerCase())) found.push(`<${element.localName}>`);
      for (const attribute of element.attributes) {
        if (attribute.name.toLowerCase().startsWith('on')) found.push(`${element.localName}[${attribute.name}]`);
        if (!URL_ATTRIBUTES.includes(attribute.name.toLowerCase())) continue;
        const urls =
          attribute.name === 'srcset'
            ? attribute.value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '')
            : [attribute.value];
        for (const url of urls) {
          let protocol = 'unparsable:';
          try {
            protocol = new URL(url, document.baseURI).protocol;
          } catch {
            // stays unparsable
          }
          if (!SAFE_PROTOCOLS.includes(protocol))
            found.push(`${element.localName}[${attribute.name}=${url.slice(0, 60)}]`);
        }
      }
    }
  }
  return found;
}

/**
 * Clicks every link in `root`'s shadow trees that would not leave the page (no href, or a scheme
 * other than http(s)/mailto/tel). The light DOM is the page's own markup, not the element's.
 */
export function clickInertLinks(root: Element): number {
  let clicked = 0;
  for (const link of deepQueryAll(root.shadowRoot!, 'a')) {
    const href = link.getAttribute('href');
    let protocol = '';
    try {
      protocol = href === null ? '' : new URL(href, document.baseURI).protocol;
    } catch {
      // unparsable: clicked
    }
    if (href !== null && SAFE_PROTOCOLS.includes(protocol)) continue;
    (link as HTMLElement).click();
    clicked++;
  }
  return clicked;
}

/**
 * Waits until every image in `root` (light DOM and shadow trees) has loaded or failed, and two
 * frames. `eager`: lazy images are made eager first, so that one out of view loads (and fires its
 * events) too.
 */
export async function mediaSettled(root: Element, options: { eager?: boolean } = {}): Promise<void> {
  const images = [...root.querySelectorAll('img'), ...deepQueryAll(root, 'img')] as HTMLImageElement[];
  if (options.eager) for (const img of images) if (img.loading === 'lazy') img.loading = 'eager';
  await Promise.all(
    images.map((img) =>
      img.complete
        ? undefined
        : new Promise((resolve) => {
            img.addEventListener('load', resolve, { once: true });
            img.addEventListener('error', resolve, { once: true });
          }),
    ),
  );
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve));
}

/**
 * How many rotation rounds of `total` this engine runs: all in Chromium; a subset elsewhere (a
 * quarter in Firefox, an eighth in WebKit, the slowest here), which the tests name in their titles.
 */
export function rotationRounds(total: number): { full: boolean; rounds: number; title: string } {
  const agent = navigator.userAgent;
  if (/Chrome\//.test(agent)) return { full: true, rounds: total, title: `all ${total} rounds` };
  const share = /Firefox\//.test(agent) ? 4 : 8;
  const rounds = Math.ceil(total / share);
  return { full: false, rounds, title: `a rotation subset: ${rounds} of ${total} rounds, Chromium runs them all` };
}
