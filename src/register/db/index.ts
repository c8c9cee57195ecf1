import { migrate } from './migrate';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import type { Db } from './types';

export type { Db, Queryable } from './types';

/** Where the register keeps its data: a PostgreSQL URL wins over the PGlite folder. */
export interface OpenDbOptions {
  databaseUrl?: string;
  dataDir: string;
}

/** Opens the register database (PostgreSQL when a URL is given, else PGlite) and migrates it. */
export async function openDb({ databaseUrl, dataDir }: OpenDbOptions): Promise<Db> {
  const db = databaseUrl ? await openPostgres(databaseUrl) : await openPglite(dataDir);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
