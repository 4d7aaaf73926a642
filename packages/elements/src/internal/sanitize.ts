// The one sanitiser for every HTML path and every URL the elements put into a page: markup a
// page gives an element (the article in <bichig-flow>'s light DOM), HTML from cluster data, and
// URLs from element attributes or from a Cluster built without validation.
//
// HTML goes through DOMPurify, which parses in an inert document (no image loads, no handler
// runs there) and hands back nodes, so nothing is serialised and parsed again (no mutation XSS).
// URLs are accepted only when the browser's own URL parser gives http(s), mailto or tel, or when
// they are relative; anything else leaves its link inert (no href) with its text shown.
import createDOMPurify from 'dompurify';
import type { Config, DOMPurify } from 'dompurify';
import { nothing } from 'lit';
import { isSafeUrl, safeUrl } from '@bichig/cluster/links';

/** Attributes whose value the browser loads or navigates to. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'xlink:href',
  'action',
  'formaction',
  'poster',
  'background',
  'cite',
  'longdesc',
  'ping',
  'data',
  'codebase',
  'manifest',
  'srcset',
  'imagesrcset',
]);

/** Every candidate URL of a `srcset` value is safe. */
function isSafeSrcset(value: string): boolean {
  return value.split(',').every((candidate) => {
    const url = candidate.trim().split(/\s+/)[0] ?? '';
    return url === '' || isSafeUrl(url);
  });
}

/** What the sanitiser took out of a piece of markup. */
export interface SanitizeRemoval {
  /** Tag name of the element removed, or of the element an attribute was removed from (lower case). */
  readonly element: string;
  /** The attribute removed, when it was an attribute. */
  readonly attribute?: string;
}

/** The result of {@link sanitizeHtml}. */
export interface SanitizedHtml {
  /** The clean markup, as nodes of the current document, ready to insert. */
  readonly fragment: DocumentFragment;
  /** Elements and attributes removed (scripts, handlers, unsafe URLs, …). */
  readonly removed: readonly SanitizeRemoval[];
}

/** The sanitiser cannot run here: no DOM (e.g. in Node), so no HTML is accepted at all. */
export class SanitizerUnavailableError extends Error {
  constructor() {
    super('The HTML sanitiser needs a DOM (window.document); without it no HTML is inserted.');
    this.name = 'SanitizerUnavailableError';
  }
}

export interface SanitizeOptions {
  /** Attributes to drop besides the unsafe ones (e.g. `id`, which would clash with a copy's original). */
  readonly dropAttributes?: readonly string[];
}

/** Markup an article may contain: HTML only (no SVG or MathML, the mutation-XSS playground), no forms, no styles. */
const BASE_CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'template', 'link', 'meta', 'iframe', 'object', 'embed', 'form', 'base', 'noscript'],
  FORBID_ATTR: ['style', 'slot', 'formaction', 'action'],
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // DOMPurify's own URL check, narrowed to the same schemes as isSafeUrl (which runs too).
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  SAFE_FOR_TEMPLATES: false,
  WHOLE_DOCUMENT: false,
  RETURN_DOM_FRAGMENT: true,
};

let purifier: DOMPurify | undefined;

function getPurifier(): DOMPurify {
  if (purifier) return purifier;
  const win = (globalThis as { window?: Window & typeof globalThis }).window;
  if (!win?.document) throw new SanitizerUnavailableError();
  // An instance of our own, so our hooks never touch a DOMPurify the page uses itself.
  const instance = createDOMPurify(win);
  if (!instance.isSupported) throw new SanitizerUnavailableError();
  instance.addHook('uponSanitizeAttribute', (_node, data) => {
    const name = data.attrName.toLowerCase();
    if (!URL_ATTRIBUTES.has(name)) return;
    const ok = name.endsWith('srcset') ? isSafeSrcset(data.attrValue) : isSafeUrl(data.attrValue);
    if (!ok) data.keepAttr = false;
  });
  instance.addHook('afterSanitizeAttributes', (node) => {
    // A link that opens elsewhere must not hand the opener to that page.
    if (node.tagName === 'A' && node.getAttribute('target')) node.setAttribute('rel', 'noopener noreferrer');
  });
  purifier = instance;
  return instance;
}

