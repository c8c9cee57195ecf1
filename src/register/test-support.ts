import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { createApp } from './app';
import type { Db } from './db';
import { migrate } from './db/migrate';
import { openPglite } from './db/pglite';
import { openPostgres } from './db/postgres';
import { bootstrapAdmin, createUser, type Role } from './users';

/** PostgreSQL for the `DATABASE_URL` half of the suite (CI sets it; see .ci/run). */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

/** A register on a fresh, real database, with helpers to call it as a client would. */
export interface TestRegister {
  db: Db;
  app: ReturnType<typeof createApp>;
  org: string;
  adminToken: string;
  /** Calls the app; `body` objects are sent as JSON, strings as they are. */
  call(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<{ status: number; body: unknown; text: string; headers: Headers }>;
  /** Adds a user with this role and returns their token. */
  addUser(role: Role, name?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * A migrated, empty PGlite folder to copy for each test file: creating one takes PGlite many
 * seconds, copying one well under a second. Keyed by the migrations, so a new one is made when they change.
 */
export async function pgliteTemplate(): Promise<string> {
  const migrations = new URL('./migrations/', import.meta.url);
  const hash = createHash('sha256');
  for (const file of readdirSync(migrations).sort()) hash.update(file).update(readFileSync(new URL(file, migrations)));
  const template = join(tmpdir(), `nolan-register-template-${hash.digest('hex').slice(0, 16)}`);
  if (existsSync(join(template, 'ready'))) return template;
  const building = mkdtempSync(join(tmpdir(), 'nolan-register-template-building-'));
  const db = await openPglite(building);
  await migrate(db);
  await db.close();
  writeFileSync(join(building, 'ready'), '');
  try {
    renameSync(building, template);
  } catch {
    rmSync(building, { recursive: true, force: true }); // another test file made it first
  }
  return template;
}

/** Opens a fresh register: PGlite in a temp folder, or PostgreSQL in a new schema. */
export async function openTestRegister(kind: 'pglite' | 'postgres', org = 'test-org'): Promise<TestRegister> {
  let db: Db;
  let cleanup: () => Promise<void>;
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'nolan-register-test-'));
    cpSync(await pgliteTemplate(), dir, { recursive: true });
    db = await openPglite(dir);
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const schema = `test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    db = await openPostgres(TEST_DATABASE_URL as string, { schema });
    cleanup = async () => {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    };
  }
  await migrate(db);
  const adminToken = 'test-admin-token-0123456789';
  await bootstrapAdmin(db, org, adminToken);
  const app = createApp({ db, org });
  let counter = 0;
  const call: TestRegister['call'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined;
    if (typeof options.body === 'string') body = options.body;
    else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await app.request(`http://localhost${path}`, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = undefined;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: res.status, body: parsed, text, headers: res.headers };
  };
  return {
    db,
    app,
    org,
    adminToken,
    call,
    async addUser(role, name) {
      counter += 1;
      const label = name ?? `${role[0]?.toUpperCase()}${role.slice(1)} ${counter}`;
      const email = `${role}${counter}.${Math.random().toString(36).slice(2, 8)}@example.org`;
      const { token } = await createUser(db, org, { email, name: label, role, jobTitle: `${label} title` }, 'system');
      return token;
    },
    async close() {
      await db.close();
      await cleanup();
    },
  };
}

/**
 * Runs the same suite against real PGlite and, when TEST_DATABASE_URL is set, real PostgreSQL,
 * each on a fresh database; `get()` returns the open register inside tests.
 */
export function describeBackends(name: string, suite: (get: () => TestRegister) => void): void {
  for (const kind of ['pglite', 'postgres'] as const) {
    const skip = kind === 'postgres' && !TEST_DATABASE_URL;
    const title =
      kind === 'pglite' ? `${name} (PGlite)` : `${name} (PostgreSQL${skip ? ': skipped, TEST_DATABASE_URL is not set' : ''})`;
    describe.skipIf(skip)(title, () => {
      let register: TestRegister | undefined;
      beforeAll(async () => {
        register = await openTestRegister(kind);
      });
      afterAll(async () => {
        await register?.close();
      });
      suite(() => {
        if (!register) throw new Error('The test register is not open');
        return register;
      });
    });
  }
}

/** A valid gift declaration, with any fields replaced. */
export function giftDeclaration(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'gift-hospitality',
    kind: 'gift',
    dateOffered: '2026-11-20',
    offeredBy: { name: 'Jo Bloggs', organisation: 'Acme Security Ltd' },
    relationship: 'supplier',
    description: 'Two tickets to a football match',
    estimatedValue: 120.0,
    accepted: false,
    reason: 'Supplier in live tender',
    approval: { sought: true, by: 'Chief Executive' },
    ...overrides,
  };
}

/** A valid interest declaration. */
export function interestDeclaration(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'interest',
    interestType: 'membership',
    organisation: 'Rotary Club of Anytown',
    description: 'Ordinary member',
    from: '2024-01-01',
    to: null,
    ...overrides,
  };
}
