// The schema, as numbered migrations applied in order, each once, each in its own transaction,
// under an advisory lock so two servers starting together do not both apply one. Never edit a
// migration that has shipped: add the next one.
import type { Database } from './database.js';

/** One step of the schema. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'letters, surveys and the staff desk',
    sql: `
      -- Settings of the whole cluster: the work calendar deadlines are counted on.
      create table cluster_settings (
        key text primary key,
        value jsonb not null
      );
      create table sites (
        id text primary key,
        name jsonb not null,
        org_code text not null
      );
      -- The organisations letters can be routed to, per site.
      create table departments (
        site_id text not null references sites (id) on delete cascade,
        org_code text not null,
        name jsonb not null,
        primary key (site_id, org_code)
      );
      -- A mailbox as @bichig/cluster's schema has it (deadline, warnings, names).
      create table mailboxes (
        site_id text not null references sites (id) on delete cascade,
        id text not null,
        data jsonb not null,
        primary key (site_id, id)
      );
      -- A letter as @bichig/cluster's schema has it (data), with the columns queries need beside it.
      -- The writer's contact is kept apart and never leaves the desk.
      create table letters (
        site_id text not null,
        id text not null,
        mailbox_id text not null,
        query_code text not null,
        status text not null,
        handling_org_code text,
        public boolean not null,
        published boolean not null default false,
        submitted_at timestamptz not null,
        replied_at timestamptz,
        data jsonb not null,
        contact jsonb,
        version integer not null default 1,
        primary key (site_id, id),
        unique (site_id, query_code),
        foreign key (site_id, mailbox_id) references mailboxes (site_id, id)
      );
      create index letters_desk on letters (site_id, mailbox_id, status);
      create index letters_replied on letters (site_id, published, replied_at desc);
      create sequence letter_numbers;
      create table surveys (
        site_id text not null references sites (id) on delete cascade,
        id text not null,
        data jsonb not null,
        primary key (site_id, id)
      );
      create table survey_responses (
        id bigserial primary key,
        site_id text not null,
        survey_id text not null,
        answers jsonb not null,
        submitted_at timestamptz not null default now(),
        foreign key (site_id, survey_id) references surveys (site_id, id)
      );
      create table staff (
        username text primary key,
        site_id text not null references sites (id) on delete cascade,
        name text not null,
        org_code text not null,
        role text not null check (role in ('dispatcher', 'handler')),
        mailbox_ids jsonb not null,
        password_hash text not null
      );
      -- A session is known by the hash of its cookie, so a copy of this table signs nobody in.
      create table sessions (
        token_hash text primary key,
        username text not null references staff (username) on delete cascade,
        csrf_token text not null,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null
      );
      create index sessions_expiry on sessions (expires_at);
    `,
  },
  {
    version: 2,
    name: 'the cluster search index',
    sql: `
      -- The files of the sharded search index (@bichig/cluster's buildShardedSearch), by path: the
      -- server answers a query with the index's own search, reading only the files it needs.
      create table search_files (
        path text primary key,
        data jsonb not null
      );
    `,
  },
];

/** Applies the migrations not applied yet; answers the versions it applied. */
export async function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  await db.exec(`
    create table if not exists schema_migrations (
      version integer primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`);
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    const done = await db.transaction(async (tx) => {
      await tx.query(`select pg_advisory_xact_lock(4242001)`);
      const rows = await tx.query(`select 1 from schema_migrations where version = $1`, [migration.version]);
      if (rows.length) return false;
      await tx.exec(migration.sql);
      await tx.query(`insert into schema_migrations (version, name) values ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}
