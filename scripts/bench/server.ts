/**
 * Benchmark of @bichig/server on loopback (issue #15, "reliability, measured"), on embedded PGlite
 * (a data folder on disk, what `npm start` runs) and on the PostgreSQL server the tests use:
 *
 *   1. load (autocannon, bounded in time): letters submitted per second and their p95 latency, as
 *      ratios to a static file served by the same server in the same run (the baseline); each
 *      letter a real draft in Mongolian with a fresh query code and its own database row;
 *   2. crash: the server as its own process (`bichig-server serve`) killed with SIGKILL while
 *      letters are being submitted, three times; every letter that got a receipt must be in the
 *      database when it is opened again (counted before and after), and the server starts again;
 *   3. hostile requests: malformed, oversized and wrong-typed bodies and unknown routes must get a
 *      4xx with a clear error and change nothing (the letter count before and after).
 *
 * Run: npm run bench -- server   (options: --seconds=8 --connections=10)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { serve, type ServerType } from '@hono/node-server';
import { loadXilingolFixture } from '@bichig/fixtures';
import { createApp, importCluster, migrate, openDatabase, type Database } from '@bichig/server';
import { ensurePostgres } from '../ensure-postgres.mjs';

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const SECONDS = arg('seconds', 8);
const CONNECTIONS = arg('connections', 10);
const SITE = 'xlgl-mn';
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(repoRoot, 'packages', 'server', 'src', 'cli.ts');

const { cluster } = await loadXilingolFixture();
const mailboxId = cluster.site(SITE).mailboxes[0]!.id;
const DRAFT = JSON.stringify({
  mailboxId,
  purpose: 'consult',
  language: 'mn',
  subject: 'ᠪᠡᠯᠴᠢᠭᠡᠷ\u202Fᠦᠨ ᠤᠰᠤ',
  body: 'ᠮᠢᠨᠤ ᠠᠰᠠᠭᠤᠯᠲᠠ ᠪᠣᠯ ᠪᠡᠯᠴᠢᠭᠡᠷ\u202Fᠦᠨ ᠤᠰᠤ ᠶᠢᠨ ᠲᠤᠬᠠᠢ᠃\nᠬᠠᠷᠢᠭᠤ ᠥᠭᠭᠦᠨ\u202Fᠡ ᠦᠦ?',
  contact: { name: 'ᠪᠠᠲᠤ', phone: '13800000000' },
  public: false,
});

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

async function letterCount(db: Database): Promise<number> {
  return (await db.query<{ n: number }>(`select count(*)::int as n from letters`))[0]!.n;
}

/** autocannon against `url` for SECONDS; every response's latency kept for exact percentiles. */
async function load(url: string, options: { method?: 'GET' | 'POST'; body?: string } = {}) {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: SECONDS,
        method: options.method ?? 'GET',
        ...(options.body ? { body: options.body, headers: { 'content-type': 'application/json' } } : {}),
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, status, _bytes, time) => {
      latencies.push(time);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    perSecond: result.requests.average,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    requests: latencies.length,
    statuses: Object.fromEntries(statuses),
  };
}

async function listen(db: Database, portal: string): Promise<{ url: string; server: ServerType }> {
  const app = createApp(db, { portal, submissions: { limit: 1_000_000, windowMs: 3600_000 } });
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server };
}

/** A portal folder with one static file of about the size of a letter's answer. */
function staticPortal(): string {
  const root = mkdtempSync(join(tmpdir(), 'bench-portal-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>bench</title>');
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'assets', 'receipt.json'), JSON.stringify({ queryCode: 'ABCDEFGHJK', submittedAt: 'x' }));
  return root;
}

const report: Record<string, unknown> = { seconds: SECONDS, connections: CONNECTIONS };

// ── 1 and 3: load and hostile requests, in process ──────────────────────────────────────────
const postgresUrl = ensurePostgres();
const backends: [string, () => Promise<{ db: Database; drop: () => Promise<void> }>][] = [
  [
    'PGlite (data folder)',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'bench-pglite-'));
      const db = await openDatabase({ dataDir: dir });
      return { db, drop: async () => (await db.close(), rmSync(dir, { recursive: true, force: true })) };
    },
  ],
];
if (postgresUrl)
  backends.push([
    'PostgreSQL server',
    async () => {
      const pg = (await import('pg')).default;
      const admin = new pg.Client({ connectionString: postgresUrl });
      await admin.connect();
      const schema = `bench_${Date.now()}`;
      await admin.query(`create schema ${schema}`);
      const url = new URL(postgresUrl);
      url.searchParams.set('options', `-c search_path=${schema}`);
      const db = await openDatabase({ url: url.toString() });
      return {
        db,
        drop: async () => {
          await db.close();
          await admin.query(`drop schema ${schema} cascade`);
          await admin.end();
        },
      };
    },
  ]);

