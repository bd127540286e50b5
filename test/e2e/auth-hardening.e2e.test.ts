import zlib from 'node:zlib';
import {
  ErrorCode,
  LIVE_NAMESPACE,
  PasswordProblem,
  PROTOCOL_VERSION,
  REFRESH_COOKIE,
  type AuthResponse,
  type ErrorBody,
  type SocketErrorData,
} from '@leernetwerk/shared';
import jwt from 'jsonwebtoken';
import { MongoClient } from 'mongodb';
import { io, type Socket } from 'socket.io-client';
import msgpackParser from 'socket.io-msgpack-parser';
import { api, DEMO_PASSWORD, inviteCodeOf, login } from '../support/api-client';
import { cookieFrom, rawRequest, type RawResponse } from '../support/raw-http';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app';

const LOCKOUT_SECONDS = 10;
const FAILURES_PER_ACCOUNT = 10;
/** Longer than the server's REUSE_GRACE_MS, within which a spent token is refused without ending the session. */
const AFTER_REUSE_GRACE_MS = 2_200;

let t: TestApp;
let mongo: MongoClient;
const sockets: Socket[] = [];

beforeAll(async () => {
  t = await startTestApp({
    LOGIN_FAILURES_PER_ACCOUNT: String(FAILURES_PER_ACCOUNT),
    LOGIN_LOCKOUT_SECONDS: String(LOCKOUT_SECONDS),
    // The per-address throttle stays out of the way of the per-account limit under test.
    LOGIN_RATE_LIMIT_PER_MINUTE: '30',
  });
  mongo = await MongoClient.connect(t.db.uri);
});

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  // Whatever a test threw at it, the process keeps serving.
  expect((await api(t.url, 'GET', '/health')).status).toBe(200);
});

afterAll(async () => {
  await mongo.close();
  await t.close();
});

const codeOf = (body: unknown): string | undefined => (body as ErrorBody | undefined)?.error?.code;
const count = (collection: string): Promise<number> => mongo.db().collection(collection).countDocuments();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** 'connected', or the code the handshake was refused with. */
function socketOutcome(token: string): Promise<string> {
  const socket = io(`${t.url}${LIVE_NAMESPACE}`, {
    auth: { token, protocolVersion: PROTOCOL_VERSION },
    parser: msgpackParser,
    transports: ['websocket'],
    reconnection: false,
  });
  sockets.push(socket);
  return new Promise((resolve) => {
    socket.once('connect', () => resolve('connected'));
    socket.once('connect_error', (error: Error & { data?: SocketErrorData }) =>
      resolve(error.data?.code ?? error.message),
    );
  });
}

function loginFrom(address: string, password: string, email: string, cookie?: string): Promise<RawResponse> {
  return rawRequest(t.url, {
    method: 'POST',
    path: '/auth/login',
    localAddress: address,
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ email, password }),
  });
}

function refresh(cookie: string) {
  return api<AuthResponse>(t.url, 'POST', '/auth/refresh', { cookie });
}

describe('request bodies with a Content-Encoding', () => {
  const garbage = Buffer.from('this is not compressed at all, just bytes');
  const truncatedGzip = zlib.gzipSync(JSON.stringify({ email: 'mila@demo.nl', password: 'x' })).subarray(0, 15);

  it.each([
    ['gzip', garbage],
    ['deflate', garbage],
    ['br', garbage],
    ['gzip', truncatedGzip],
  ])(
    'answers %s that does not decompress with 400 INVALID_BODY_ENCODING, before and after authentication',
    async (encoding, bytes) => {
      const { accessToken } = await login(t.url, 'deelnemer@demo.nl');
      const bottlenecksBefore = await count('bottlenecks');
      const headers = { 'content-type': 'application/json', 'content-encoding': encoding };
      const unauthenticated = await rawRequest(t.url, { method: 'POST', path: '/auth/login', headers, body: bytes });
      const authenticated = await rawRequest(t.url, {
        method: 'POST',
        path: '/bottlenecks',
        headers: { ...headers, authorization: `Bearer ${accessToken}` },
        body: bytes,
      });
      for (const result of [unauthenticated, authenticated]) {
        expect(result.status).toBe(400);
        expect(codeOf(result.body)).toBe(ErrorCode.InvalidBodyEncoding);
      }
      expect(await count('bottlenecks')).toBe(bottlenecksBefore);
    },
  );

  it('refuses an encoding it does not read with 415 UNSUPPORTED_ENCODING', async () => {
    const result = await rawRequest(t.url, {
      method: 'POST',
      path: '/auth/login',
      headers: { 'content-type': 'application/json', 'content-encoding': 'compress' },
      body: garbage,
    });
    expect(result.status).toBe(415);
    expect(codeOf(result.body)).toBe(ErrorCode.UnsupportedEncoding);
  });

  it('still reads a body that really is gzip', async () => {
    const result = await rawRequest<AuthResponse>(t.url, {
      method: 'POST',
      path: '/auth/login',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: zlib.gzipSync(JSON.stringify({ email: 'deelnemer@demo.nl', password: DEMO_PASSWORD })),
    });
    expect(result.status).toBe(200);
    expect(result.body.user.email).toBe('deelnemer@demo.nl');
  });
});

