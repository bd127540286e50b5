import {
  ErrorCode,
  LIVE_NAMESPACE,
  PROTOCOL_VERSION,
  type OrganisationPresence,
  type SocketErrorData,
  type User,
} from '@leernetwerk/shared';
import jwt from 'jsonwebtoken';
import { io, type Socket } from 'socket.io-client';
import msgpackParser from 'socket.io-msgpack-parser';
import { login } from '../support/api-client';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app';

let t: TestApp;
const sockets: Socket[] = [];

beforeAll(async () => {
  t = await startTestApp();
});

afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
});

afterAll(async () => {
  await t.close();
});

function connect(auth: Record<string, unknown>): Socket {
  const socket = io(`${t.url}${LIVE_NAMESPACE}`, {
    auth,
    parser: msgpackParser,
    transports: ['websocket'],
    reconnection: false,
  });
  sockets.push(socket);
  return socket;
}

function refusal(socket: Socket): Promise<SocketErrorData> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => reject(new Error('connected although it should be refused')));
    socket.once('connect_error', (error: Error & { data?: SocketErrorData }) =>
      resolve(error.data ?? { code: ErrorCode.Internal, message: error.message }),
    );
  });
}

describe('live-events namespace', () => {
  it('tells an authenticated client who it is', async () => {
    const { accessToken, user } = await login(t.url, 'ambassadeur@demo.nl');
    const socket = connect({ token: accessToken, protocolVersion: PROTOCOL_VERSION });
    const session = await new Promise<{ user: User; protocolVersion: number }>((resolve) =>
      socket.once('session', resolve),
    );
    expect(session.user).toMatchObject({ id: user.id, email: 'ambassadeur@demo.nl' });
    expect(session.protocolVersion).toBe(PROTOCOL_VERSION);
    const pong: unknown = await socket.emitWithAck('ping');
    expect(Math.abs((pong as { serverTime: number }).serverTime - Date.now())).toBeLessThan(5_000);
  });

  it('refuses a socket without a token', async () => {
    expect((await refusal(connect({}))).code).toBe(ErrorCode.Unauthenticated);
  });

  it('refuses a tampered token', async () => {
    const { accessToken } = await login(t.url, 'ambassadeur@demo.nl');
    const [header, payload] = accessToken.split('.');
    const forged = `${header}.${payload}.${Buffer.from('forged-signature').toString('base64url')}`;
    expect((await refusal(connect({ token: forged, protocolVersion: PROTOCOL_VERSION }))).code).toBe(
      ErrorCode.InvalidToken,
    );
  });

  it('refuses a token signed with another secret', async () => {
    const { user } = await login(t.url, 'ambassadeur@demo.nl');
    const token = jwt.sign({ sub: user.id }, 'some-other-secret-of-sufficient-length!!', { expiresIn: 60 });
    expect((await refusal(connect({ token, protocolVersion: PROTOCOL_VERSION }))).code).toBe(ErrorCode.InvalidToken);
  });

  it('refuses an expired token with TOKEN_EXPIRED', async () => {
    const { user } = await login(t.url, 'ambassadeur@demo.nl');
    const token = jwt.sign({ sub: user.id, exp: Math.floor(Date.now() / 1000) - 60 }, TEST_JWT_SECRET);
    expect((await refusal(connect({ token, protocolVersion: PROTOCOL_VERSION }))).code).toBe(ErrorCode.TokenExpired);
  });

  it('refuses a client speaking another protocol version, saying why', async () => {
    const { accessToken } = await login(t.url, 'ambassadeur@demo.nl');
    const data = await refusal(connect({ token: accessToken, protocolVersion: PROTOCOL_VERSION + 1 }));
    expect(data.code).toBe(ErrorCode.ProtocolVersionMismatch);
    expect(data.message).toMatch(/reload/);
  });

  it('tells everyone of an organisation who of them is online, and nobody else', async () => {
    const sanne = await login(t.url, 'ambassadeur@demo.nl');
    const daan = await login(t.url, 'deelnemer@demo.nl');
    const seen: string[][] = [];
    const first = connect({ token: sanne.accessToken, protocolVersion: PROTOCOL_VERSION });
    first.on('presence:organisation', (p: OrganisationPresence) => seen.push(p.online.map((u) => u.name)));
    await new Promise((resolve) => first.once('presence:organisation', resolve));
    const other = connect({ token: daan.accessToken, protocolVersion: PROTOCOL_VERSION });
    await new Promise((resolve) => other.once('presence:organisation', resolve));
    const second = connect({ token: sanne.accessToken, protocolVersion: PROTOCOL_VERSION });
    await new Promise((resolve) => second.once('presence:organisation', resolve));
    // Sanne twice (two tabs) counts once; Daan of another organisation is never listed.
    expect(seen.at(-1)).toEqual(['Sanne Ambassadeur']);
    expect(seen.flat()).not.toContain('Daan Deelnemer');
  });
});
