/**
 * Which URLs a page may put into an href or a src: the rule every renderer of cluster content
 * follows (the elements in the browser, the portal's prerenderer in Node), whether or not the
 * cluster was validated. Import-free and DOM-free: `@bichig/cluster/links` loads nothing else.
 */

/** The schemes a link or a media source may use; relative URLs are accepted too. */
export const SAFE_URL_PROTOCOLS: readonly string[] = ['http:', 'https:', 'mailto:', 'tel:'];

/**
 * Whether `url` may be put into an href or src: relative, or absolute with one of
 * {@link SAFE_URL_PROTOCOLS}. The URL parser decides the scheme, as a browser's does, so what it
 * strips or ignores (leading spaces and control characters, tabs and newlines inside, letter case,
 * entity-decoded colons) cannot hide a `javascript:` or `data:` URL.
 */
export function isSafeUrl(url: string): boolean {
  if (typeof url !== 'string') return false;
  let parsed: URL;
  try {
    // A relative URL resolves against the base and keeps its scheme; an absolute one keeps its own.
    parsed = new URL(url, 'https://relative.invalid/');
  } catch {
    return false;
  }
  return SAFE_URL_PROTOCOLS.includes(parsed.protocol);
}

/** `url` when {@link isSafeUrl}, else `undefined` (leave the attribute out, and the link is inert). */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (url === null || url === undefined) return undefined;
  return isSafeUrl(url) ? url : undefined;
}
