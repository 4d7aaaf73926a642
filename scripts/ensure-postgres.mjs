#!/usr/bin/env node
// A PostgreSQL server for the server's tests (they run on embedded PGlite and on a real server):
//   $BICHIG_TEST_DATABASE_URL when set (any PostgreSQL 13+ the tests may create schemas in);
//   otherwise Debian's `postgresql` cluster: installed with apt-get when missing (as root on Debian),
//   started when down, with a `bichig_test` role and database made once.
// Anywhere else it says what to install. `node scripts/ensure-postgres.mjs` prints the URL.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROLE = 'bichig_test';
// A local test database's password, not a secret: the role can reach its own database only.
const PASSWORD = 'bichig_test';

const ELSEWHERE =
  'Set BICHIG_TEST_DATABASE_URL to a PostgreSQL server the tests may create schemas in (Debian/Ubuntu: apt-get install postgresql).';

function run(command, args, options = {}) {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...options });
}

/** Debian's clusters: `[{ version, name, port, status }]`. */
function clusters() {
  if (!existsSync('/usr/bin/pg_lsclusters')) return [];
  return run('pg_lsclusters', ['--no-header'])
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((f) => f.length >= 4)
    .map(([version, name, port, status]) => ({ version, name, port: Number(port), status }));
}

/** Runs SQL as the `postgres` superuser over the local socket. */
function superSql(port, sql, database = 'postgres') {
  return run('runuser', ['-u', 'postgres', '--', 'psql', '-p', String(port), '-d', database, '-tAc', sql], {
    cwd: '/',
  }).trim();
}

let cached;

/** The URL of a PostgreSQL server for the tests, or undefined (with the reason printed). */
export function ensurePostgres() {
  if (process.env.BICHIG_TEST_DATABASE_URL) return process.env.BICHIG_TEST_DATABASE_URL;
  if (cached) return cached;
  const isDebian = existsSync('/etc/debian_version');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isDebian || !isRoot) {
    console.error(`No PostgreSQL server for the server tests. ${ELSEWHERE}`);
    return undefined;
  }
  if (!clusters().length) {
    console.error("PostgreSQL not found: installing Debian's postgresql with apt-get …");
    execFileSync('apt-get', ['update'], { stdio: ['ignore', 'inherit', 'inherit'] });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  const cluster = clusters()[0];
  if (!cluster) {
    console.error(`Debian's postgresql is installed but has no cluster. ${ELSEWHERE}`);
    return undefined;
  }
  if (cluster.status !== 'online')
    run('pg_ctlcluster', [cluster.version, cluster.name, 'start'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (superSql(cluster.port, `select 1 from pg_roles where rolname = '${ROLE}'`) !== '1')
    superSql(cluster.port, `create role ${ROLE} login password '${PASSWORD}'`);
  if (superSql(cluster.port, `select 1 from pg_database where datname = '${ROLE}'`) !== '1')
    superSql(cluster.port, `create database ${ROLE} owner ${ROLE}`);
  cached = `postgres://${ROLE}:${PASSWORD}@127.0.0.1:${cluster.port}/${ROLE}`;
  return cached;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const url = ensurePostgres();
  if (!url) process.exit(1);
  console.log(url);
}
