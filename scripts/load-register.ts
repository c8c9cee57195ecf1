/**
 * A bounded loopback load test of the register: spawns `nolan register serve` on 127.0.0.1,
 * runs concurrent clients, checks concurrent duplicate submits make one row, then kills the
 * server with SIGKILL mid-load, restarts it on the same data and checks that every
 * acknowledged (201) declaration survived.
 *
 *   npx tsx scripts/load-register.ts [--clients 16] [--seconds 15] [--warmup 3] [--max 20000] [--postgres URL] [--json]
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';

const ROOT = new URL('../', import.meta.url).pathname;
const ADMIN = 'load-test-admin-token-0123456789';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '16' },
    seconds: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '3' },
    max: { type: 'string', default: '20000' },
    postgres: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const CLIENTS = Math.max(1, Math.min(256, Number(values.clients)));
const SECONDS = Math.max(1, Math.min(300, Number(values.seconds)));
const MAX = Math.max(1, Math.min(1_000_000, Number(values.max)));
const WARMUP = Math.max(0, Math.min(60, Number(values.warmup)));

const gift = (i: number) => ({
  type: 'gift-hospitality',
  kind: i % 2 ? 'gift' : 'hospitality',
  dateOffered: '2026-11-20',
  offeredBy: { name: 'Jo Bloggs', organisation: 'Acme Security Ltd' },
  relationship: 'supplier',
  description: `Load test offer number ${i}`,
  estimatedValue: (i % 500) + 0.5,
  accepted: i % 3 === 0,
  reason: '',
  approval: { sought: false, by: '' },
});

interface Server {
  child: ChildProcess;
  url: string;
}

function startServer(dataDir: string, databaseUrl: string | undefined): Promise<Server> {
  const child = spawn(
    process.execPath,
    ['bin/nolan.mjs', 'register', 'serve', '--host', '127.0.0.1', '--port', '0', '--data', dataDir, '--org', 'load'],
    {
      cwd: ROOT,
      // Each client posts as fast as the register answers, far past the per-user write limit meant for real use.
      env: { ...process.env, DATABASE_URL: databaseUrl ?? '', REGISTER_ADMIN_TOKEN: ADMIN, REGISTER_WRITE_LIMIT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on http:\/\/localhost:(\d+)/.exec(output)?.[1];
      if (url) resolve({ child, url: `http://127.0.0.1:${url}` });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code, signal) => reject(new Error(`server exited (${code ?? signal}): ${output}`)));
  });
}

async function stopServer(server: Server, signal: NodeJS.Signals): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill(signal);
  await exited;
}

async function call(url: string, token: string, path: string, init: { method?: string; body?: unknown; key?: string } = {}) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.key) headers['idempotency-key'] = init.key;
  const res = await fetch(`${url}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as Record<string, unknown> | null };
}

async function addStaff(url: string, n: number): Promise<string[]> {
  const tokens: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const res = await call(url, ADMIN, '/api/users', {
      method: 'POST',
      body: { email: `load${i}.${Date.now()}@example.org`, name: `Load client ${i}`, role: 'staff' },
    });
    if (res.status !== 201) throw new Error(`could not add a user: ${res.status}`);
    tokens.push(String(res.body?.token));
  }
  return tokens;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Runs `clients` loops posting unique declarations until the time or count runs out, or `stop()` says so. */
