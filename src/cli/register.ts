import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { z } from 'zod';
import { createApp } from '../register/app';
import { verifyAudit } from '../register/audit';
import { findInconsistencies } from '../register/consistency';
import { type Db, openDb } from '../register/db';
import { DEMO_USERS, seedDemoUsers } from '../register/demo';
import { fieldErrors } from '../register/errors';
import { describeLimits, readLimitSettings } from '../register/limits';
import {
  bootstrapAdmin,
  createUser,
  DuplicateEmailError,
  listUsers,
  NewUserSchema,
  reinstateUser,
  replaceToken,
  revokeUser,
  UnknownUserError,
  UserConflictError,
  type UserSummary,
} from '../register/users';

const USAGE = `Usage:
  nolan register serve [--port 8787] [--host 127.0.0.1] [--data ./data/register] [--org ID] [--demo]
  nolan register verify [--data ./data/register] [--anchor HASH]
  nolan register user add --email E --name N --role staff|reviewer|admin [--job-title T] [--data ...] [--org ID]
  nolan register user list [--data ...] [--org ID]
  nolan register user revoke --email E [--data ...] [--org ID]
  nolan register user token --email E [--data ...] [--org ID]
  nolan register user reinstate --email E [--data ...] [--org ID]

PostgreSQL is used when DATABASE_URL is set; otherwise embedded PGlite in the --data folder.
REGISTER_ORG sets the organisation (default "demo"); REGISTER_ADMIN_TOKEN the first administrator's token.
REGISTER_TRUST_PROXY=1 behind a reverse proxy that sets X-Forwarded-For; REGISTER_SIGNIN_FAILURE_LIMIT,
REGISTER_SIGNIN_FAILURE_WINDOW_SECONDS, REGISTER_WRITE_LIMIT and REGISTER_WRITE_WINDOW_SECONDS set the
rate limits (see docs/register.md).
`;

const CommonSchema = z.object({
  data: z.string().min(1).default('./data/register'),
  org: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'Use lower-case letters, digits and hyphens for --org')
    .default(process.env.REGISTER_ORG ?? 'demo'),
});

const ServeSchema = CommonSchema.extend({
  port: z.coerce.number().int().min(0, 'Give --port from 0 to 65535').max(65535, 'Give --port from 0 to 65535').default(8787),
  host: z.string().min(1).default('127.0.0.1'),
  demo: z.boolean().default(false),
});

