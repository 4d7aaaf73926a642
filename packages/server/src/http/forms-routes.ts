// The public API, exactly as `HttpFormAdapter` speaks it (demo-site/README.md, "Plugging in a
// server"), one base per site: `/api/forms/{siteId}/`. Errors are answered in the shapes the
// adapter reads: 422 `{ problems }`, 409 `{ opensAt, closesAt, today }`, 404.
import { Hono, type Context } from 'hono';
import {
  SubmissionInvalidError,
  SurveyClosedError,
  UnknownRecordError,
  type LetterDraft,
  type SurveyAnswers,
} from '@bichig/cluster/forms';
import type { Database } from '../db/database.js';
import { RateLimiter } from '../security/rate-limit.js';
import { SiteForms, type SiteFormsOptions } from '../store/site-forms.js';
import { siteExists } from '../store/site-records.js';
import { clientAddress, readJson, tooMany, type ServerEnv } from './common.js';

/** Limits on what the public may submit. */
export interface PublicLimits {
  /** Letters and survey answers one address may submit per window (default 20 per hour). */
  readonly submissions?: { readonly limit: number; readonly windowMs: number };
}

function whole(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? Math.floor(n) : undefined;
}

function date(value: string | undefined): string | undefined {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

function failure(c: Context, error: unknown): Response {
  if (error instanceof SubmissionInvalidError) return c.json({ problems: error.problems }, 422);
  if (error instanceof SurveyClosedError)
    return c.json({ opensAt: error.opensAt, closesAt: error.closesAt, today: error.today }, 409);
  if (error instanceof UnknownRecordError) return c.json({ error: 'not-found', kind: error.kind, id: error.id }, 404);
  throw error;
}

/** The public routes of every site, to mount at `/api/forms`. */
export function formsRoutes(db: Database, options: SiteFormsOptions & PublicLimits = {}): Hono<ServerEnv> {
  const app = new Hono<ServerEnv>();
  const submissions = new RateLimiter(options.submissions ?? { limit: 20, windowMs: 3600_000 });
  const forms = (c: Context<ServerEnv>) => new SiteForms(db, c.req.param('siteId')!, options);

  app.use('/:siteId/*', async (c, next) => {
    if (!(await siteExists(db, c.req.param('siteId')))) return c.json({ error: 'unknown-site' }, 404);
    await next();
  });

  app.post('/:siteId/letters', async (c) => {
    const wait = submissions.take(clientAddress(c));
    if (wait) return tooMany(c, wait);
    const draft = await readJson<LetterDraft>(c);
    if (draft instanceof Response) return draft;
    try {
      return c.json(await forms(c).submitLetter(draft), 201);
    } catch (error) {
      return failure(c, error);
    }
  });

  app.get('/:siteId/letters/:queryCode', async (c) => {
    const lookup = await forms(c).lookupLetter(c.req.param('queryCode'));
    return lookup ? c.json(lookup) : c.json({ error: 'not-found' }, 404);
  });

  app.get('/:siteId/replied-letters', async (c) => {
    const page = whole(c.req.query('page'));
    const pageSize = whole(c.req.query('pageSize'));
    const mailboxId = c.req.query('mailboxId');
    return c.json(
      await forms(c).listRepliedLetters({
        ...(mailboxId ? { mailboxId } : {}),
        ...(page !== undefined ? { page } : {}),
        ...(pageSize !== undefined ? { pageSize: Math.min(pageSize, 100) } : {}),
      }),
    );
  });

  app.get('/:siteId/letter-statistics', async (c) => {
    const mailboxId = c.req.query('mailboxId');
    const from = date(c.req.query('from'));
    const to = date(c.req.query('to'));
    try {
      return c.json(
        await forms(c).letterStatistics({
          ...(mailboxId ? { mailboxId } : {}),
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
        }),
      );
    } catch (error) {
      return failure(c, error);
    }
  });

  app.post('/:siteId/surveys/:surveyId/responses', async (c) => {
    const wait = submissions.take(clientAddress(c));
    if (wait) return tooMany(c, wait);
    const body = await readJson<{ answers?: SurveyAnswers }>(c);
    if (body instanceof Response) return body;
    if (typeof body.answers !== 'object' || body.answers === null || Array.isArray(body.answers))
      return c.json({ problems: [{ field: 'answers', code: 'required' }] }, 422);
    try {
      return c.json(await forms(c).submitSurvey(c.req.param('surveyId'), body.answers), 201);
    } catch (error) {
      return failure(c, error);
    }
  });

  app.get('/:siteId/surveys/:surveyId/results', async (c) => {
    try {
      return c.json(await forms(c).surveyResults(c.req.param('surveyId')));
    } catch (error) {
      return failure(c, error);
    }
  });

  return app;
}
