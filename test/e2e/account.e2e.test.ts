import { ErrorCode, type AccountExport, type AuthResponse } from '@leernetwerk/shared';
import { MongoClient } from 'mongodb';
import { api, inviteCodeOf, login } from '../support/api-client';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let mongo: MongoClient;

beforeAll(async () => {
  t = await startTestApp();
  mongo = await MongoClient.connect(t.db.uri);
});

afterAll(async () => {
  await mongo.close();
  await t.close();
});

async function registerSomeone(name: string): Promise<AuthResponse & { password: string }> {
  const password = 'mijn-eigen-wachtwoord';
  const result = await api<AuthResponse>(t.url, 'POST', '/auth/register', {
    body: {
      name,
      email: `${name.toLowerCase()}@mee.nl`,
      password,
      inviteCode: await inviteCodeOf(t.url, 'MEE-Vivenz'),
    },
  });
  expect(result.status).toBe(201);
  return { ...result.body, password };
}

/** Votes on and replies under the demo conversation's first statement, as this user. */
async function takePartInDemoDiscussion(token: string, reason: string): Promise<string> {
  const list = await api<{ id: string }[]>(t.url, 'GET', '/conversations', { token });
  const detail = await api<{ statements: { id: string }[] }>(t.url, 'GET', `/conversations/${list.body[0]?.id}`, {
    token,
  });
  const statementId = detail.body.statements[0]?.id ?? '';
  expect(
    (await api(t.url, 'PUT', `/statements/${statementId}/vote`, { token, body: { value: 'agree', reason } })).status,
  ).toBe(200);
  const reply = await api(t.url, 'POST', `/statements/${statementId}/replies`, {
    token,
    body: { kind: 'question', text: `Vraag van ${reason}` },
  });
  expect(reply.status).toBe(201);
  const technologies = await api<{ id: string }[]>(t.url, 'GET', '/technologies', { token });
  const thread = await api(t.url, 'POST', `/technologies/${technologies.body[0]?.id}/threads`, {
    token,
    body: { kind: 'tip', title: `Tip van ${reason}`, body: 'Begin klein.' },
  });
  expect(thread.status).toBe(201);
  const bottleneck = await api(t.url, 'POST', '/bottlenecks', {
    token,
    body: { title: `Knelpunt van ${reason}`, description: 'Te weinig tijd.', scope: 'organisational' },
  });
  expect(bottleneck.status).toBe(201);
  return statementId;
}