describe('access-token claims', () => {
  it.each([
    ['a number as subject', (_id: string, sid: string) => ({ sub: 123, sid })],
    ['a query object as subject', (_id: string, sid: string) => ({ sub: { $ne: null }, sid })],
    ['an array as subject', (id: string, sid: string) => ({ sub: [id], sid })],
    ['no session', (id: string) => ({ sub: id })],
    ['a session that is not an id', (id: string) => ({ sub: id, sid: { $gt: '' } })],
  ])('refuses a correctly signed token with %s: 401 INVALID_TOKEN over HTTP and sockets', async (_label, claims) => {
    const { user, accessToken } = await login(t.url, 'mila@demo.nl');
    const { sid } = jwt.decode(accessToken) as { sid: string };
    const forged = jwt.sign(claims(user.id, sid), TEST_JWT_SECRET, { expiresIn: 60 });
    const me = await api(t.url, 'GET', '/auth/me', { token: forged });
    expect(me.status).toBe(401);
    expect(codeOf(me.body)).toBe(ErrorCode.InvalidToken);
    expect(await socketOutcome(forged)).toBe(ErrorCode.InvalidToken);
    // The genuine token of the same session keeps working.
    expect((await api(t.url, 'GET', '/auth/me', { token: accessToken })).status).toBe(200);
  });
});

describe('refresh-token reuse', () => {
  it('ends the whole session when a spent refresh token comes back: its successor and access tokens stop', async () => {
    const first = await api<AuthResponse>(t.url, 'POST', '/auth/login', {
      body: { email: 'aanjager@demo.nl', password: DEMO_PASSWORD },
    });
    const other = await login(t.url, 'aanjager@demo.nl');
    const spent = cookieFrom(first.setCookie, REFRESH_COOKIE);
    const rotated = await refresh(spent);
    expect(rotated.status).toBe(200);
    const successor = cookieFrom(rotated.setCookie, REFRESH_COOKIE);
    expect(await socketOutcome(rotated.body.accessToken)).toBe('connected');

    await sleep(AFTER_REUSE_GRACE_MS);
    const reused = await refresh(spent);
    expect(reused.status).toBe(401);
    expect(codeOf(reused.body)).toBe(ErrorCode.SessionEnded);

    expect((await refresh(successor)).status).toBe(401);
    const me = await api(t.url, 'GET', '/auth/me', { token: rotated.body.accessToken });
    expect(codeOf(me.body)).toBe(ErrorCode.SessionEnded);
    expect(await socketOutcome(rotated.body.accessToken)).toBe(ErrorCode.SessionEnded);
    // The same person's other login session is untouched.
    expect((await api(t.url, 'GET', '/auth/me', { token: other.accessToken })).status).toBe(200);
  });

  it('refuses all but one of simultaneous refreshes without ending the session (two tabs at once)', async () => {
    const first = await api(t.url, 'POST', '/auth/login', {
      body: { email: 'ambassadeur@demo.nl', password: DEMO_PASSWORD },
    });
    const cookie = cookieFrom(first.setCookie, REFRESH_COOKIE);
    const results = await Promise.all(Array.from({ length: 5 }, () => refresh(cookie)));
    const winners = results.filter((r) => r.status === 200);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.status === 401)).toHaveLength(4);
    const next = await refresh(cookieFrom(winners[0]?.setCookie, REFRESH_COOKIE));
    expect(next.status).toBe(200);
  });
});

describe('logout', () => {
  it('stops the access token from opening new sockets and making requests', async () => {
    const session = await api<AuthResponse>(t.url, 'POST', '/auth/login', {
      body: { email: 'coordinator@demo.nl', password: DEMO_PASSWORD },
    });
    const other = await login(t.url, 'coordinator@demo.nl');
    const token = session.body.accessToken;
    expect(await socketOutcome(token)).toBe('connected');
    const cookie = cookieFrom(session.setCookie, REFRESH_COOKIE);
    expect((await api(t.url, 'POST', '/auth/logout', { cookie })).status).toBe(204);

    expect(await socketOutcome(token)).toBe(ErrorCode.SessionEnded);
    expect(codeOf((await api(t.url, 'GET', '/auth/me', { token })).body)).toBe(ErrorCode.SessionEnded);
    expect((await refresh(cookie)).status).toBe(401);
    expect(await socketOutcome(other.accessToken)).toBe('connected');
  });

  it('ends the session of the access token when no refresh cookie comes along', async () => {
    const { accessToken } = await login(t.url, 'coordinator@demo.nl');
    expect((await api(t.url, 'POST', '/auth/logout', { token: accessToken })).status).toBe(204);
    expect(await socketOutcome(accessToken)).toBe(ErrorCode.SessionEnded);
  });
});

