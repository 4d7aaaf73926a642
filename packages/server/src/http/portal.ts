// Serving the prerendered portal beside the API, so one process answers a cluster: the pages and
// files of its build folder, with the headers its `_headers` file gives (the Content-Security-Policy
// the build wrote), and `/portal-config.json` pointing the forms, the search and the desk here.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono, MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';
import { serveStatic } from '@hono/node-server/serve-static';

/** Header rules of a `_headers` file: a path pattern (`/*`, `/assets/*`, `/x.html`) and its headers. */
export interface HeaderRule {
  readonly pattern: string;
  readonly headers: readonly (readonly [string, string])[];
}

/** Reads a `_headers` file (the format static hosts use): unindented patterns, indented `Name: value`. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules[rules.length - 1];
    if (colon > 0 && rule) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

/** Serves the portal's build folder `root` (a folder holding `index.html`) on `app`, after the API routes. */
export function servePortal(
  app: Hono,
  root: string,
  config: { formApi: string; searchApi: string; deskApi: string } = {
    formApi: '/api/forms/',
    searchApi: '/api/search/',
    deskApi: '/api/desk/',
  },
): void {
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`${root} holds no built portal (index.html): build it first (npm run build).`);
  const rules = existsSync(join(root, '_headers'))
    ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'))
    : [];
  const withHeaders: MiddlewareHandler = async (c, next) => {
    await next();
    for (const rule of rules)
      if (matches(rule.pattern, c.req.path)) for (const [name, value] of rule.headers) c.header(name, value);
    // Files whose names carry their content's hash never change.
    if (c.req.path.startsWith('/assets/') && c.res.status === 200)
      c.header('Cache-Control', 'public, max-age=31536000, immutable');
  };
  app.get('/portal-config.json', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.json(config);
  });
  app.get('/_headers', (c) => c.notFound());
  app.use('*', withHeaders, compress());
  app.get('*', serveStatic({ root }));
  const missing = existsSync(join(root, '404.html')) ? readFileSync(join(root, '404.html'), 'utf8') : undefined;
  app.get('*', (c) => (missing ? c.html(missing, 404) : c.text('Not found', 404)));
}
