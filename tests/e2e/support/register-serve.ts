// A stand-in for `nolan register serve`, used only while src/cli/register.ts is not in the tree.
// TODO [2026-12-15]: remove once the CLI's register command has landed.
import { serve } from '@hono/node-server';
import { createApp } from '../../../src/register/app';
import { openDb } from '../../../src/register/db';
import { bootstrapAdmin } from '../../../src/register/users';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? (args[index + 1] ?? fallback) : fallback;
};
const org = option('org', 'west-midlands');
const db = await openDb({ dataDir: option('data', './data/register') });
await bootstrapAdmin(db, org, process.env.REGISTER_ADMIN_TOKEN);
const server = serve({ fetch: createApp({ db, org }).fetch, port: Number(option('port', '8787')) });
const stop = () => server.close(() => void db.close().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
