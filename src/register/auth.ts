import type { MiddlewareHandler } from 'hono';
import { sendError, sendTooManyRequests } from './errors';
import { clientAddress, describeWait } from './limits';
import type { RouteDeps } from './routes/deps';
import { findUserByToken, type Role, type User } from './users';

/** The Hono environment of authenticated routes: the signed-in user is `c.get('user')`. */
export interface AuthEnv {
  Variables: { user: User };
}

const CHANGES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Middleware that signs the caller in from `Authorization: Bearer <token>` and admits only
 * the given roles of the server's organisation: no, unknown or revoked token → 401, wrong role → 403.
 * Too many unknown tokens from one address → 429 before the database is asked (a token that
 * signed in lately still gets through), and too many changes from one user → 429.
 */
export function requireRole({ db, org, limits }: RouteDeps, roles: readonly Role[]): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer[ ]+(\S{1,512})\s*$/i.exec(header);
    if (!match?.[1]) {
      c.header('WWW-Authenticate', 'Bearer realm="nolan-register"');
      return sendError(c, 401, 'Sign in with a register token (Authorization: Bearer <token>)');
    }
    const token = match[1];
    const address = clientAddress(c, limits.settings.isBehindProxy);
    const lockedFor = limits.signInWait(address, token);
    if (lockedFor !== null) {
      const error = `Too many sign-ins with register tokens that are not recognised have come from your network address; try again in ${describeWait(lockedFor)}`;
      return sendTooManyRequests(c, lockedFor, error);
    }
    const user = await findUserByToken(db, token);
    const isSignedIn = user !== null && user.org === org;
    limits.recordSignIn(address, token, isSignedIn);
    if (!isSignedIn) {
      c.header('WWW-Authenticate', 'Bearer realm="nolan-register", error="invalid_token"');
      return sendError(c, 401, 'This register token is not recognised');
    }
    if (!roles.includes(user.role)) {
      return sendError(c, 403, `Only ${roles.join(' or ')} users may do this`);
    }
    if (CHANGES.has(c.req.method)) {
      const wait = limits.writeWait(user.id);
      if (wait !== null) {
        const { writes, writeWindowSeconds } = limits.settings;
        const limit = `at most ${writes} in ${describeWait(writeWindowSeconds)}`;
        return sendTooManyRequests(c, wait, `You have sent too many changes to the register (${limit}); try again in ${describeWait(wait)}`);
      }
    }
    c.set('user', user);
    await next();
  };
}
