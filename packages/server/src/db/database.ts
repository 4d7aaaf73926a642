// One small interface over the two PostgreSQLs the server runs on: embedded PGlite (a data folder,
// nothing else installed) and a PostgreSQL server through node-postgres (`DATABASE_URL`). Both take
// the same SQL with `$1` parameters, so every store is written once.

/** A row as the database answers it. */
export type Row = Record<string, unknown>;

/** What a store needs of a connection: a query, and a transaction that commits or rolls back. */
export interface Queryable {
  /** Runs one statement with `$1`… parameters; answers the rows. */
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs several statements of plain SQL (no parameters), e.g. a migration. */
  exec(sql: string): Promise<void>;
}

/** An open database. */
export interface Database extends Queryable {
  /** Which engine: `pglite` (embedded) or `postgres` (a server). */
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction (committed when it resolves, rolled back when it throws). */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Closes it. */
  close(): Promise<void>;
}

/** Where the data lives. */
export interface DatabaseOptions {
  /**
   * A PostgreSQL connection string (`postgres://…`). When given, the server uses that PostgreSQL
   * server; otherwise embedded PGlite.
   */
  readonly url?: string | undefined;
  /** PGlite's data folder; in memory when absent (tests). */
  readonly dataDir?: string | undefined;
}

/** The database could not be opened or a statement failed; `cause` is the driver's error. */
export class DatabaseError extends Error {
  override readonly name = 'DatabaseError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Opens the database the options name (PGlite unless `url` is given). */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  if (options.url) {
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(options.url);
  }
  const { openPglite } = await import('./pglite.js');
  return openPglite(options.dataDir);
}
