// A PostgreSQL server through node-postgres' pool: what a cluster runs at scale.
import pg from 'pg';
import { DatabaseError, type Database, type Queryable, type Row } from './database.js';

/** Connects to the PostgreSQL server at `url` (checked with one query before answering). */
export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end().catch(() => {});
    throw new DatabaseError(`Could not connect to the PostgreSQL server at ${redact(url)}.`, { cause: error });
  }
  const query = async <T extends Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> =>
    (await pool.query<T>(sql, params as unknown[])).rows;
  return {
    kind: 'postgres',
    query,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const tx: Queryable = {
          query: async <T extends Row>(sql: string, params: readonly unknown[] = []) =>
            (await client.query<T>(sql, params as unknown[])).rows,
          exec: async (sql: string) => {
            await client.query(sql);
          },
        };
        const result = await work(tx);
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async exec(sql) {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}

/** The connection string without its password, for messages. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the given address';
  }
}
