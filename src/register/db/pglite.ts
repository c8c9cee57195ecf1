import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable } from './types';

/** Opens (creating if needed) an embedded PGlite database in a data folder, one process at a time. */
export async function openPglite(dataDir: string): Promise<Db> {
  mkdirSync(dataDir, { recursive: true });
  const releaseLock = takeFolderLock(dataDir);
  let pg: PGlite;
  try {
    pg = await PGlite.create(join(dataDir, 'pgdata'));
  } catch (error) {
    releaseLock();
    throw error;
  }
  const wrap = (q: Pick<PGlite, 'query'>): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      return (await q.query<T>(sql, params)).rows;
    },
  });
  return {
    kind: 'pglite',
    ...wrap(pg),
    // PGlite has one connection and queues other queries behind an open transaction.
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    exec: async (sql) => {
      await pg.exec(sql);
    },
    close: async () => {
      await pg.close();
      releaseLock();
    },
  };
}

/** A PGlite folder must not be opened by two processes; a lock file names the owner's pid. */
function takeFolderLock(dataDir: string): () => void {
  const lockPath = join(dataDir, 'nolan-register.lock');
  try {
    const owner = Number(readFileSync(lockPath, 'utf8').trim());
    if (owner && owner !== process.pid && isAlive(owner)) {
      throw new Error(
        `The register data folder ${dataDir} is in use by process ${owner}. Stop that server first, or use PostgreSQL (DATABASE_URL) to share the database.`,
      );
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  writeFileSync(lockPath, String(process.pid));
  return () => rmSync(lockPath, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
