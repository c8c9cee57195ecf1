import { Hono } from 'hono';
import type { RouteDeps } from './deps';

/** `GET /healthz`: 200 when the database answers, 503 when it does not. */
export function healthRoutes({ db }: RouteDeps) {
  const app = new Hono();
  app.get('/healthz', async (c) => {
    try {
      await db.query('SELECT 1');
      return c.json({ ok: true, database: db.kind });
    } catch {
      return c.json({ ok: false, database: db.kind }, 503);
    }
  });
  return app;
}
