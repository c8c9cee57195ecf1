import { expect, it } from 'vitest';
import { describeBackends, giftDeclaration } from './test-support';

describeBackends('register app', (get) => {
  it('answers the health check', async () => {
    const res = await get().call('GET', '/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true });
  });

  it('publishes an OpenAPI document naming every API route', async () => {
    const res = await get().call('GET', '/openapi.json');
    expect(res.status).toBe(200);
    const paths = Object.keys((res.body as { paths: Record<string, unknown> }).paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/users',
        '/api/users/{id}/revoke',
        '/api/users/{id}/token',
        '/api/declarations',
        '/api/declarations/{ref}/decision',
      ]),
    );
  });

  it('rejects malformed JSON with 400 and a field message', async () => {
    const token = await get().addUser('staff');
    const res = await get().call('POST', '/api/declarations', {
      token,
      body: '{"type": "gift-hospitality",',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'malformed-1' },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: expect.any(String), fields: { body: expect.any(String) } });
  });

  it('rejects a body that is not JSON with 415', async () => {
    const token = await get().addUser('staff');
    const res = await get().call('POST', '/api/declarations', {
      token,
      body: JSON.stringify(giftDeclaration()),
      headers: { 'content-type': 'text/plain', 'idempotency-key': 'plain-1' },
    });
    expect(res.status).toBe(415);
    expect(res.body).toMatchObject({ error: expect.any(String) });
  });

  it('rejects a body over 64 KB with 413', async () => {
    const token = await get().addUser('staff');
    const res = await get().call('POST', '/api/declarations', {
      token,
      body: giftDeclaration({ description: 'x'.repeat(70_000) }),
      headers: { 'idempotency-key': 'huge-1' },
    });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ error: expect.stringContaining('too large') });
  });

  it('allows CORS from extensions and itself only', async () => {
    const preflight = (origin: string) =>
      get().call('OPTIONS', '/api/declarations', {
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
      });
    for (const origin of ['chrome-extension://abcdefghijklmnopabcdefghijklmnop', 'moz-extension://4b1e2c1d-1111-2222-3333-444455556666', 'http://localhost']) {
      expect((await preflight(origin)).headers.get('access-control-allow-origin')).toBe(origin);
    }
    for (const origin of ['https://evil.example', 'null', 'chrome-extension://x/../evil']) {
      expect((await preflight(origin)).headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('answers unknown paths with a JSON 404', async () => {
    const res = await get().call('GET', '/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ error: 'Not found' });
  });
});
