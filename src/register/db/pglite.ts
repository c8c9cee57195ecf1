import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable } from './types';

/** Opens (creating if needed) an embedded PGlite database in a data folder, one process at a time. */
export async function openPglite(dataDir: string): Promise<Db> {
  mkdirSync(dataDir, { recursive: true });
  const releaseLock = takeFolderLock(dataDir);
  let pg: PGlite;
  try {
    const pgdata = join(dataDir, 'pgdata');
    if (!existsSync(pgdata)) await copyInitialisedCluster(pgdata);
    pg = await PGlite.create(pgdata);
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

/**
 * Creating a PGlite cluster (initdb) takes many seconds on a small machine; copying one takes
 * about one. So the first new folder initialises a pristine, empty cluster in the user's own
 * cache (~/.cache/nolan, per PGlite version) and every new folder starts as a copy of it.
 * Any failure falls back to PGlite creating the folder itself.
 */
async function copyInitialisedCluster(pgdata: string): Promise<void> {
  try {
    const cacheRoot = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'nolan');
    const template = join(cacheRoot, `pglite-${pgliteVersion()}`);
    if (!existsSync(join(template, 'PG_VERSION'))) {
      mkdirSync(cacheRoot, { recursive: true, mode: 0o700 });
      const building = mkdtempSync(join(cacheRoot, 'building-'));
      const fresh = await PGlite.create(building);
      await fresh.close();
      try {
        renameSync(building, template);
      } catch {
        rmSync(building, { recursive: true, force: true }); // another process made it first
      }
    }
    cpSync(template, pgdata, { recursive: true });
  } catch {
    rmSync(pgdata, { recursive: true, force: true });
  }
}

function pgliteVersion(): string {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const manifest = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}
