import { Hono } from 'hono';
import { PAGE_CSP } from '../html';
import { readPublicRegister, renderRegisterCsv, renderRegisterHtml } from '../public-register';
import type { RouteDeps } from './deps';

/** The public register of gifts and hospitality (no sign-in): HTML, JSON and CSV. */
export function publicRegisterRoutes({ db, org }: RouteDeps) {
  const app = new Hono();
  app.get('/register', async (c) => {
    c.header('Content-Security-Policy', PAGE_CSP);
    return c.html(renderRegisterHtml(org, await readPublicRegister(db, org)));
  });
  app.get('/register.json', async (c) =>
    c.json({ organisation: org, generatedAt: new Date().toISOString(), entries: await readPublicRegister(db, org) }),
  );
  app.get('/register.csv', async (c) => {
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `inline; filename="register-${org}.csv"`);
    return c.body(renderRegisterCsv(await readPublicRegister(db, org)));
  });
  return app;
}
