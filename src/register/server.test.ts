import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openPglite } from './db/pglite';
import { giftDeclaration, pgliteTemplate } from './test-support';

const ROOT = new URL('../../', import.meta.url).pathname;
const ADMIN = 'spawned-admin-token-0123456789';
const env = { ...process.env, DATABASE_URL: '', REGISTER_ADMIN_TOKEN: ADMIN };

/** Starts `nolan register serve` as a real process and resolves to its URL once it is listening. */
function startServer(dataDir: string, extraEnv: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, ['bin/nolan.mjs', 'register', 'serve', '--port', '0', '--data', dataDir, '--org', 'spawned'], {
    cwd: ROOT,
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve({ child, url, output: () => output });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}

const verify = (dataDir: string) =>
  spawnSync(process.execPath, ['bin/nolan.mjs', 'register', 'verify', '--data', dataDir], { cwd: ROOT, env, encoding: 'utf8' });

describe('a spawned register server (node bin/nolan.mjs register serve)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'nolan-register-spawn-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('serves the API over HTTP, stops cleanly and verifies its audit log', async () => {
    cpSync(await pgliteTemplate(), dataDir, { recursive: true });
    const { child, url } = await startServer(dataDir);
    try {
      expect(await (await fetch(`${url}/healthz`)).json()).toMatchObject({ ok: true, database: 'pglite' });
      const user = await fetch(`${url}/api/users`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'spawn@example.org', name: 'Spawned Staff', role: 'staff' }),
      });
      expect(user.status).toBe(201);
      const { token } = (await user.json()) as { token: string };
      const declared = await fetch(`${url}/api/declarations`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': 'spawn-1' },
        body: JSON.stringify(giftDeclaration()),
      });
      expect(declared.status).toBe(201);
      expect((await fetch(`${url}/register`)).status).toBe(200);
    } finally {
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
    const ok = verify(dataDir);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/Audit log intact: 3 entries.*match it/);
  }, 120_000);

  it('makes verify fail, naming the first bad entry, after tampering', async () => {
    const db = await openPglite(dataDir);
    await db.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change');
    await db.query(`UPDATE audit_log SET entry = replace(entry, 'Two tickets', 'A pen') WHERE seq = 3`);
    await db.close();
    const bad = verify(dataDir);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/entry 3 is bad/);
  }, 120_000);
});

describe('rate limits of a spawned register server', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'nolan-register-limits-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('answers the 21st failed sign-in from one address with 429 and Retry-After, and limits each user’s changes', async () => {
    cpSync(await pgliteTemplate(), dataDir, { recursive: true });
    // The default failed sign-in limit (20 in 10 minutes), and a small write limit to reach quickly.
    const { child, url, output } = await startServer(dataDir, { REGISTER_WRITE_LIMIT: '3' });
    const call = async (method: string, path: string, token: string, init: { body?: unknown; key?: string } = {}) => {
      const headers: Record<string, string> = { authorization: `Bearer ${token}` };
      if (init.body !== undefined) headers['content-type'] = 'application/json';
      if (init.key) headers['idempotency-key'] = init.key;
      const res = await fetch(`${url}${path}`, { method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
      const body = (await res.json()) as { error?: string; fields?: object };
      return { status: res.status, retryAfter: res.headers.get('retry-after'), body };
    };
    try {
      const addStaff = async (email: string) =>
        ((await call('POST', '/api/users', ADMIN, { body: { email, name: 'Limited Staff', role: 'staff' } })).body as { token: string }).token;
      const staff = await addStaff('limited@example.org');
      expect((await call('GET', '/api/declarations', staff)).status).toBe(200);

      const failures = [];
      for (let i = 1; i <= 20; i += 1) failures.push((await call('GET', '/api/declarations', `nolan_wrong-${i}`)).status);
      expect(failures).toEqual(Array(20).fill(401));
      const locked = await call('GET', '/api/declarations', 'nolan_wrong-21');
      expect(locked.status).toBe(429);
      expect(Number(locked.retryAfter)).toBeGreaterThan(0);
      expect(Number(locked.retryAfter)).toBeLessThanOrEqual(600);
      expect(locked.body).toEqual({ error: expect.stringMatching(/^Too many sign-ins/), fields: {} });

      // Tokens that signed in before the lock-out keep working from the same address...
      expect((await call('GET', '/api/declarations', staff)).status).toBe(200);
      // ...but one first used during the lock-out waits for it to end, like the unknown ones.
      const newcomer = await addStaff('newcomer@example.org');
      expect((await call('GET', '/api/declarations', newcomer)).status).toBe(429);

      const declared = [];
      for (let i = 1; i <= 4; i += 1) {
        declared.push(await call('POST', '/api/declarations', staff, { body: giftDeclaration(), key: `limited-${i}` }));
      }
      expect(declared.map((res) => res.status)).toEqual([201, 201, 201, 429]);
      expect(Number(declared[3]?.retryAfter)).toBeGreaterThan(0);
      expect(Number(declared[3]?.retryAfter)).toBeLessThanOrEqual(60);
      expect(declared[3]?.body).toEqual({ error: expect.stringMatching(/too many changes .*\(at most 3 in 1 minute\)/), fields: {} });
      // Printed just after the address the server is listening on, so it may arrive after that line did.
      await vi.waitFor(() => expect(output()).toMatch(/Limits: 20 failed sign-ins per address in 10 minutes; 3 changes per user in 1 minute; /));
    } finally {
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  }, 120_000);

  it('refuses to start with a limit it cannot read, naming the variable', () => {
    const bad = spawnSync(process.execPath, ['bin/nolan.mjs', 'register', 'serve', '--port', '0', '--data', dataDir], {
      cwd: ROOT,
      env: { ...env, REGISTER_SIGNIN_FAILURE_LIMIT: 'lots' },
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/REGISTER_SIGNIN_FAILURE_LIMIT: Give the number of failed sign-ins as a whole number/);
  });
});