describe('wrong passwords for one account from many addresses', () => {
  const email = 'mila@demo.nl';
  const addresses = Array.from({ length: 12 }, (_, i) => `127.0.0.${i + 2}`);

  /** Twelve addresses at once, each trying ten passwords one after another. */
  async function spray() {
    const started = Date.now();
    const perAddress = await Promise.all(
      addresses.map(async (address, a) => {
        const answers: RawResponse[] = [];
        for (let i = 0; i < 10; i += 1) answers.push(await loginFrom(address, `geraden-${a}-${i}`, email));
        return answers;
      }),
    );
    const results = perAddress.flat();
    const evaluated = results.filter((r) => r.status === 401);
    const refused = results.filter((r) => r.status === 429);
    return { results, evaluated, refused, ms: Date.now() - started };
  }

  it('evaluates at most the limit, refuses the rest with a stable code, and lets the owner in after the wait', async () => {
    const ownSession = await login(t.url, email);
    const usersBefore = await mongo.db().collection('users').findOne({ email });

    const { results, evaluated, refused, ms } = await spray();
    console.log(`spray: ${evaluated.length} of ${results.length} evaluated, ${refused.length} refused, in ${ms} ms`);
    expect(evaluated.length).toBeGreaterThan(0);
    expect(evaluated.length).toBeLessThanOrEqual(FAILURES_PER_ACCOUNT);
    expect(evaluated.length + refused.length).toBe(results.length);
    for (const r of evaluated) expect(codeOf(r.body)).toBe(ErrorCode.InvalidCredentials);
    for (const r of refused) {
      expect(codeOf(r.body)).toBe(ErrorCode.TooManyFailedLogins);
      expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(r.headers['retry-after'])).toBeLessThanOrEqual(LOCKOUT_SECONDS);
    }

    // The right password from yet another address is refused too, without being checked.
    const owner = await loginFrom('127.0.0.50', DEMO_PASSWORD, email);
    expect(owner.status).toBe(429);
    expect(codeOf(owner.body)).toBe(ErrorCode.TooManyFailedLogins);
    // A session that was already open is not affected, and the account itself is unchanged.
    expect((await api(t.url, 'GET', '/auth/me', { token: ownSession.accessToken })).status).toBe(200);
    expect(await mongo.db().collection('users').findOne({ email })).toEqual(usersBefore);

    await sleep(Number(owner.headers['retry-after']) * 1000 + 200);
    expect((await loginFrom('127.0.0.50', DEMO_PASSWORD, email)).status).toBe(200);
    // A successful login starts the count afresh.
    expect((await loginFrom('127.0.0.51', 'nog-een-gok', email)).status).toBe(401);
  }, 60_000);

  it('lets the owner in from a device that logged in before, while other addresses are held back', async () => {
    const earlier = await loginFrom('127.0.0.60', DEMO_PASSWORD, email);
    const deviceCookie = cookieFrom(earlier.headers['set-cookie'], 'lst_device');

    const { evaluated } = await spray();
    expect(evaluated.length).toBeLessThanOrEqual(FAILURES_PER_ACCOUNT);
    expect((await loginFrom('127.0.0.61', DEMO_PASSWORD, email)).status).toBe(429);
    expect((await loginFrom('127.0.0.61', DEMO_PASSWORD, email, deviceCookie)).status).toBe(200);
    // A device cookie of another account is worth nothing here.
    const stranger = await loginFrom('127.0.0.62', DEMO_PASSWORD, 'deelnemer@demo.nl');
    const strangerCookie = cookieFrom(stranger.headers['set-cookie'], 'lst_device');
    await spray();
    expect((await loginFrom('127.0.0.62', DEMO_PASSWORD, email, strangerCookie)).status).toBe(429);
  }, 60_000);
});

describe('weak passwords', () => {
  let inviteCode: string;

  beforeAll(async () => {
    inviteCode = await inviteCodeOf(t.url, 'Surplus');
  });

  it.each([
    ['1234567890', PasswordProblem.CommonPassword],
    ['wachtwoord', PasswordProblem.CommonWord],
    ['password12', PasswordProblem.CommonPassword],
    ['          ', PasswordProblem.Repetition],
    ['fennadekker', PasswordProblem.PersonalInfo],
  ])('refuses to register with %j (%s) and creates nobody', async (password, reason) => {
    const before = await count('users');
    const result = await api(t.url, 'POST', '/auth/register', {
      body: { name: 'Fenna Dekker', email: `fenna${Date.now()}@surplus.nl`, password, inviteCode },
    });
    expect(result.status).toBe(400);
    expect(codeOf(result.body)).toBe(ErrorCode.WeakPassword);
    expect((result.body as ErrorBody).error.details).toEqual({ reason });
    expect(await count('users')).toBe(before);
  });

  it('registers with a sentence of a few words', async () => {
    const result = await api(t.url, 'POST', '/auth/register', {
      body: { name: 'Fenna Dekker', email: 'fenna@surplus.nl', password: 'fiets appel regen 7', inviteCode },
    });
    expect(result.status).toBe(201);
  });
});
