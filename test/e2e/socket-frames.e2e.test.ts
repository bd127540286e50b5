import {
  COLLAB_NAMESPACE,
  ErrorCode,
  FrameLimits,
  LIVE_NAMESPACE,
  PROTOCOL_VERSION,
  type SocketErrorData,
} from '@leernetwerk/shared';
import { io, type Socket } from 'socket.io-client';
import msgpackParser from 'socket.io-msgpack-parser';
import WebSocket from 'ws';
import { api, login } from '../support/api-client';
import { openLiveSocket } from '../support/live-client';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let token: string;
/** A colleague who does nothing wrong: stays connected through every attack. */
let bystander: Socket;
const sockets: Socket[] = [];

const encoder = new msgpackParser.Encoder();
const packet = (value: { type: number; nsp: string; data?: unknown; id?: number }): Buffer =>
  (encoder.encode(value) as unknown as Buffer[])[0]!;
const manyArguments = (count: number): string[] => Array.from({ length: count }, (_, i) => String(i % 10));

beforeAll(async () => {
  t = await startTestApp();
  token = (await login(t.url, 'deelnemer@demo.nl')).accessToken;
  bystander = openLiveSocket(t.url, (await login(t.url, 'mila@demo.nl')).accessToken);
  await new Promise((resolve) => bystander.once('session', resolve));
});

afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
});

afterAll(async () => {
  bystander.close();
  await t.close();
});

