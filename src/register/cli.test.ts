import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runRegister } from '../cli/register';
import { openDb } from './db';
import { pgliteTemplate } from './test-support';
import { findUserByToken } from './users';

/** Runs the register CLI in-process and collects what it wrote. */
async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    out += `${args.join(' ')}\n`;
  });
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  try {
    return { code: await runRegister(argv), out, err };
  } finally {
    log.mockRestore();
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('nolan register (CLI)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'nolan-register-cli-'));
  const databaseUrl = process.env.DATABASE_URL;
  beforeAll(async () => {
    delete process.env.DATABASE_URL; // these tests are about the PGlite folder
    cpSync(await pgliteTemplate(), dataDir, { recursive: true });
  });
  afterAll(() => {
    if (databaseUrl !== undefined) process.env.DATABASE_URL = databaseUrl;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('adds a user and prints their token once', async () => {
    const res = await run(['user', 'add', '--data', dataDir, '--org', 'cli', '--email', 'cli@example.org', '--name', 'Cli User', '--role', 'reviewer', '--job-title', 'Chief Executive']);
    expect(res.code, res.err).toBe(0);
    expect(res.out).toMatch(/Added reviewer Cli User <cli@example.org> to "cli"/);
    expect(res.out).toMatch(/nolan_[A-Za-z0-9_-]{43}/);
  });

  it('refuses a duplicate email and explains bad options', async () => {
    const dup = await run(['user', 'add', '--data', dataDir, '--org', 'cli', '--email', 'CLI@example.org', '--name', 'Again', '--role', 'staff']);
    expect(dup.code).toBe(1);
    expect(dup.err).toMatch(/already exists/);
    const bad = await run(['user', 'add', '--data', dataDir, '--email', 'nope', '--name', 'X', '--role', 'boss']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--email: Enter an email address/);
    expect(bad.err).toMatch(/--role: Choose staff, reviewer or admin/);
    expect((await run(['serve', '--port', 'seventy'])).code).toBe(2);
    expect((await run(['user', 'add', '--bogus'])).code).toBe(2);
  });

  it('verifies an intact log and rejects a malformed anchor', async () => {
    const ok = await run(['verify', '--data', dataDir]);
    expect(ok.code, ok.err).toBe(0);
    expect(ok.out).toMatch(/Audit log intact: 1 entry,/);
    expect((await run(['verify', '--data', dataDir, '--anchor', 'xyz'])).code).toBe(2);
  });

  it('prints usage for help and rejects unknown commands', async () => {
    expect((await run(['help'])).out).toMatch(/nolan register serve/);
    expect((await run(['frobnicate'])).code).toBe(2);
  });

  const inCli = (...argv: string[]) => [...argv, '--data', dataDir, '--org', 'cli'];
  let leaverToken = '';

  it('lists users with their access, never a token or its hash', async () => {
    const added = await run(inCli('user', 'add', '--email', 'leaver@example.org', '--name', 'Lee Leaver', '--role', 'staff'));
    leaverToken = /nolan_\S+/.exec(added.out)?.[0] ?? '';
    const res = await run(inCli('user', 'list'));
    expect(res.code, res.err).toBe(0);
    expect(res.out).toMatch(/^Email +Name +Role +Access +Id$/m);
    expect(res.out).toMatch(/^leaver@example\.org +Lee Leaver +staff +active +[0-9a-f-]{36}$/m);
    expect(res.out).not.toMatch(/nolan_|[0-9a-f]{64}/);
    expect((await run(['user', 'list', '--data', dataDir, '--org', 'nobody-here'])).out).toMatch(/"nobody-here" has no users yet/);
  });

  it('revokes a user by email, once, and explains what it cannot do', async () => {
    const res = await run(inCli('user', 'revoke', '--email', 'LEAVER@example.org'));
    expect(res.code, res.err).toBe(0);
    expect(res.out).toMatch(/Revoked the access of staff Lee Leaver <leaver@example.org> in "cli"/);
    expect((await run(inCli('user', 'list'))).out).toMatch(/^leaver@example\.org +Lee Leaver +staff +revoked \d{4}-\d{2}-\d{2} /m);
    const again = await run(inCli('user', 'revoke', '--email', 'leaver@example.org'));
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already revoked on \d{4}-\d{2}-\d{2}/);
    const unknown = await run(inCli('user', 'revoke', '--email', 'nobody@example.org'));
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/no user of "cli" has the email nobody@example.org/);
    expect((await run(inCli('user', 'revoke'))).err).toMatch(/--email: Give --email/);
    expect((await run(inCli('user', 'revoke'))).code).toBe(2);
  });

  it('refuses to revoke the last active administrator', async () => {
    await run(inCli('user', 'add', '--email', 'only.admin@example.org', '--name', 'Only Admin', '--role', 'admin'));
    const res = await run(inCli('user', 'revoke', '--email', 'only.admin@example.org'));
    expect(res.code).toBe(1);
    expect(res.err).toMatch(/Only Admin <only.admin@example.org> is the last active administrator of "cli"/);
  });

  it('replaces a token and prints the new one once, but not for a revoked user', async () => {
    const added = await run(inCli('user', 'add', '--email', 'lost@example.org', '--name', 'Lost Token', '--role', 'staff'));
    const old = /nolan_\S+/.exec(added.out)?.[0] ?? '';
    const res = await run(inCli('user', 'token', '--email', 'lost@example.org'));
    expect(res.code, res.err).toBe(0);
    expect(res.out).toMatch(/Replaced the token of staff Lost Token <lost@example.org> in "cli"/);
    const token = /nolan_[A-Za-z0-9_-]{43}/.exec(res.out)?.[0] ?? '';
    expect(token).not.toBe(old);
    const db = await openDb({ dataDir });
    try {
      expect(await findUserByToken(db, old)).toBeNull();
      expect(await findUserByToken(db, token)).toMatchObject({ email: 'lost@example.org', org: 'cli' });
    } finally {
      await db.close();
    }
    const revoked = await run(inCli('user', 'token', '--email', 'leaver@example.org'));
    expect(revoked.code).toBe(1);
    expect(revoked.err).toMatch(/cannot be given a new token/);
  });

  it('points from adding a revoked user again to reinstating them', async () => {
    const res = await run(inCli('user', 'add', '--email', 'leaver@example.org', '--name', 'Lee Leaver', '--role', 'staff'));
    expect(res.code).toBe(1);
    expect(res.err).toMatch(
      /^nolan register: Lee Leaver <leaver@example\.org> had access until \d{4}-\d{2}-\d{2}; reinstate them with POST \/api\/users\/[0-9a-f-]{36}\/reinstate \(nolan register user reinstate --email leaver@example\.org\)$/m,
    );
  });

  it('reinstates a revoked user by email with a new token printed once, and explains what it cannot do', async () => {
    const res = await run(inCli('user', 'reinstate', '--email', 'Leaver@example.org'));
    expect(res.code, res.err).toBe(0);
    expect(res.out).toMatch(/Reinstated staff Lee Leaver <leaver@example.org> in "cli": they have access again; their old token stays revoked/);
    const tokens = res.out.match(/nolan_[A-Za-z0-9_-]{43}/g) ?? [];
    expect(tokens).toHaveLength(1);
    const [token = ''] = tokens;
    expect(leaverToken).toMatch(/^nolan_/);
    expect(token).not.toBe(leaverToken);
    const db = await openDb({ dataDir });
    try {
      expect(await findUserByToken(db, leaverToken)).toBeNull();
      expect(await findUserByToken(db, token)).toMatchObject({ email: 'leaver@example.org', org: 'cli' });
    } finally {
      await db.close();
    }
    expect((await run(inCli('user', 'list'))).out).toMatch(/^leaver@example\.org +Lee Leaver +staff +active +[0-9a-f-]{36}$/m);
    const again = await run(inCli('user', 'reinstate', '--email', 'leaver@example.org'));
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/Lee Leaver <leaver@example.org> already has access, so there is nothing to reinstate/);
    const unknown = await run(inCli('user', 'reinstate', '--email', 'nobody@example.org'));
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/no user of "cli" has the email nobody@example.org/);
    const missing = await run(inCli('user', 'reinstate'));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/--email: Give --email/);
    expect((await run(['help'])).out).toMatch(/nolan register user reinstate --email E/);
  });

  it('still verifies once access has been revoked, tokens replaced and access given back', async () => {
    const res = await run(['verify', '--data', dataDir]);
    expect(res.code, res.err).toBe(0);
    // Four users added, one revoked, one token replaced, one reinstated; the refusals recorded nothing.
    expect(res.out).toMatch(/Audit log intact: 7 entries, .* users and declarations match it/);
  });
});