const portal = staticPortal();
for (const [name, open] of backends) {
  const started = Date.now();
  const step = (what: string) => console.log(`  [${((Date.now() - started) / 1000).toFixed(1)} s] ${what}`);
  const { db, drop } = await open();
  await migrate(db);
  await importCluster(db, cluster, [SITE]);
  const { url, server } = await listen(db, portal);
  step(`${name}: ready on ${url}`);
  const baseline = await load(`${url}/assets/receipt.json`);
  step('static baseline measured');
  const before = await letterCount(db);
  const letters = await load(`${url}/api/forms/${SITE}/letters`, { method: 'POST', body: DRAFT });
  // Closed, so that the requests still in flight when the clock ran out have been answered.
  await new Promise<void>((resolve) => server.close(() => resolve()));
  const stored = (await letterCount(db)) - before;
  const created = letters.statuses[201] ?? 0;
  // Every receipt is a stored letter; the requests in flight when the clock ran out are stored
  // without autocannon counting their answers (at most one per connection).
  if (stored < created || stored > created + CONNECTIONS)
    throw new Error(`${name}: ${created} receipts but ${stored} letters stored`);

  step('letters measured');
  const again = await listen(db, portal);
  const hostileUrl = again.url;
  // Hostile requests: each must be a 4xx with an error, and store nothing.
  const hostileBefore = await letterCount(db);
  // node:http, not fetch: a server may answer an oversized body (413) before reading all of it,
  // which fetch reports as a failure instead of the answer.
  const post = (path: string, body: string, type = 'application/json') =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = httpRequest(
        `${hostileUrl}${path}`,
        // A connection of its own: one closed after an early answer is not reused.
        { method: 'POST', agent: false, headers: { 'content-type': type, 'content-length': Buffer.byteLength(body) } },
        (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        },
      );
      // An answer sent before the body was read may come with EPIPE or ECONNRESET on the upload: the
      // answer counts; a connection that closes with no answer at all is a failure.
      let answered = false;
      request.on('response', () => (answered = true));
      request.on('error', (error: NodeJS.ErrnoException) => {
        if (!answered && error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
      });
      request.on('close', () => {
        if (!answered) reject(new Error(`POST ${path}: the connection closed without an answer`));
      });
      request.end(body);
    });
  const get = async (path: string, headers: Record<string, string>) => {
    const response = await fetch(`${hostileUrl}${path}`, { headers });
    return { status: response.status, text: await response.text() };
  };
  const hostile: [string, () => Promise<{ status: number; text: string }>][] = [
    ['not JSON', () => post(`/api/forms/${SITE}/letters`, '{"mailboxId":')],
    ['a JSON array', () => post(`/api/forms/${SITE}/letters`, '[]')],
    ['a form post', () => post(`/api/forms/${SITE}/letters`, 'subject=x', 'application/x-www-form-urlencoded')],
    ['1 MiB body', () => post(`/api/forms/${SITE}/letters`, JSON.stringify({ body: 'ᠠ'.repeat(1 << 19) }))],
    ['wrong types', () => post(`/api/forms/${SITE}/letters`, JSON.stringify({ ...JSON.parse(DRAFT), subject: 42 }))],
    [
      'a script as the subject',
      () =>
        post(
          `/api/forms/${SITE}/letters`,
          JSON.stringify({ ...JSON.parse(DRAFT), subject: '<script>alert(1)</script>' }),
        ),
    ],
    ['an unknown site', () => post(`/api/forms/../../etc/letters`, DRAFT)],
    ['a desk step without a session', () => post(`/api/desk/letters/letter-0001/steps`, '{"action":"start"}')],
    ['a forged session cookie', () => get('/api/desk/letters', { cookie: 'bichig_desk=forged' })],
  ];
  const hostileAnswers: Record<string, string> = {};
  for (const [what, send] of hostile) {
    step(`hostile: ${what}`);
    const { status, text } = await send();
    if (status < 400 || status >= 500) throw new Error(`${name}: ${what} answered ${status}`);
    hostileAnswers[what] = `${status} ${text.slice(0, 80)}`;
  }
  if ((await letterCount(db)) !== hostileBefore) throw new Error(`${name}: a hostile request stored a letter`);

  report[name] = {
    staticFile: baseline,
    letters: { ...letters, stored },
    lettersPerSecondVsStatic: letters.perSecond / baseline.perSecond,
    p95VsStatic: letters.p95 / baseline.p95,
    hostile: hostileAnswers,
  };
  console.log(`${name}, ${CONNECTIONS} connections for ${SECONDS} s each:`);
  console.log(
    `  static file (baseline): ${baseline.perSecond.toFixed(0)} req/s, p50 ${baseline.p50.toFixed(1)} ms, p95 ${baseline.p95.toFixed(1)} ms`,
  );
  console.log(
    `  letters:                ${letters.perSecond.toFixed(0)} letters/s (${(letters.perSecond / baseline.perSecond).toFixed(3)}× baseline), p50 ${letters.p50.toFixed(1)} ms, p95 ${letters.p95.toFixed(1)} ms (${(letters.p95 / Math.max(1, baseline.p95)).toFixed(1)}× baseline); ${created} receipts, ${stored} letters stored`,
  );
  console.log(`  hostile requests: ${Object.keys(hostileAnswers).length} answered 4xx with an error, nothing stored`);
  await new Promise<void>((resolve) => again.server.close(() => resolve()));
  await drop();
}
rmSync(portal, { recursive: true, force: true });