/** Runs `nolan register <serve|verify|user add|list|revoke|token|reinstate>` and resolves to the process exit code. */
export async function runRegister(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'serve') return await runServe(rest);
    if (command === 'verify') return await runVerify(rest);
    if (command === 'user' && rest[0] === 'add') return await runUserAdd(rest.slice(1));
    if (command === 'user' && rest[0] === 'list') return await runUserList(rest.slice(1));
    if (command === 'user' && rest[0] === 'revoke') return await runUserRevoke(rest.slice(1));
    if (command === 'user' && rest[0] === 'token') return await runUserToken(rest.slice(1));
    if (command === 'user' && rest[0] === 'reinstate') return await runUserReinstate(rest.slice(1));
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      process.stdout.write(USAGE);
      return command === undefined ? 1 : 0;
    }
    process.stderr.write(`nolan register: unknown command "${argv.join(' ')}"\n\n${USAGE}`);
    return 2;
  } catch (error) {
    process.stderr.write(`nolan register: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

/** Parses flags with node:util, then validates them with a zod schema; prints field messages on failure. */
function readOptions<T extends z.ZodType>(
  argv: string[],
  schema: T,
  flags: Record<string, { type: 'string' | 'boolean' }>,
): z.infer<T> | null {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ args: argv, options: flags, strict: true, allowPositionals: false }).values;
  } catch (error) {
    process.stderr.write(`nolan register: ${(error as Error).message}\n\n${USAGE}`);
    return null;
  }
  const renamed = Object.fromEntries(Object.entries(values).map(([k, v]) => [k.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()), v]));
  const parsed = schema.safeParse(renamed);
  if (parsed.success) return parsed.data;
  for (const [field, message] of Object.entries(fieldErrors(parsed.error.issues, 'options'))) {
    process.stderr.write(`nolan register: --${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${message}\n`);
  }
  return null;
}

const STRING = { type: 'string' } as const;
const BOOLEAN = { type: 'boolean' } as const;

const describeStore = (data: string) =>
  process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${resolve(data)}`;

async function runServe(argv: string[]): Promise<number> {
  const options = readOptions(argv, ServeSchema, { port: STRING, host: STRING, data: STRING, org: STRING, demo: BOOLEAN });
  if (!options) return 2;
  const limits = readLimitSettings(process.env);
  if (!limits.ok) {
    for (const [name, message] of Object.entries(limits.messages)) process.stderr.write(`nolan register: ${name}: ${message}\n`);
    return 2;
  }
  const db = await openDb({ databaseUrl: process.env.DATABASE_URL, dataDir: options.data });
  const { generatedToken, isEnvAdminRevoked } = await bootstrapAdmin(db, options.org, process.env.REGISTER_ADMIN_TOKEN || undefined);
  if (options.demo) await seedDemoUsers(db, options.org);
  const app = createApp({ db, org: options.org, limits: limits.settings });
  const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host });
  // Outlive the idle timeouts of clients and proxies (often 60 s), so a reused connection is never closed under them.
  Object.assign(server, { keepAliveTimeout: 65_000, headersTimeout: 66_000 });
  await new Promise<void>((ready, fail) => {
    server.once('listening', ready);
    server.once('error', fail);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const isLoopback = ['127.0.0.1', 'localhost', '::1'].includes(options.host);
  const host = isLoopback ? 'localhost' : options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = `http://${host}:${port}`;
  console.log(`Nolan register for "${options.org}" listening on ${url} (${describeStore(options.data)})`);
  console.log(describeLimits(limits.settings));
  if (db.kind === 'pglite') {
    console.log('PGlite does not fsync: a power cut can lose recent declarations. Use PostgreSQL (DATABASE_URL) in production.');
  }
  if (isEnvAdminRevoked) {
    console.log(
      'REGISTER_ADMIN_TOKEN belongs to the first administrator, whose access was revoked: it does not sign in. Unset it, or set a new one to reinstate that administrator.',
    );
  }
  if (generatedToken) {
    console.log(`\nFirst administrator created. Their token is shown this once; keep it safe:\n  ${generatedToken}\n`);
  }
  if (options.demo) for (const user of DEMO_USERS) console.log(`Demo ${user.role} token: ${user.token}`);

  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      console.log('Stopping the register…');
      const http = server as { closeIdleConnections?: () => void; closeAllConnections?: () => void };
      server.close(() => done());
      // Let requests in flight finish (their transactions commit and answer), then drop keep-alive sockets.
      http.closeIdleConnections?.();
      setTimeout(() => http.closeAllConnections?.(), 5000).unref();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await db.close();
  return 0;
}

const VerifySchema = CommonSchema.extend({
  anchor: z.string().regex(/^[0-9a-f]{64}$/, 'Give a head hash as printed by an earlier verify').optional(),
});

async function runVerify(argv: string[]): Promise<number> {
  const options = readOptions(argv, VerifySchema, { data: STRING, org: STRING, anchor: STRING });
  if (!options) return 2;
  const db = await openDb({ databaseUrl: process.env.DATABASE_URL, dataDir: options.data });
  try {
    const verdict = await verifyAudit(db, options.anchor);
    if (!verdict.ok) {
      process.stderr.write(
        `Audit log TAMPERED: entry ${verdict.seq} is bad: ${verdict.reason}. The ${verdict.count} entries before it are intact.\n`,
      );
      return 1;
    }
    const problems = await findInconsistencies(db);
    if (problems.length > 0) {
      process.stderr.write(`Audit log intact (${verdict.count} entries), but the data was changed outside the register:\n`);
      for (const { table, id, problem } of problems.slice(0, 50)) process.stderr.write(`  ${table} ${id}: ${problem}\n`);
      if (problems.length > 50) process.stderr.write(`  …and ${problems.length - 50} more\n`);
      return 1;
    }
    console.log(
      `Audit log intact: ${verdict.count} ${verdict.count === 1 ? 'entry' : 'entries'}, head hash ${verdict.head}; users and declarations match it (${describeStore(options.data)})`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

const UserAddSchema = CommonSchema.extend({
  email: z.string({ message: 'Give --email' }),
  name: z.string({ message: 'Give --name' }),
  role: z.string({ message: 'Give --role staff, reviewer or admin' }),
  jobTitle: z.string().optional(),
});

async function runUserAdd(argv: string[]): Promise<number> {
  const options = readOptions(argv, UserAddSchema, {
    email: STRING,
    name: STRING,
    role: STRING,
    'job-title': STRING,
    data: STRING,
    org: STRING,
  });
  if (!options) return 2;
  const user = NewUserSchema.safeParse(options);
  if (!user.success) {
    for (const [field, message] of Object.entries(fieldErrors(user.error.issues))) {
      process.stderr.write(`nolan register: --${field}: ${message}\n`);
    }
    return 2;
  }
  const db = await openDb({ databaseUrl: process.env.DATABASE_URL, dataDir: options.data });
  try {
    const { id, token } = await createUser(db, options.org, user.data, 'system');
    console.log(`Added ${user.data.role} ${user.data.name} <${user.data.email}> to "${options.org}" (id ${id}).`);
    console.log(`Their token, shown this once:\n  ${token}`);
    return 0;
  } catch (error) {
    if (error instanceof DuplicateEmailError) {
      process.stderr.write(`nolan register: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}

async function runUserList(argv: string[]): Promise<number> {
  const options = readOptions(argv, CommonSchema, { data: STRING, org: STRING });
  if (!options) return 2;
  const db = await openDb({ databaseUrl: process.env.DATABASE_URL, dataDir: options.data });
  try {
    const users = await listUsers(db, options.org);
    if (users.length === 0) {
      console.log(`"${options.org}" has no users yet.`);
      return 0;
    }
    const header = ['Email', 'Name', 'Role', 'Access', 'Id'];
    const rows = [
      header,
      ...users.map((user) => [
        user.email,
        user.name,
        user.role,
        user.revokedAt ? `revoked ${user.revokedAt.slice(0, 10)}` : 'active',
        user.id,
      ]),
    ];
    const widths = header.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
    for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd());
    return 0;
  } finally {
    await db.close();
  }
}

const UserEmailSchema = CommonSchema.extend({
  email: z.string({ message: 'Give --email' }).trim().min(1, 'Give --email'),
});

/** Opens the register, finds the user by `--email` and applies `change`; their state refusing it exits with 1. */
async function changeUser(argv: string[], change: (db: Db, org: string, user: UserSummary) => Promise<void>): Promise<number> {
  const options = readOptions(argv, UserEmailSchema, { email: STRING, data: STRING, org: STRING });
  if (!options) return 2;
  const db = await openDb({ databaseUrl: process.env.DATABASE_URL, dataDir: options.data });
  try {
    const email = options.email.toLowerCase();
    const user = (await listUsers(db, options.org)).find((candidate) => candidate.email.toLowerCase() === email);
    if (!user) {
      process.stderr.write(`nolan register: no user of "${options.org}" has the email ${options.email} (see nolan register user list)\n`);
      return 1;
    }
    await change(db, options.org, user);
    return 0;
  } catch (error) {
    if (error instanceof UnknownUserError || error instanceof UserConflictError) {
      process.stderr.write(`nolan register: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}

function runUserRevoke(argv: string[]): Promise<number> {
  return changeUser(argv, async (db, org, user) => {
    await revokeUser(db, org, user.id, 'system');
    console.log(`Revoked the access of ${user.role} ${user.name} <${user.email}> in "${org}": their token no longer works.`);
    console.log('Their declarations stay in the register.');
  });
}

function runUserToken(argv: string[]): Promise<number> {
  return changeUser(argv, async (db, org, user) => {
    const { token } = await replaceToken(db, org, user.id, 'system');
    console.log(`Replaced the token of ${user.role} ${user.name} <${user.email}> in "${org}"; the old one no longer works.`);
    console.log(`Their new token, shown this once:\n  ${token}`);
  });
}

function runUserReinstate(argv: string[]): Promise<number> {
  return changeUser(argv, async (db, org, user) => {
    const { token } = await reinstateUser(db, org, user.id, 'system');
    console.log(`Reinstated ${user.role} ${user.name} <${user.email}> in "${org}": they have access again; their old token stays revoked.`);
    console.log(`Their new token, shown this once:\n  ${token}`);
  });
}