describe('account data (AVG)', () => {
  it("exports the user's own data and nothing of other users", async () => {
    const jan = await registerSomeone('Jan');
    const statementId = await takePartInDemoDiscussion(jan.accessToken, 'reden-van-jan');
    const export_ = await api<AccountExport>(t.url, 'GET', '/me/export', { token: jan.accessToken });
    expect(export_.status).toBe(200);
    expect(export_.body.user).toMatchObject({ id: jan.user.id, name: 'Jan', email: 'jan@mee.nl' });
    expect(export_.body.organisation.name).toBe('MEE-Vivenz');
    expect(export_.body.sessions.length).toBeGreaterThanOrEqual(1);
    expect(export_.body.statementDiscussions.votes).toEqual([
      expect.objectContaining({ statementId, value: 'agree', phase: 'before', reason: 'reden-van-jan' }),
    ]);
    expect(export_.body.statementDiscussions.replies).toEqual([
      expect.objectContaining({ statementId, kind: 'question', text: 'Vraag van reden-van-jan' }),
    ]);
    expect(export_.body.intervision.threads).toEqual([expect.objectContaining({ title: 'Tip van reden-van-jan' })]);
    expect(export_.body.bottlenecks.reported).toEqual([
      expect.objectContaining({ title: 'Knelpunt van reden-van-jan' }),
    ]);
    expect(export_.body.meetings).toEqual({ attended: [], actions: [] });
    const text = JSON.stringify(export_.body);
    for (const other of ['mila@demo.nl', 'deelnemer@demo.nl', 'coordinator@demo.nl', 'Mila']) {
      expect(text).not.toContain(other);
    }
    expect(text).not.toMatch(/passwordHash|argon2/);
  });

  it('deletes an account only with the right password, after which it cannot log in and its data is gone', async () => {
    const lot = await registerSomeone('Lot');
    await takePartInDemoDiscussion(lot.accessToken, 'reden-van-lot');
    const wrong = await api(t.url, 'DELETE', '/me', {
      token: lot.accessToken,
      body: { password: 'niet-goed-wachtwoord' },
    });
    expect(wrong.status).toBe(401);
    expect((wrong.body as { error: { code: string } }).error.code).toBe(ErrorCode.InvalidCredentials);
    expect((await login(t.url, 'lot@mee.nl', lot.password)).user.id).toBe(lot.user.id);

    const deleted = await api(t.url, 'DELETE', '/me', { token: lot.accessToken, body: { password: lot.password } });
    expect(deleted.status).toBe(204);

    const again = await api(t.url, 'POST', '/auth/login', { body: { email: 'lot@mee.nl', password: lot.password } });
    expect(again.status).toBe(401);
    expect((await api(t.url, 'GET', '/auth/me', { token: lot.accessToken })).status).toBe(401);
    const db = mongo.db();
    expect(await db.collection('users').countDocuments({ email: 'lot@mee.nl' })).toBe(0);
    expect(await db.collection('users').countDocuments({ name: 'Lot' })).toBe(0);
    const raw = JSON.stringify(await db.collection('refresh_tokens').find().toArray());
    expect(raw).not.toContain(lot.user.id);
    // Votes are erased; the reply stays in the discussion without a link to its author.
    expect(JSON.stringify(await db.collection('votes').find().toArray())).not.toContain(lot.user.id);
    expect(await db.collection('statement_replies').countDocuments({ authorId: lot.user.id })).toBe(0);
    expect(await db.collection('statement_replies').countDocuments({ text: 'Vraag van reden-van-lot' })).toBe(1);
    expect(await db.collection('intervision_threads').countDocuments({ authorId: lot.user.id })).toBe(0);
    expect(await db.collection('intervision_follows').countDocuments({ userId: lot.user.id })).toBe(0);
    // The bottleneck stays for the organisations it affects, without a link to its reporter.
    const bottlenecks = await db.collection('bottlenecks').find({ title: 'Knelpunt van reden-van-lot' }).toArray();
    expect(bottlenecks).toHaveLength(1);
    expect(JSON.stringify(bottlenecks)).not.toContain(lot.user.id);
  });

  it('lets a user change their name and language, and refuses a wrong type', async () => {
    const { accessToken } = await login(t.url, 'deelnemer@demo.nl');
    const changed = await api<{ name: string; locale: string }>(t.url, 'PATCH', '/me', {
      token: accessToken,
      body: { name: 'Daan D.', locale: 'en' },
    });
    expect(changed.body).toMatchObject({ name: 'Daan D.', locale: 'en' });
    const bad = await api(t.url, 'PATCH', '/me', { token: accessToken, body: { locale: 'fr' } });
    expect(bad.status).toBe(400);
  });
});

describe('platform', () => {
  it('reports the database in /api/health', async () => {
    const health = await api<{ status: string; database: { status: string } }>(t.url, 'GET', '/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'ok', database: { status: 'up' } });
  });

  it('serves an OpenAPI description of the API', async () => {
    const doc = await api<{ openapi: string; paths: Record<string, unknown> }>(t.url, 'GET', '/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/auth/login', '/me/export', '/users/{id}/roles']),
    );
  });

  it('sends security headers and no CORS permission to foreign origins', async () => {
    const response = await fetch(`${t.url}/api/health`, { headers: { origin: 'https://evil.example' } });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers unknown ids and unknown routes with NOT_FOUND and malformed ids with VALIDATION_FAILED', async () => {
    const { accessToken } = await login(t.url, 'deelnemer@demo.nl');
    const unknown = await api(t.url, 'GET', `/technologies/${'a'.repeat(24)}`, { token: accessToken });
    expect((unknown.body as { error: { code: string } }).error.code).toBe(ErrorCode.NotFound);
    const malformed = await api(t.url, 'GET', '/technologies/not-an-id', { token: accessToken });
    expect((malformed.body as { error: { code: string } }).error.code).toBe(ErrorCode.ValidationFailed);
    const route = await api(t.url, 'GET', '/does-not-exist', { token: accessToken });
    expect(route.status).toBe(404);
    expect((route.body as { error: { code: string } }).error.code).toBe(ErrorCode.NotFound);
  });
});
