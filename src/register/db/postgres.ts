import pg from 'pg';
import type { Db, Queryable } from './types';

/** The advisory lock key every register transaction takes. */
const WRITE_LOCK = 7366002;

/** Options for a PostgreSQL connection pool. */
export interface PostgresOptions {
  /** A schema to create if missing and put first on the search path (tests use a fresh one). */
  schema?: string;
  /** Most connections the pool opens. */
  max?: number;
}

/** Connects to PostgreSQL (e.g. `DATABASE_URL`) with a small pool. */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Db> {
  if (options.schema && !/^[a-z_][a-z0-9_]*$/.test(options.schema)) throw new Error('Invalid schema name');
  if (options.schema) {
    const setup = new pg.Client({ connectionString: url });
    await setup.connect();
    try {
      await setup.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`);
    } finally {
      await setup.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle client losing its connection must not crash the server.
  pool.on('error', (error) => console.error('PostgreSQL pool error:', error.message));
  const wrap = (q: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      return (await q.query(sql, params)).rows as T[];
    },
  });
  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        // One writer at a time keeps the audit hash chain linear (see Db.transaction).
        await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}
