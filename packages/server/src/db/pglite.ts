// Embedded PostgreSQL (PGlite): the default, so `npm start` needs nothing else installed. One
// connection, so transactions are queued by PGlite itself.
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { DatabaseError, type Database, type Queryable, type Row } from './database.js';

function queryable(target: PGlite | Transaction): Queryable {
  return {
    async query<T extends Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      const result = await target.query<T>(sql, params as unknown[]);
      return result.rows;
    },
    async exec(sql: string): Promise<void> {
      await target.exec(sql);
    },
  };
}

/** Opens (or creates) a PGlite database in `dataDir`, or in memory. */
export async function openPglite(dataDir?: string): Promise<Database> {
  let db: PGlite;
  try {
    db = await PGlite.create(dataDir ?? 'memory://');
  } catch (error) {
    throw new DatabaseError(`Could not open the embedded database${dataDir ? ` in ${dataDir}` : ''}.`, {
      cause: error,
    });
  }
  const direct = queryable(db);
  return {
    kind: 'pglite',
    query: direct.query,
    exec: direct.exec,
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    close: () => db.close(),
  };
}
