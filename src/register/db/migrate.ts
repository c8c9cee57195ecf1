import { readdirSync, readFileSync } from 'node:fs';
import type { Db } from './types';

const MIGRATIONS_DIR = new URL('../migrations/', import.meta.url);

/** Applies the migrations in `src/register/migrations/` not yet recorded, in file-name order. */
export async function migrate(db: Db): Promise<string[]> {
  const files = readdirSync(MIGRATIONS_DIR).filter((name) => name.endsWith('.sql')).sort();
  const applied: string[] = [];
  await db.transaction((tx) =>
    tx.query('CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())'),
  );
  for (const file of files) {
    const version = file.replace(/\.sql$/, '');
    const sql = readFileSync(new URL(file, MIGRATIONS_DIR), 'utf8');
    const done = await db.transaction(async (tx) => {
      // Transactions run one at a time (see Db.transaction), so two servers starting at once do not both migrate.
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [version]);
      if (seen.length > 0) return false;
      for (const statement of splitStatements(sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
      return true;
    });
    if (done) applied.push(version);
  }
  return applied;
}

/** Splits a migration on `;` at line ends, keeping `$$ … $$` function bodies whole. */
function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  let inDollar = false;
  for (const line of sql.split('\n')) {
    if (line.trim().startsWith('--') && !inDollar) continue;
    current += `${line}\n`;
    if ((line.match(/\$\$/g) ?? []).length % 2 === 1) inDollar = !inDollar;
    if (!inDollar && line.trimEnd().endsWith(';')) {
      statements.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}
