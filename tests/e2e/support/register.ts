import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A real register server process (`nolan register serve`) on a free port with its own data folder. */
export class RegisterServer {
  readonly url: string;
  readonly adminToken = `e2e-admin-${Math.random().toString(36).slice(2)}-token`;
  readonly dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nolan-e2e-register-'));
  private child: ChildProcess | null = null;
  private output = '';

  constructor(readonly port: number) {
    this.url = `http://127.0.0.1:${port}`;
  }

  /** Starts the server (again, after `stop`) and waits until `/healthz` answers. */
  async start(): Promise<void> {
    this.child = spawn(process.execPath, ['bin/nolan.mjs', 'register', 'serve', '--port', String(this.port), '--data', this.dataDir], {
      env: { ...process.env, REGISTER_ADMIN_TOKEN: this.adminToken },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.on('data', (chunk) => (this.output += chunk));
    this.child.stderr?.on('data', (chunk) => (this.output += chunk));
    const deadline = Date.now() + 150_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`The register exited:\n${this.output}`);
      try {
        if ((await fetch(`${this.url}/healthz`)).ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`The register did not start within 150 s:\n${this.output}`);
  }

  /** Stops the server process and waits for it to exit. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }

  /** Stops the server and removes its data. */
  async dispose(): Promise<void> {
    await this.stop();
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }

  /** Calls the register's API as a client would, returning status and parsed JSON. */
  async api<T = unknown>(method: string, apiPath: string, token: string, body?: unknown): Promise<{ status: number; body: T }> {
    const response = await fetch(`${this.url}${apiPath}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
  }

  /** Adds a user through `POST /api/users` (as the administrator) and returns their token. */
  async addUser(role: 'staff' | 'reviewer', name: string, jobTitle = ''): Promise<string> {
    const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${Math.random().toString(36).slice(2, 6)}@example.org`;
    const { status, body } = await this.api<{ token: string }>('POST', '/api/users', this.adminToken, { email, name, role, jobTitle });
    if (status !== 201 && status !== 200) throw new Error(`Could not add ${role}: ${status} ${JSON.stringify(body)}`);
    return body.token;
  }
}

/** A TCP port nothing is listening on. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