async function runClients(url: string, tokens: string[], prefix: string, until: { seconds: number; max: number; stop?: () => boolean }) {
  const latencies: number[] = [];
  const acknowledged = new Map<string, string>(); // idempotency key → ref
  const attempted: { token: string; key: string }[] = [];
  const statuses = new Map<string, number>();
  let issued = 0;
  const deadline = performance.now() + until.seconds * 1000;
  const started = performance.now();
  await Promise.all(
    tokens.map(async (token) => {
      while (performance.now() < deadline && issued < until.max && !until.stop?.()) {
        const i = issued++;
        const key = `${prefix}-${i}`;
        attempted.push({ token, key });
        const t0 = performance.now();
        try {
          const res = await call(url, token, '/api/declarations', { method: 'POST', body: gift(i), key });
          latencies.push(performance.now() - t0);
          statuses.set(String(res.status), (statuses.get(String(res.status)) ?? 0) + 1);
          if (res.status === 201) acknowledged.set(key, String(res.body?.ref));
        } catch (error) {
          const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
          const label = `network error (${cause})`;
          statuses.set(label, (statuses.get(label) ?? 0) + 1);
          if (until.stop) return; // the server is gone: this client stops
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { acknowledged, attempted, statuses: Object.fromEntries(statuses), elapsed, latencies };
}

async function listAllRefs(url: string): Promise<Map<string, number>> {
  const refs = new Map<string, number>();
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const res = await call(url, ADMIN, `/api/declarations?limit=1000${query}`);
    if (res.status !== 200) throw new Error(`listing failed: ${res.status}`);
    for (const item of res.body?.items as { ref: string }[]) refs.set(item.ref, (refs.get(item.ref) ?? 0) + 1);
    cursor = (res.body?.next as string | null) ?? null;
  } while (cursor);
  return refs;
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'nolan-load-'));
  let databaseUrl: string | undefined;
  let dropDatabase = async () => undefined as unknown;
  if (values.postgres) {
    const name = `nolan_load_${Date.now()}`;
    const admin = new pg.Client({ connectionString: values.postgres });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(values.postgres);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: values.postgres });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }
  const log = (line: string) => !values.json && console.log(line);
  const store = databaseUrl ? 'PostgreSQL' : 'PGlite';
  try {
    log(`Starting the register on ${store} (${databaseUrl ? 'fresh database' : dataDir})…`);
    let server = await startServer(dataDir, databaseUrl);
    const tokens = await addStaff(server.url, CLIENTS);

    // Warm-up: the first requests after a start run while V8 is still compiling; not measured.
    log(`Warm-up: ${CLIENTS} clients for ${WARMUP} s (not measured)…`);
    const warm = await runClients(server.url, tokens, 'warm', { seconds: WARMUP, max: MAX });
    log(`Load: ${CLIENTS} clients for up to ${SECONDS} s or ${MAX} declarations…`);
    const load = await runClients(server.url, tokens, 'load', { seconds: SECONDS, max: MAX });
    const throughput = load.acknowledged.size / load.elapsed;

    log('Duplicates: 50 concurrent submits with one Idempotency-Key…');
    const dupToken = tokens[0] as string;
    const dups = await Promise.all(
      Array.from({ length: 50 }, () => call(server.url, dupToken, '/api/declarations', { method: 'POST', body: gift(0), key: 'dup-key' })),
    );
    const dupRefs = new Set(dups.map((r) => String(r.body?.ref)));
    const dupStatuses = [...new Set(dups.map((r) => r.status))];

    log('Crash: SIGKILL the server while clients are posting…');
    let killed = false;
    const crash = runClients(server.url, tokens, 'crash', { seconds: 30, max: MAX, stop: () => killed });
    await new Promise((r) => setTimeout(r, 1500));
    server.child.kill('SIGKILL');
    killed = true;
    const crashed = await crash;
    await stopServer(server, 'SIGKILL');

    log('Restart on the same data and check every acknowledged declaration…');
    const restartStarted = performance.now();
    server = await startServer(dataDir, databaseUrl);
    const restartSeconds = (performance.now() - restartStarted) / 1000;
    const refs = await listAllRefs(server.url);
    const acknowledged = [...warm.acknowledged.values(), ...load.acknowledged.values(), ...crashed.acknowledged.values(), ...dupRefs];
    const missing = acknowledged.filter((ref) => !refs.has(ref));
    // A retry of every key tried during the crash (and any unanswered before it) must find or make exactly one row per key.
    const unanswered = [...warm.attempted, ...load.attempted].filter(({ key }) => !warm.acknowledged.has(key) && !load.acknowledged.has(key));
    const toRetry = [...crashed.attempted, ...unanswered];
    const retried = await Promise.all(
      toRetry.map(({ token, key }) =>
        call(server.url, token, '/api/declarations', { method: 'POST', body: gift(0), key }),
      ),
    );
    const retryMismatch = toRetry.filter(({ key }, i) => {
      const ack = crashed.acknowledged.get(key);
      return retried[i]?.status !== 201 || (ack !== undefined && retried[i]?.body?.ref !== ack);
    }).length;
    const after = await listAllRefs(server.url);
    const expectedRows = 1 + new Set([...warm.attempted, ...load.attempted, ...crashed.attempted].map((a) => a.key)).size;
    await stopServer(server, 'SIGTERM');
    const verify = spawnSync(process.execPath, ['bin/nolan.mjs', 'register', 'verify', '--data', dataDir], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl ?? '' },
      encoding: 'utf8',
    });

    const report = {
      store,
      clients: CLIENTS,
      warmup: { seconds: WARMUP, acknowledged: warm.acknowledged.size, statuses: warm.statuses },
      load: {
        seconds: Number(load.elapsed.toFixed(2)),
        acknowledged: load.acknowledged.size,
        declarationsPerSecond: Number(throughput.toFixed(1)),
        latencyMs: {
          p50: Number(percentile(load.latencies, 50).toFixed(1)),
          p99: Number(percentile(load.latencies, 99).toFixed(1)),
          max: Number((load.latencies.at(-1) ?? 0).toFixed(1)),
        },
        statuses: load.statuses,
      },
      duplicates: { submits: 50, distinctRefs: dupRefs.size, statuses: dupStatuses },
      crash: {
        acknowledgedBeforeKill: crashed.acknowledged.size,
        attempted: crashed.attempted.length,
        statuses: crashed.statuses,
        restartSeconds: Number(restartSeconds.toFixed(1)),
        acknowledgedMissingAfterRestart: missing.length,
        retriesNotMatchingTheirAcknowledgement: retryMismatch,
        rowsAfterRetries: after.size,
        rowsExpected: expectedRows,
      },
      auditVerify: verify.status === 0 ? verify.stdout.trim() : `FAILED: ${verify.stderr.trim()}`,
    };
    const ok =
      dupRefs.size === 1 && missing.length === 0 && retryMismatch === 0 && after.size === expectedRows && verify.status === 0;
    if (values.json) console.log(JSON.stringify({ ...report, ok }, null, 2));
    else {
      console.log(`\n${store}, ${CLIENTS} clients on loopback:`);
      console.log(`  ${report.load.acknowledged} declarations in ${report.load.seconds} s = ${report.load.declarationsPerSecond}/s`);
      console.log(`  latency p50 ${report.load.latencyMs.p50} ms, p99 ${report.load.latencyMs.p99} ms, max ${report.load.latencyMs.max} ms`);
      console.log(`  statuses ${JSON.stringify(report.load.statuses)}`);
      console.log(`  50 concurrent duplicates → ${dupRefs.size} declaration (statuses ${dupStatuses.join(', ')})`);
      console.log(`  kill -9 mid-load: ${report.crash.acknowledgedBeforeKill} acknowledged before the kill, ${missing.length} missing after restart (restart took ${report.crash.restartSeconds} s)`);
      console.log(`  retrying all ${toRetry.length} keys tried during the crash or unanswered: ${retryMismatch} mismatches; rows ${after.size}, expected ${expectedRows}`);
      console.log(`  ${report.auditVerify}`);
      console.log(ok ? '\nPASS' : '\nFAIL');
    }
    process.exitCode = ok ? 0 : 1;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    await dropDatabase();
  }
}

await main();
