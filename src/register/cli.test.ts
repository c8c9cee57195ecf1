import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runRegister } from '../cli/register';
import { pgliteTemplate } from './test-support';

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
});
