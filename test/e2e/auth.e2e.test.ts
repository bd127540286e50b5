import { ErrorCode, REFRESH_COOKIE, type AuthResponse, type ErrorBody, type User } from '@leernetwerk/shared';
import { MongoClient } from 'mongodb';
import { api, inviteCodeOf, login } from '../support/api-client';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let inviteCode: string;
let mongo: MongoClient;

const userCount = async (): Promise<number> => mongo.db().collection('users').countDocuments();

beforeAll(async () => {
  t = await startTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '5' });
  mongo = await MongoClient.connect(t.db.uri);
  inviteCode = await inviteCodeOf(t.url, 'Surplus');
});

afterAll(async () => {
  await mongo.close();
  await t.close();
});

function errorCode(body: unknown): string | undefined {
  return (body as ErrorBody | undefined)?.error?.code;
}

describe('registration', () => {
  const valid = () => ({
    name: 'Noor de Vries',
    email: `noor${Date.now()}@surplus.nl`,
    password: 'lang-genoeg-1',
    inviteCode,
  });

  it('creates a participant in the organisation of the invite code and starts a session', async () => {
    const input = { ...valid(), locale: 'en' };
    const result = await api<AuthResponse>(t.url, 'POST', '/auth/register', { body: input });
    expect(result.status).toBe(201);
    expect(result.body.user).toMatchObject({
      name: 'Noor de Vries',
      email: input.email,
      roles: ['participant'],
      locale: 'en',
    });
    expect(result.body.user).not.toHaveProperty('passwordHash');
    expect(result.setCookie.join(';')).toMatch(new RegExp(`${REFRESH_COOKIE}=.+HttpOnly`, 'i'));
    const me = await api<User>(t.url, 'GET', '/auth/me', { token: result.body.accessToken });
    expect(me.body.email).toBe(input.email);
    const organisations = await api<{ id: string; name: string }[]>(t.url, 'GET', '/organisations', {
      token: result.body.accessToken,
    });
    expect(organisations.body.find((o) => o.id === me.body.organisationId)?.name).toBe('Surplus');
  });

  it.each([
    ['an invalid email', { email: 'geen-email' }, ErrorCode.ValidationFailed, 400],
    ['a short password', { password: 'kort' }, ErrorCode.ValidationFailed, 400],
    ['a wrong invite code', { inviteCode: 'ZZZZ-ZZZZ' }, ErrorCode.InvalidInviteCode, 400],
    ['a name of the wrong type', { name: 42 }, ErrorCode.ValidationFailed, 400],
  ])('refuses %s and creates nobody', async (_label, change, code, status) => {
    const before = await userCount();
    const result = await api(t.url, 'POST', '/auth/register', { body: { ...valid(), ...change } });
    expect(result.status).toBe(status);
    expect(errorCode(result.body)).toBe(code);
    if (code === ErrorCode.ValidationFailed) {
      expect((result.body as ErrorBody).error.details).toEqual([
        expect.objectContaining({ path: Object.keys(change)[0] }),
      ]);
    }
    expect(await userCount()).toBe(before);
  });

  it('refuses a duplicate email, whatever its case', async () => {
    const input = valid();
    expect((await api(t.url, 'POST', '/auth/register', { body: input })).status).toBe(201);
    const before = await userCount();
    const again = await api(t.url, 'POST', '/auth/register', {
      body: { ...input, email: input.email.toUpperCase(), name: 'Ander' },
    });
    expect(again.status).toBe(409);
    expect(errorCode(again.body)).toBe(ErrorCode.EmailTaken);
    expect(await userCount()).toBe(before);
  });

  it('stops accepting an invite code once a coordinator rotates it', async () => {
    const coordinator = await login(t.url, 'coordinator@demo.nl');
    const organisations = await api<{ id: string; name: string }[]>(t.url, 'GET', '/organisations', {
      token: coordinator.accessToken,
    });
    const compass = organisations.body.find((o) => o.name === 'Stichting Compass');
    const path = `/organisations/${compass?.id ?? ''}/invite-code`;
    const oldCode = (await api<{ inviteCode: string }>(t.url, 'GET', path, { token: coordinator.accessToken })).body;
    const rotated = await api<{ inviteCode: string }>(t.url, 'POST', `${path}/rotate`, {
      token: coordinator.accessToken,
    });
    expect(rotated.body.inviteCode).not.toBe(oldCode.inviteCode);
    const withOld = await api(t.url, 'POST', '/auth/register', {
      body: { ...valid(), inviteCode: oldCode.inviteCode },
    });
    expect(errorCode(withOld.body)).toBe(ErrorCode.InvalidInviteCode);
    const withNew = await api(t.url, 'POST', '/auth/register', {
      body: { ...valid(), inviteCode: rotated.body.inviteCode.toLowerCase() },
    });
    expect(withNew.status).toBe(201);
  });
});