// ── 2: SIGKILL mid-load, the server in its own process on a PGlite data folder ──────────────
function startServer(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '--conditions=@bichig/source',
      '--import',
      'tsx',
      cli,
      'serve',
      '--data-dir',
      dataDir,
      '--port',
      String(port),
      '--submissions-per-hour',
      '1000000',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('bichig-server on')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)));
  });
}

const crashes: { receipts: number; found: number; restartedMs: number }[] = [];
const dataDir = mkdtempSync(join(tmpdir(), 'bench-crash-'));
{
  const db = await openDatabase({ dataDir });
  await migrate(db);
  await importCluster(db, cluster, [SITE]);
  await db.close();
}
const port = 20000 + Math.floor(Math.random() * 20000);
for (let round = 0; round < 3; round++) {
  const child = await startServer(dataDir, port);
  const receipts: string[] = [];
  let stop = false;
  const worker = async () => {
    while (!stop) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/forms/${SITE}/letters`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: DRAFT,
        });
        if (response.status === 201) receipts.push(((await response.json()) as { queryCode: string }).queryCode);
      } catch {
        // The server is gone: requests in flight fail, and got no receipt.
      }
    }
  };
  const workers = Array.from({ length: CONNECTIONS }, worker);
  // Kill it mid-load, at a moment that differs from round to round.
  await new Promise((resolve) => setTimeout(resolve, 1500 + round * 700));
  child.kill('SIGKILL');
  await new Promise((resolve) => child.once('exit', resolve));
  stop = true;
  await Promise.all(workers);
  const restarted = Date.now();
  const again = await startServer(dataDir, port);
  const restartedMs = Date.now() - restarted;
  again.kill('SIGTERM');
  await new Promise((resolve) => again.once('exit', resolve));
  const db = await openDatabase({ dataDir });
  const rows = await db.query<{ query_code: string }>(
    `select query_code from letters where query_code = any($1::text[])`,
    [receipts],
  );
  await db.close();
  crashes.push({ receipts: receipts.length, found: rows.length, restartedMs });
  console.log(
    `crash ${round + 1}: SIGKILL mid-load after ${receipts.length} receipts; ${rows.length} of them in the database when opened again (restart ${restartedMs} ms)`,
  );
}
rmSync(dataDir, { recursive: true, force: true });
report['crash'] = crashes;
const lost = crashes.reduce((n, c) => n + c.receipts - c.found, 0);
console.log(`crash: ${lost} receipted letters lost over ${crashes.length} kills`);

mkdirSync(join(repoRoot, 'bench-results'), { recursive: true });
writeFileSync(join(repoRoot, 'bench-results', 'server.json'), JSON.stringify(report, null, 2) + '\n');
if (lost) process.exitCode = 1;
