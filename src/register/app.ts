import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Db } from './db';
import { sendError, validationHook } from './errors';
import { type LimitSettings, NO_LIMITS, RegisterLimits } from './limits';
import { declarationsRoutes } from './routes/declarations';
import { healthRoutes } from './routes/health';
import { publicRegisterRoutes } from './routes/register';
import { reviewRoutes } from './routes/review';
import { usersRoutes } from './routes/users';

/** The largest request body the API accepts: a declaration is a few hundred bytes. */
export const MAX_BODY_BYTES = 64 * 1024;

/** What the register app is built from. */
export interface AppOptions {
  db: Db;
  /** The organisation this server keeps the register of; every user belongs to it. */
  org: string;
  /** Rate limits; none unless given (`nolan register serve` always gives them, from the environment). */
  limits?: LimitSettings;
}

/** Is this an origin the API answers cross-origin: a Chrome or Firefox extension, or the server itself. */
export function isAllowedOrigin(origin: string, ownOrigin: string): boolean {
  return /^(chrome|moz)-extension:\/\/[A-Za-z0-9-]+$/.test(origin) || origin === ownOrigin;
}

/** Builds the register's Hono app: API, public register, reviewer page, OpenAPI document and health check. */
export function createApp({ db, org, limits = NO_LIMITS }: AppOptions) {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  const deps = { db, org, limits: new RegisterLimits(limits) };

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  });
  app.use(
    '/api/*',
    cors({
      origin: (origin, c) => (isAllowedOrigin(origin, new URL(c.req.url).origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'],
      exposeHeaders: ['Idempotent-Replayed', 'Location', 'Retry-After'],
      maxAge: 600,
    }),
  );
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => sendError(c, 413, `The request body is too large (${MAX_BODY_BYTES / 1024} KB at most)`),
    }),
  );

  app.route('/', usersRoutes(deps));
  app.route('/', declarationsRoutes(deps));
  app.route('/', publicRegisterRoutes(deps));
  app.route('/', reviewRoutes(deps));
  app.route('/', healthRoutes(deps));
  app.get('/', (c) => c.redirect('/register'));

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer' });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Nolan register',
      version: '1.0.0',
      description: `Declarations of gifts, hospitality and interests for ${org}, and the public register.`,
    },
  });

  app.notFound((c) => sendError(c, 404, 'Not found'));
  app.onError((error, c) => {
    if (error instanceof HTTPException) {
      const status = error.status as ContentfulStatusCode;
      const fields: Record<string, string> =
        status === 400 ? { body: 'Send a valid JSON object' } : status === 415 ? { 'Content-Type': 'Send application/json' } : {};
      return sendError(c, status, error.message || 'Bad request', fields);
    }
    console.error('Register error:', error);
    return sendError(c, 500, 'The register hit an unexpected error; nothing was recorded by this request');
  });
  return app;
}