/**
 * Cleans `html` (markup a page or cluster data gave) into nodes safe to insert: no script, no
 * event handler, no style, no embedded document, no SVG/MathML, every URL safe ({@link isSafeUrl}).
 * Text always stays; a link whose URL was unsafe stays as its text without an href.
 *
 * @throws {SanitizerUnavailableError} where there is no DOM.
 */
export function sanitizeHtml(html: string, options: SanitizeOptions = {}): SanitizedHtml {
  return purify(String(html), options);
}

/**
 * Cleans copies of `nodes` (e.g. an element's light DOM) as {@link sanitizeHtml} cleans markup.
 * The nodes are copied into an inert document first, never serialised: the live document parsed
 * them with scripting on (`<noscript>` content is text there), and a parse with scripting off
 * would read them differently, losing text or waking markup up.
 *
 * @throws {SanitizerUnavailableError} where there is no DOM.
 */
export function sanitizeNodes(nodes: Iterable<Node>, options: SanitizeOptions = {}): SanitizedHtml {
  getPurifier();
  // A document without a browsing context: nothing in it loads or runs.
  const inert = document.implementation.createHTMLDocument('');
  for (const node of nodes) inert.body.append(inert.importNode(node, true));
  return purify(inert.body, options);
}

function purify(dirty: string | Node, options: SanitizeOptions): SanitizedHtml {
  const instance = getPurifier();
  const config: Config & { RETURN_DOM_FRAGMENT: true } = {
    ...BASE_CONFIG,
    FORBID_ATTR: [...(BASE_CONFIG.FORBID_ATTR ?? []), ...(options.dropAttributes ?? [])],
    RETURN_DOM_FRAGMENT: true,
  };
  const clean = instance.sanitize(dirty, config);
  const removed: SanitizeRemoval[] = [];
  const dropped = new Set(options.dropAttributes ?? []);
  for (const entry of instance.removed) {
    if ('attribute' in entry && entry.attribute) {
      if (dropped.has(entry.attribute.name)) continue; // asked for, not unsafe
      const from = entry.from as Element | undefined;
      removed.push({ element: from?.tagName?.toLowerCase() ?? '', attribute: entry.attribute.name });
    } else if ('element' in entry && entry.element) {
      const element = entry.element as Node;
      const tag = element.nodeType === 1 ? (element as Element).tagName.toLowerCase() : element.nodeName;
      removed.push({ element: tag });
    }
  }
  // Adopt into this document: the nodes come from DOMPurify's inert one.
  const fragment = document.importNode(clean, true);
  return { fragment, removed };
}

/** Details of a {@link BichigUnsafeContentEvent}. */
export interface BichigUnsafeContentDetail {
  /** What was removed. */
  readonly removed: readonly SanitizeRemoval[];
}

/**
 * Markup given to an element had something unsafe in it (a script, an event handler, a
 * `javascript:` link, …), which was removed; the text is shown without it.
 */
export class BichigUnsafeContentEvent extends CustomEvent<BichigUnsafeContentDetail> {
  static readonly eventName = 'bichig-unsafe-content';
  constructor(detail: BichigUnsafeContentDetail) {
    super(BichigUnsafeContentEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'bichig-unsafe-content': BichigUnsafeContentEvent;
  }
}

/**
 * `url` for an `href`/`src` binding when {@link isSafeUrl}, else `nothing`: the attribute is left
 * out, so a link stays as its text and cannot be followed, and an image shows its alt text.
 */
export function safeHref(url: string | null | undefined): string | typeof nothing {
  return safeUrl(url) ?? nothing;
}