describe('login', () => {
  it('refuses a body shaped like a NoSQL injection without touching the database', async () => {
    const result = await api(t.url, 'POST', '/auth/login', {
      body: { email: { $gt: '' }, password: { $gt: '' } },
    });
    expect(result.status).toBe(400);
    expect(errorCode(result.body)).toBe(ErrorCode.ValidationFailed);
  });

  it('answers malformed JSON and oversized bodies with their own codes', async () => {
    const malformed = await api(t.url, 'POST', '/auth/login', { rawBody: '{"email":' });
    expect(malformed.status).toBe(400);
    expect(errorCode(malformed.body)).toBe(ErrorCode.InvalidJson);
    const huge = await api(t.url, 'POST', '/auth/register', {
      body: { name: 'x'.repeat(200_000), email: 'a@b.nl', password: 'lang-genoeg-1', inviteCode },
    });
    expect(huge.status).toBe(413);
    expect(errorCode(huge.body)).toBe(ErrorCode.PayloadTooLarge);
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const unknown = await api(t.url, 'POST', '/auth/login', { body: { email: 'niemand@demo.nl', password: 'x' } });
    const wrong = await api(t.url, 'POST', '/auth/login', {
      body: { email: 'mila@demo.nl', password: 'fout-wachtwoord' },
    });
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(errorCode(wrong.body)).toBe(ErrorCode.InvalidCredentials);
  });

  it('rate limits repeated wrong passwords for an account, even when the password is then right', async () => {
    const email = 'aanjager@demo.nl';
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      statuses.push((await api(t.url, 'POST', '/auth/login', { body: { email, password: `fout-${i}` } })).status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
    const right = await api(t.url, 'POST', '/auth/login', { body: { email, password: 'demo-wachtwoord' } });
    expect(right.status).toBe(429);
    expect(errorCode(right.body)).toBe(ErrorCode.RateLimited);
  });
});

describe('sessions', () => {
  it('refreshes with the cookie once, rotating it, and logs out', async () => {
    const first = await api<AuthResponse>(t.url, 'POST', '/auth/login', {
      body: { email: 'deelnemer@demo.nl', password: 'demo-wachtwoord' },
    });
    const cookie = first.setCookie[0]?.split(';')[0] ?? '';
    const refreshed = await api<AuthResponse>(t.url, 'POST', '/auth/refresh', { cookie });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.user.email).toBe('deelnemer@demo.nl');
    const reused = await api(t.url, 'POST', '/auth/refresh', { cookie });
    expect(errorCode(reused.body)).toBe(ErrorCode.Unauthenticated);
    const newCookie = refreshed.setCookie[0]?.split(';')[0] ?? '';
    expect((await api(t.url, 'POST', '/auth/logout', { cookie: newCookie })).status).toBe(204);
    expect((await api(t.url, 'POST', '/auth/refresh', { cookie: newCookie })).status).toBe(401);
  });

  it('lets only one of two simultaneous refreshes with the same cookie succeed', async () => {
    const first = await api<AuthResponse>(t.url, 'POST', '/auth/login', {
      body: { email: 'mila@demo.nl', password: 'demo-wachtwoord' },
    });
    const cookie = first.setCookie[0]?.split(';')[0] ?? '';
    const results = await Promise.all(
      Array.from({ length: 10 }, () => api(t.url, 'POST', '/auth/refresh', { cookie })),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 401)).toHaveLength(9);
  });

  it('refuses a tampered and a missing access token', async () => {
    const { accessToken } = await login(t.url, 'mila@demo.nl');
    const tampered = `${accessToken.slice(0, -3)}abc`;
    expect(errorCode((await api(t.url, 'GET', '/auth/me', { token: tampered })).body)).toBe(ErrorCode.InvalidToken);
    expect(errorCode((await api(t.url, 'GET', '/auth/me')).body)).toBe(ErrorCode.Unauthenticated);
  });
});

describe('roles', () => {
  it('keeps participants out of coordinator endpoints', async () => {
    const { accessToken, user } = await login(t.url, 'mila@demo.nl');
    const calls = [
      api(t.url, 'GET', '/users', { token: accessToken }),
      api(t.url, 'PUT', `/users/${user.id}/roles`, { token: accessToken, body: { roles: ['coordinator'] } }),
      api(t.url, 'POST', '/technologies', { token: accessToken, body: { name: 'Robot', kind: 'robotics' } }),
      api(t.url, 'GET', `/organisations/${user.organisationId}/invite-code`, { token: accessToken }),
    ];
    for (const result of await Promise.all(calls)) {
      expect(result.status).toBe(403);
      expect(errorCode(result.body)).toBe(ErrorCode.Forbidden);
    }
    expect((await api<User>(t.url, 'GET', '/auth/me', { token: accessToken })).body.roles).toEqual(['participant']);
  });

  it('lets a coordinator make someone facilitator and ambassador, but not admin', async () => {
    const coordinator = await login(t.url, 'coordinator@demo.nl');
    const mila = await login(t.url, 'mila@demo.nl');
    const technologies = await api<{ id: string; name: string }[]>(t.url, 'GET', '/technologies', {
      token: coordinator.accessToken,
    });
    const growpad = technologies.body.find((x) => x.name === 'GrowPad');
    const roles = await api<User>(t.url, 'PUT', `/users/${mila.user.id}/roles`, {
      token: coordinator.accessToken,
      body: { roles: ['participant', 'facilitator'] },
    });
    expect(roles.body.roles).toEqual(['participant', 'facilitator']);
    const ambassador = await api<User>(t.url, 'PUT', `/users/${mila.user.id}/ambassadorships`, {
      token: coordinator.accessToken,
      body: { technologyIds: [growpad?.id] },
    });
    expect(ambassador.body.ambassadorOf).toEqual([growpad?.id]);
    const admin = await api(t.url, 'PUT', `/users/${mila.user.id}/roles`, {
      token: coordinator.accessToken,
      body: { roles: ['admin'] },
    });
    expect(admin.status).toBe(403);
    const unknown = await api(t.url, 'PUT', `/users/${'0'.repeat(24)}/roles`, {
      token: coordinator.accessToken,
      body: { roles: ['participant'] },
    });
    expect(errorCode(unknown.body)).toBe(ErrorCode.NotFound);
  });
});
