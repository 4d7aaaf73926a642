// The server as one Hono app: the public forms API at /api/forms/{siteId}/, the staff desk at
// /api/desk/, cluster search at /api/search/, and (optionally) the prerendered portal from its build folder.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { secureHeaders } from 'hono/secure-headers';
import type { Database } from '../db/database.js';
import type { SiteFormsOptions } from '../store/site-forms.js';
import type { ServerEnv } from './common.js';
import { deskRoutes, type DeskRoutesOptions } from './desk-routes.js';
import { formsRoutes, type PublicLimits } from './forms-routes.js';
import { servePortal } from './portal.js';
import { searchRoutes } from './search-routes.js';

/** How the app is set up. */
export interface AppOptions extends SiteFormsOptions, PublicLimits, DeskRoutesOptions {
  /** The largest request body accepted, in bytes (default 64 KiB: a letter is at most 5,000 characters). */
  readonly maxBodyBytes?: number;
  /**
   * The prerendered portal's build folder (e.g. `demo-site/dist`) to serve beside the API, with its
   * `_headers` and a `/portal-config.json` that sends its forms here.
   */
  readonly portal?: string;
  /**
   * Behind a reverse proxy: count limits per the client address the proxy names (the first of
   * `X-Forwarded-For`), not per the proxy's own address. Only with a proxy that sets the header.
   */
  readonly trustProxy?: boolean;
}

/** The server's routes over an open, migrated database. */
export function createApp(db: Database, options: AppOptions = {}): Hono<ServerEnv> {
  // Not strict: `/api/search` and `/api/search/` are one route.
  const app = new Hono<ServerEnv>({ strict: false });
  app.use('/api/*', secureHeaders({ crossOriginResourcePolicy: 'same-origin' }));
  if (options.trustProxy)
    app.use('/api/*', async (c, next) => {
      const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
      if (forwarded) c.set('clientAddress', forwarded);
      await next();
    });
  // Answers are JSON: gzip them for phones on slow links (a page of search results: ~4× smaller).
  app.use('/api/*', compress());
  app.use('/api/*', async (c, next) => {
    await next();
    // Answers about letters are never cached by a proxy or the browser.
    c.header('Cache-Control', 'no-store');
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: options.maxBodyBytes ?? 64 * 1024,
      onError: (c) => c.json({ error: 'too-large' }, 413),
    }),
  );
  app.route('/api/forms', formsRoutes(db, options));
  app.route('/api/desk', deskRoutes(db, options));
  app.route('/api/search', searchRoutes(db));
  app.all('/api/*', (c) => c.json({ error: 'not-found' }, 404));
  if (options.portal) servePortal(app as unknown as Hono, options.portal);
  app.notFound((c) => c.json({ error: 'not-found' }, 404));
  app.onError((error, c) => {
    console.error(error);
    return c.json({ error: 'server-error' }, 500);
  });
  return app;
}
