#!/usr/bin/env node
// bichig-server: `serve` (the default), `migrate`, `seed`.
//
//   DATABASE_URL=postgres://…   a PostgreSQL server; without it, embedded PGlite in --data-dir
//   --data-dir DIR              PGlite's folder (default .data/bichig-db)
//   --port N                    (serve) default 8787; --host default 127.0.0.1
//   --portal DIR                (serve) also serve the prerendered portal built in DIR
//   --trust-proxy               (serve) behind a reverse proxy: limits count X-Forwarded-For's client
//   --submissions-per-hour N    (serve) letters and survey answers one address may send (default 20)
//   --cluster DIR               (seed) the folder of the cluster's cluster.json; the Xilingol
//                               fixture (@bichig/fixtures, in this repository) when absent
//   --password P                (seed) one password for every demo account; random ones otherwise,
//                               added to --accounts-file (default .data/staff-accounts.txt, mode 600)
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { loadClusterFromDirectory, type Cluster } from '@bichig/cluster';
import { openDatabase } from './db/database.js';
import { migrate } from './db/migrations.js';
import { createApp } from './http/app.js';
import { importCluster } from './store/import-cluster.js';
import { importSearchIndex } from './store/search-index.js';
import { demoStaff, seedStaff } from './seed.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'data-dir': { type: 'string', default: '.data/bichig-db' },
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    password: { type: 'string' },
    cluster: { type: 'string' },
    portal: { type: 'string' },
    'trust-proxy': { type: 'boolean', default: false },
    'submissions-per-hour': { type: 'string', default: '20' },
    'accounts-file': { type: 'string', default: '.data/staff-accounts.txt' },
  },
});
const command = positionals[0] ?? 'serve';

/** The cluster to import: a folder given, or the fixture when it is installed (this repository). */
async function loadSeedCluster(folder: string | undefined): Promise<Cluster> {
  if (folder) return (await loadClusterFromDirectory(resolve(folder))).cluster;
  const fixtures = '@bichig/fixtures';
  try {
    const { loadXilingolFixture } = (await import(fixtures)) as typeof import('@bichig/fixtures');
    return (await loadXilingolFixture()).cluster;
  } catch (error) {
    throw new Error('Give the cluster to import: bichig-server seed --cluster <folder of cluster.json>.', {
      cause: error,
    });
  }
}
const url = process.env.DATABASE_URL || undefined;
const dataDir = resolve(values['data-dir']!);
if (!url) mkdirSync(dataDir, { recursive: true });
const db = await openDatabase({ url, dataDir });
const applied = await migrate(db);
if (applied.length) console.log(`Applied migrations ${applied.join(', ')}.`);

if (command === 'migrate') {
  await db.close();
} else if (command === 'seed') {
  const cluster = await loadSeedCluster(values.cluster);
  const summary = await importCluster(db, cluster);
  const index = await importSearchIndex(db, cluster);
  console.log(`Search index: ${index.documents} documents in ${index.files} files.`);
  const sites = [...cluster.sites.keys()];
  const accounts = await seedStaff(db, demoStaff(cluster, sites, values.password));
  console.log(
    `Imported ${summary.sites} sites: ${summary.mailboxes} mailboxes, ${summary.letters} new letters, ${summary.surveys} new surveys; ${accounts.length} new desk accounts.`,
  );
  if (accounts.length && !values.password) {
    // Appended: accounts made by an earlier run keep their lines.
    const file = resolve(values['accounts-file']!);
    mkdirSync(dirname(file), { recursive: true });
    appendFileSync(file, accounts.map((a) => `${a.username}\t${a.password}\t${a.role}\t${a.name}`).join('\n') + '\n', {
      mode: 0o600,
    });
    console.log(`Their passwords are in ${file} (readable by you only).`);
  }
  await db.close();
} else if (command === 'serve') {
  const app = createApp(db, {
    ...(values.portal ? { portal: resolve(values.portal) } : {}),
    trustProxy: values['trust-proxy']!,
    submissions: { limit: Math.max(1, Number(values['submissions-per-hour']) || 20), windowMs: 3600_000 },
  });
  const port = Number(values.port);
  const server = serve({ fetch: app.fetch, port, hostname: values.host }, (info) =>
    console.log(`bichig-server on http://${values.host}:${info.port}/ (${db.kind})`),
  );
  const stop = () => server.close(() => void db.close().then(() => process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} else {
  console.error(`Unknown command "${command}": serve, migrate or seed.`);
  process.exitCode = 2;
  await db.close();
}
