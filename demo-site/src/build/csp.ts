// The portal's Content-Security-Policy, shared by the prerendered pages (a meta element), the
// `_headers` file for hosts that send headers, and `vite preview` (vite.config.ts).

/**
 * The portal's Content-Security-Policy: scripts only from the portal itself, and no inline
 * script or handler at all (the pages have none; an injected one is refused by the browser).
 * HarfBuzz needs `'wasm-unsafe-eval'` (compiling WebAssembly, not eval). Inline styles stay
 * allowed: the pages' @font-face rules and the elements' computed positions are styles, and CSS
 * cannot run script. Sent as a meta element (a static host may not send headers) and, where
 * the host can, as the header in `_headers` (see prerender.ts) and by `vite preview`, which also covers frame-ancestors.
 */
export function contentSecurityPolicy(formApi?: string): string {
  const api = formApi ? ` ${new URL(formApi).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${api}`,
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${api}`,
  ].join('; ');
}

/** The policy as a response header: the meta element's, and who may frame the portal (only itself). */
export function contentSecurityPolicyHeader(formApi?: string): string {
  return `${contentSecurityPolicy(formApi)}; frame-ancestors 'self'`;
}
