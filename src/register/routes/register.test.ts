import { expect, it } from 'vitest';
import { describeBackends, giftDeclaration, interestDeclaration } from '../test-support';

describeBackends('public register', (get) => {
  const refs: Record<string, string> = {};

  it('is built from decided gifts and hospitality only', async () => {
    const { call, addUser, adminToken } = get();
    const created = await call('POST', '/api/users', {
      token: adminToken,
      body: { email: 'pat.secret@example.org', name: 'Pat Recipient', role: 'staff', jobTitle: 'Policy Officer' },
    });
    const staff = (created.body as { token: string }).token;
    const reviewer = await addUser('reviewer');
    const declare = async (key: string, body: Record<string, unknown>) =>
      ((await call('POST', '/api/declarations', { token: staff, body, headers: { 'idempotency-key': key } })).body as { ref: string }).ref;
    refs.approved = await declare('a', giftDeclaration({ description: 'Box of chocolates', estimatedValue: 15.5, accepted: true, reason: 'SECRET-REASON' }));
    refs.refused = await declare('r', giftDeclaration({ kind: 'hospitality', description: 'Dinner, =HYPERLINK("x")', offeredBy: { name: '=2+3', organisation: 'Grand Hotel' } }));
    refs.pending = await declare('p', giftDeclaration({ description: 'Still pending' }));
    refs.interest = await declare('i', interestDeclaration());
    const decide = (ref: string, decision: string) =>
      call('POST', `/api/declarations/${ref}/decision`, { token: reviewer, body: { decision, note: 'NOTE-NEVER-PUBLIC' } });
    expect((await decide(refs.approved, 'approved')).status).toBe(200);
    expect((await decide(refs.refused, 'refused')).status).toBe(200);
    expect((await decide(refs.interest, 'approved')).status).toBe(200);

    const res = await call('GET', '/register.json');
    expect(res.status).toBe(200);
    const entries = (res.body as { entries: { ref: string }[] }).entries;
    expect(entries.map((e) => e.ref).sort()).toEqual([refs.approved, refs.refused].sort());
    expect(entries.find((e) => e.ref === refs.approved)).toEqual({
      ref: refs.approved,
      date: '2026-11-20',
      kind: 'gift',
      recipientName: 'Pat Recipient',
      recipientRole: 'Policy Officer',
      offeredBy: 'Jo Bloggs',
      offeredByOrganisation: 'Acme Security Ltd',
      description: 'Box of chocolates',
      estimatedValue: 15.5,
      outcome: 'accepted',
      decision: 'approved',
      decidedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
  });

  it('never shows email addresses, notes or reasons in any format', async () => {
    for (const path of ['/register', '/register.json', '/register.csv']) {
      const { text, status } = await get().call('GET', path);
      expect(status).toBe(200);
      expect(text, path).not.toMatch(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/);
      expect(text, path).not.toContain('NOTE-NEVER-PUBLIC');
      expect(text, path).not.toContain('SECRET-REASON');
      expect(text, path).not.toContain('Still pending');
    }
  });

  it('serves an accessible HTML table', async () => {
    const { text, headers } = await get().call('GET', '/register');
    expect(headers.get('content-type')).toMatch(/text\/html/);
    expect(text).toContain('<html lang="en-GB">');
    expect(text).toMatch(/<h1>Register of gifts and hospitality<\/h1>/);
    expect(text).toMatch(/<caption>[^<]+<\/caption>/);
    expect(text).toContain('<th scope="col">Date offered</th>');
    expect(text).toMatch(/<th scope="row">2026-11-20<\/th>/);
    expect(text).toContain('Dinner, =HYPERLINK(&quot;x&quot;)');
  });

  it('serves CSV with a header row and formula cells defused', async () => {
    const { text, headers } = await get().call('GET', '/register.csv');
    expect(headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toMatch(/^Date offered,Recipient,/);
    expect(lines).toHaveLength(3);
    expect(text).toContain('15.50');
    expect(text).toContain('"Dinner, =HYPERLINK(""x"")"');
    expect(text).toContain(`"'=2+3"`);
  });
});
