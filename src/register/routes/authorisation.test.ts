import { expect, it } from 'vitest';
import { describeBackends, giftDeclaration } from '../test-support';
import { findUserByToken } from '../users';

type Caller = 'none' | 'wrong' | 'staff' | 'reviewer' | 'admin';

/** Every authenticated route × every kind of caller, with the status each must get. */
const MATRIX: { route: string; expect: Record<Caller, number> }[] = [
  { route: 'POST /api/users', expect: { none: 401, wrong: 401, staff: 403, reviewer: 403, admin: 201 } },
  { route: 'GET /api/users', expect: { none: 401, wrong: 401, staff: 403, reviewer: 403, admin: 200 } },
  { route: 'POST /api/users/{id}/revoke', expect: { none: 401, wrong: 401, staff: 403, reviewer: 403, admin: 200 } },
  { route: 'POST /api/users/{id}/token', expect: { none: 401, wrong: 401, staff: 403, reviewer: 403, admin: 201 } },
  { route: 'POST /api/declarations', expect: { none: 401, wrong: 401, staff: 201, reviewer: 201, admin: 201 } },
  { route: 'GET /api/declarations', expect: { none: 401, wrong: 401, staff: 200, reviewer: 200, admin: 200 } },
  { route: 'GET /api/declarations/{ref}', expect: { none: 401, wrong: 401, staff: 404, reviewer: 200, admin: 200 } },
  { route: 'POST /api/declarations/{ref}/decision', expect: { none: 401, wrong: 401, staff: 403, reviewer: 200, admin: 200 } },
  { route: 'GET /register', expect: { none: 200, wrong: 200, staff: 200, reviewer: 200, admin: 200 } },
  { route: 'GET /register.json', expect: { none: 200, wrong: 200, staff: 200, reviewer: 200, admin: 200 } },
  { route: 'GET /register.csv', expect: { none: 200, wrong: 200, staff: 200, reviewer: 200, admin: 200 } },
  { route: 'GET /review', expect: { none: 200, wrong: 200, staff: 200, reviewer: 200, admin: 200 } },
  { route: 'GET /openapi.json', expect: { none: 200, wrong: 200, staff: 200, reviewer: 200, admin: 200 } },
  { route: 'GET /healthz', expect: { none: 200, wrong: 200, staff: 200, reviewer: 200, admin: 200 } },
];

describeBackends('authorisation', (get) => {
  let n = 0;
  for (const { route, expect: expected } of MATRIX) {
    for (const caller of Object.keys(expected) as Caller[]) {
      it(`${route} as ${caller} → ${expected[caller]}`, async () => {
        const register = get();
        n += 1;
        const token =
          caller === 'none' ? undefined
          : caller === 'wrong' ? 'nolan_not-a-real-token'
          : caller === 'admin' ? register.adminToken
          : await register.addUser(caller);
        const [method = 'GET', template = '/'] = route.split(' ');
        let path = template;
        let body: unknown;
        const headers: Record<string, string> = {};
        if (route === 'POST /api/users') body = { email: `matrix${n}@example.org`, name: 'Matrix user', role: 'staff' };
        if (template.includes('{id}')) {
          const target = await findUserByToken(register.db, await register.addUser('staff'));
          path = template.replace('{id}', target?.id ?? '');
        }
        if (route === 'POST /api/declarations') {
          body = giftDeclaration();
          headers['idempotency-key'] = `matrix-${n}`;
        }
        if (template.includes('{ref}')) {
          const declarant = await register.addUser('staff');
          const created = await register.call('POST', '/api/declarations', {
            token: declarant,
            body: giftDeclaration(),
            headers: { 'idempotency-key': `matrix-decide-${n}` },
          });
          path = template.replace('{ref}', (created.body as { ref: string }).ref);
          if (method === 'POST') body = { decision: 'approved', note: 'Matrix' };
        }
        const res = await register.call(method, path, { token, body, headers });
        expect(res.status).toBe(expected[caller]);
        if (res.status === 401) expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
        if (res.status >= 400) expect(res.body).toMatchObject({ error: expect.any(String) });
      });
    }
  }
});
