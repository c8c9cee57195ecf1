import type { MiddlewareHandler } from 'hono';
import type { Db } from './db';
import { sendError } from './errors';
import { findUserByToken, type Role, type User } from './users';

/** The Hono environment of authenticated routes: the signed-in user is `c.get('user')`. */
export interface AuthEnv {
  Variables: { user: User };
}

/**
 * Middleware that signs the caller in from `Authorization: Bearer <token>` and admits only
 * the given roles of the server's organisation: no, unknown or revoked token → 401, wrong role → 403.
 */
export function requireRole(db: Db, org: string, roles: readonly Role[]): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer[ ]+(\S{1,512})\s*$/i.exec(header);
    if (!match?.[1]) {
      c.header('WWW-Authenticate', 'Bearer realm="nolan-register"');
      return sendError(c, 401, 'Sign in with a register token (Authorization: Bearer <token>)');
    }
    const user = await findUserByToken(db, match[1]);
    if (!user || user.org !== org) {
      c.header('WWW-Authenticate', 'Bearer realm="nolan-register", error="invalid_token"');
      return sendError(c, 401, 'This register token is not recognised');
    }
    if (!roles.includes(user.role)) {
      return sendError(c, 403, `Only ${roles.join(' or ')} users may do this`);
    }
    c.set('user', user);
    await next();
  };
}
