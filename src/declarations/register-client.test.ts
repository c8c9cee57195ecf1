import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerToken, userSettings } from '../settings/items';
import { readFieldMessages, readRegisterConnection, testConnection } from './register-client';

const reply = (status: number, body: unknown = {}) => new Response(JSON.stringify(body), { status });

/** A fake register answering `/healthz` and `/api/declarations` as told. */
function register(health: () => Promise<Response>, api: () => Promise<Response>) {
  return (async (input: RequestInfo | URL) => (String(input).endsWith('/healthz') ? health() : api())) as typeof fetch;
}
const hang = () => new Promise<Response>(() => {});

describe('readFieldMessages', () => {
  it.each([
    ['the register’s {error, fields}', { error: 'Some of the input is not valid', fields: { estimatedValue: 'Enter the estimated value in pounds' } }, [{ field: 'estimatedValue', message: 'Enter the estimated value in pounds' }]],
    ['zod issues', { error: { issues: [{ path: ['offeredBy', 'name'], message: 'Too long' }] } }, [{ field: 'offeredBy.name', message: 'Too long' }]],
    ['a bare error', { error: 'Forbidden' }, [{ field: '', message: 'Forbidden' }]],
    ['nothing useful', null, []],
  ])('reads %s', (_name, body, expected) => expect(readFieldMessages(body)).toEqual(expected));
});

describe('testConnection', () => {
  const target = { url: 'https://register.example.org/', token: 'abcd' };
  it('says when all is well', async () => {
    const report = await testConnection(target, { fetchImpl: register(async () => reply(200), async () => reply(200, { items: [], next: null })) });
    expect(report).toEqual({ ok: true, message: expect.stringMatching(/^Connected/) });
  });
  it('says when the token is wrong', async () => {
    const report = await testConnection(target, { fetchImpl: register(async () => reply(200), async () => reply(401)) });
    expect(report.message).toMatch(/did not accept your token/);
  });
  it('says when the register is down', async () => {
    const down = () => Promise.reject(new TypeError('Failed to fetch'));
    const report = await testConnection(target, { fetchImpl: register(down, down) });
    expect(report.message).toMatch(/Could not reach the register/);
  });
  it('says when the register is slow', async () => {
    const report = await testConnection(target, { timeoutMs: 20, fetchImpl: ((_: unknown, init: RequestInit) => new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as typeof fetch });
    expect(report.message).toMatch(/did not answer within/);
  });
  it('refuses plain http except on localhost', async () => {
    const report = await testConnection({ url: 'http://register.example.org', token: 'x' }, { fetchImpl: register(hang, hang) });
    expect(report).toMatchObject({ ok: false, message: expect.stringMatching(/https/) });
  });
});

describe('readRegisterConnection', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await userSettings.setValue({ ...(await userSettings.getValue()), registerUrl: 'https://mine.example.org/' });
    await registerToken.setValue('my-own-token');
  });
  it('uses the user’s own address and token', async () => {
    expect(await readRegisterConnection()).toEqual({ url: 'https://mine.example.org', token: 'my-own-token', isUrlPinned: false, isTokenPinned: false });
  });
  it('lets the administrator’s pinned values win, and says they are pinned', async () => {
    await fakeBrowser.storage.managed.set({ registerUrl: 'https://register.opcc.example.gov.uk', registerToken: 'pinned-token' });
    expect(await readRegisterConnection()).toEqual({ url: 'https://register.opcc.example.gov.uk', token: 'pinned-token', isUrlPinned: true, isTokenPinned: true });
  });
  it('ignores a malformed managed policy', async () => {
    await fakeBrowser.storage.managed.set({ registerUrl: 42 });
    expect((await readRegisterConnection()).isUrlPinned).toBe(false);
  });
});
