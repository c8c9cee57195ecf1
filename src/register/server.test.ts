import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from './db/pglite';
import { giftDeclaration, pgliteTemplate } from './test-support';

const ROOT = new URL('../../', import.meta.url).pathname;
const ADMIN = 'spawned-admin-token-0123456789';
const env = { ...process.env, DATABASE_URL: '', REGISTER_ADMIN_TOKEN: ADMIN };

/** Starts `nolan register serve` as a real process and resolves to its URL once it is listening. */
function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, ['bin/nolan.mjs', 'register', 'serve', '--port', '0', '--data', dataDir, '--org', 'spawned'], {
    cwd: ROOT,
    env,
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