function connect(namespace: string, auth: Record<string, unknown> = { token, protocolVersion: PROTOCOL_VERSION }) {
  // forceNew: each attacker on a connection of its own (Socket.IO would share one between namespaces).
  const socket = io(`${t.url}${namespace}`, {
    auth,
    parser: msgpackParser,
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  sockets.push(socket);
  return socket;
}

function connected(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
}

/** The refusal a socket hears, and that it is cut off afterwards. */
function refusal(socket: Socket): Promise<SocketErrorData> {
  return new Promise((resolve) =>
    socket.once('connect_error', (error: Error & { data?: SocketErrorData }) =>
      resolve(error.data ?? { code: ErrorCode.Internal, message: error.message }),
    ),
  );
}

/** A bare Engine.IO WebSocket, to send packets no Socket.IO client would build. */
async function rawConnection(): Promise<{ ws: WebSocket; received: unknown[]; closed: Promise<void> }> {
  const ws = new WebSocket(`${t.url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`);
  const received: unknown[] = [];
  const closed = new Promise<void>((resolve) => ws.once('close', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    ws.once('message', () => resolve());
    ws.once('error', reject);
  });
  const decoder = new msgpackParser.Decoder();
  decoder.on('decoded', (decoded: unknown) => received.push(decoded));
  ws.on('message', (data, isBinary) => {
    if (isBinary) decoder.add(data);
  });
  return { ws, received, closed };
}

async function expectServerServing(): Promise<void> {
  const health = await api(t.url, 'GET', '/health');
  expect(health.status).toBe(200);
  const pong = (await bystander.timeout(5_000).emitWithAck('ping')) as { serverTime: number };
  expect(typeof pong.serverTime).toBe('number');
  expect(bystander.connected).toBe(true);
}

describe('frames a namespace does not serve', () => {
  it('refuses an event with 100,000 arguments on /live and keeps serving everyone else', async () => {
    const socket = connect(LIVE_NAMESPACE);
    await connected(socket);
    const refused = refusal(socket);
    socket.emit('cafe:join' as never, ...(manyArguments(100_000) as never[]));
    expect(await refused).toMatchObject({ code: ErrorCode.FrameRefused });
    expect(socket.active).toBe(false);
    await expectServerServing();
  });

  it('refuses doc:awareness with 50,000 arguments on /collab', async () => {
    const socket = connect(COLLAB_NAMESPACE);
    await connected(socket);
    const refused = refusal(socket);
    socket.emit('doc:awareness' as never, ...(manyArguments(50_000) as never[]));
    expect(await refused).toMatchObject({ code: ErrorCode.FrameRefused });
    await expectServerServing();
  });

  it('refuses a connection to the default namespace without any token, and its 80,000-argument event', async () => {
    const { ws, received, closed } = await rawConnection();
    ws.send(packet({ type: 0, nsp: '/' }));
    ws.send(packet({ type: 2, nsp: '/', data: ['anything', ...manyArguments(80_000)] }));
    await closed;
    const refusals = received as { type: number; nsp: string; data: { data: SocketErrorData } }[];
    expect(refusals.map(({ type, nsp, data }) => ({ type, nsp, code: data.data.code }))).toEqual([
      { type: 4, nsp: '/', code: ErrorCode.FrameRefused },
    ]);
    await expectServerServing();
  });

  it('refuses an event sent to the default namespace without connecting first', async () => {
    const { ws, closed } = await rawConnection();
    ws.send(packet({ type: 2, nsp: '/', data: ['x', ...manyArguments(100_000)] }));
    await closed;
    await expectServerServing();
  });

  it('refuses an unknown namespace with a stable code', async () => {
    const socket = connect('/admin');
    expect(await refusal(socket)).toMatchObject({ code: ErrorCode.FrameRefused });
  });

  it('refuses an event the namespace does not serve, and arguments nested too deep', async () => {
    const unknown = connect(LIVE_NAMESPACE);
    await connected(unknown);
    const unknownRefused = refusal(unknown);
    unknown.emit('doc:sync' as never);
    expect(await unknownRefused).toMatchObject({ code: ErrorCode.FrameRefused });

    const deep = connect(LIVE_NAMESPACE);
    await connected(deep);
    const deepRefused = refusal(deep);
    let nested: unknown = 'bottom';
    for (let level = 0; level < FrameLimits.maxDepth + 2; level++) nested = [nested];
    deep.emit('cafe:join' as never, nested);
    expect(await deepRefused).toMatchObject({ code: ErrorCode.FrameRefused });

    // 100,000 levels, written byte by byte (no encoder nests that deep): never dispatched.
    const { ws, closed } = await rawConnection();
    const head = packet({ type: 2, nsp: LIVE_NAMESPACE, data: ['cafe:join', null] });
    const nestedArrays = Buffer.concat([Buffer.alloc(100_000, 0x91), Buffer.from([0xc0])]);
    ws.send(Buffer.concat([head.subarray(0, head.length - 1), nestedArrays]));
    await closed;
    await expectServerServing();
  });

  it('refuses a packet that is not MessagePack at all, and an acknowledgement nobody asked for', async () => {
    const garbage = await rawConnection();
    garbage.ws.send(Buffer.from([0xc1, 0xc1, 0xc1]));
    await garbage.closed;

    const socket = connect(LIVE_NAMESPACE);
    await connected(socket);
    const refused = refusal(socket);
    (socket as unknown as { packet(p: unknown): void }).packet({ type: 3, nsp: LIVE_NAMESPACE, id: 1, data: [] });
    expect(await refused).toMatchObject({ code: ErrorCode.FrameRefused });
    await expectServerServing();
  });

  it('still lets a well-behaved client use both namespaces', async () => {
    const live = connect(LIVE_NAMESPACE);
    await connected(live);
    const joined = (await live.emitWithAck('conversation:join', 'f'.repeat(24))) as { ok: boolean };
    expect(joined.ok).toBe(false);
    expect(live.connected).toBe(true);
  });
});

describe('event budget per connection', () => {
  it('cuts off a burst of 3,000 joins after the budget, and /api/health stays quick', async () => {
    const socket = connect(LIVE_NAMESPACE);
    await connected(socket);
    const refused = refusal(socket);
    for (let i = 0; i < 3_000; i++) socket.emit('thread:join', 'f'.repeat(24), () => undefined);
    const started = Date.now();
    const health = await api(t.url, 'GET', '/health');
    const healthMs = Date.now() - started;
    expect(health.status).toBe(200);
    expect(await refused).toMatchObject({ code: ErrorCode.RateLimited });
    // The flood is cut at the burst size: far fewer than 3,000 joins ever reach a handler.
    expect(FrameLimits.opensBurst).toBeLessThan(3_000);
    expect(healthMs).toBeLessThan(1_000);
    await expectServerServing();
  });
});
