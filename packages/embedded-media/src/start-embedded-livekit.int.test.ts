import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { AccessToken, RoomServiceClient, WebhookReceiver, type WebhookEvent } from 'livekit-server-sdk';
import { ensureLivekitBinary } from './build-livekit';
import { EmbeddedMediaError } from './errors';
import { KEYS_FILE_NAME } from './keys';
import { startEmbeddedLivekit, type EmbeddedLivekit, type EmbeddedLivekitOptions } from './start-embedded-livekit';

let dataDir: string;
/** Everything a test started, stopped in afterEach even when the test failed. */
let started: EmbeddedLivekit[];
let strayPids: number[];
let children: ChildProcess[];
let servers: http.Server[];
let sockets: net.Socket[];

// A cold build takes three to four minutes on two cores; CI builds ahead of the tests.
beforeAll(() => ensureLivekitBinary(), 15 * 60_000);

beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lst-livekit-'));
  started = [];
  strayPids = [];
  children = [];
  servers = [];
  sockets = [];
});

afterEach(async () => {
  for (const socket of sockets) socket.destroy();
  await Promise.all(started.map((livekit) => livekit.stop()));
  for (const child of children) child.kill('SIGKILL');
  for (const pid of strayPids) if (isRunning(pid)) process.kill(pid, 'SIGKILL');
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  await fs.rm(dataDir, { recursive: true, force: true });
}, 20_000);

async function start(options: Partial<EmbeddedLivekitOptions> = {}): Promise<EmbeddedLivekit> {
  const livekit = await startEmbeddedLivekit({ dataDir, ...options });
  started.push(livekit);
  return livekit;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check();
}

function roomService(livekit: EmbeddedLivekit, apiSecret = livekit.apiSecret): RoomServiceClient {
  return new RoomServiceClient(livekit.httpUrl, livekit.apiKey, apiSecret);
}

/** Joins a room over LiveKit's signalling WebSocket (the upgrade alone; no media), as a browser would. */
async function joinBySignal(livekit: EmbeddedLivekit, room: string, identity: string): Promise<void> {
  const grant = new AccessToken(livekit.apiKey, livekit.apiSecret, { identity, ttl: 60 });
  grant.addGrant({ roomJoin: true, room });
  const token = await grant.toJwt();
  const socket = await new Promise<net.Socket>((resolve, reject) => {
    const request = http.request(`${livekit.httpUrl}/rtc?access_token=${token}`, {
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
        'Sec-WebSocket-Version': '13',
      },
    });
    request.on('upgrade', (_response, upgraded) => resolve(upgraded));
    request.on('response', (response) => reject(new Error(`LiveKit answered ${response.statusCode} to a join`)));
    request.on('error', reject);
    request.end();
  });
  socket.on('error', () => undefined);
  sockets.push(socket);
}

/**
 * Starts LiveKit from a child Node process (the compiled package) in a process group of its own, as
 * `npm start` would; resolves with what that process printed about it.
 */
async function startInChildProcess(): Promise<{ child: ChildProcess; livekit: EmbeddedLivekit }> {
  const child = spawn(
    process.execPath,
    [
      '-e',
      `require(${JSON.stringify(path.join(__dirname, '../dist/index.js'))})
        .startEmbeddedLivekit({ dataDir: ${JSON.stringify(dataDir)} })
        .then((livekit) => console.log('LIVEKIT ' + JSON.stringify(livekit)));`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'], detached: true },
  );
  children.push(child);
  const livekit = await new Promise<EmbeddedLivekit>((resolve, reject) => {
    let printed = '';
    child.once('exit', (code) => reject(new Error(`the starting process exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      const match = /LIVEKIT (\{.*\})\n/.exec(printed);
      if (match?.[1]) resolve(JSON.parse(match[1]) as EmbeddedLivekit);
    });
  });
  strayPids.push(livekit.pid);
  expect(isRunning(livekit.pid)).toBe(true);
  return { child, livekit };
}

/** A local HTTP server that collects LiveKit's webhook posts, checked with the keys LiveKit signs them with. */
async function webhookCollector(): Promise<{ url: string; received: Array<{ body: string; auth?: string }> }> {
  const received: Array<{ body: string; auth?: string }> = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ body, auth: request.headers.authorization });
      response.end();
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('webhook server has no port');
  return { url: `http://127.0.0.1:${address.port}/api/media/webhook`, received };
}

describe(startEmbeddedLivekit.name, () => {
  it('keeps its keys in the data folder, readable by the owner only, across a restart', async () => {
    const first = await start();
    expect(first.apiKey).toMatch(/^API[A-Za-z0-9]{12}$/);
    expect(first.apiSecret).toMatch(/^[A-Za-z0-9_-]{48}$/);
    expect(first.url).toBe(`ws://127.0.0.1:${first.ports.http}`);
    const stat = await fs.stat(path.join(dataDir, KEYS_FILE_NAME));
    expect(stat.mode & 0o777).toBe(0o600);
    await first.stop();
    expect(isRunning(first.pid)).toBe(false);

    const second = await start();
    expect({ apiKey: second.apiKey, apiSecret: second.apiSecret }).toEqual({
      apiKey: first.apiKey,
      apiSecret: first.apiSecret,
    });
    await expect(roomService(second).listRooms()).resolves.toEqual([]);
  });

  it('creates, lists and deletes rooms for a server holding its keys', async () => {
    const livekit = await start();
    const rooms = roomService(livekit);

    const created = await rooms.createRoom({ name: 'cafe-1-table-2', emptyTimeout: 30 });
    expect(created.name).toBe('cafe-1-table-2');
    expect((await rooms.listRooms()).map((room) => room.name)).toEqual(['cafe-1-table-2']);

    await rooms.deleteRoom('cafe-1-table-2');
    expect(await rooms.listRooms()).toEqual([]);
  });

  it('refuses a server that signs with a wrong secret', async () => {
    const livekit = await start();
    const wrong = roomService(livekit, 'x'.repeat(48));

    await expect(wrong.listRooms()).rejects.toMatchObject({ status: 401 });
  });

  it('posts room events to the webhook URL, signed with its keys', async () => {
    const webhook = await webhookCollector();
    const livekit = await start({ webhookUrl: webhook.url });

    await roomService(livekit).createRoom({ name: 'plenary' });
    expect(await waitUntil(() => webhook.received.length > 0, 10_000)).toBe(true);
    const receiver = new WebhookReceiver(livekit.apiKey, livekit.apiSecret);
    const events: WebhookEvent[] = await Promise.all(
      webhook.received.map(({ body, auth }) => receiver.receive(body, auth)),
    );
    expect(events).toContainEqual(expect.objectContaining({ event: 'room_started' }));
    expect(events.find((event) => event.event === 'room_started')?.room?.name).toBe('plenary');
  });

  it('ends even while someone is still in a room, with a second SIGTERM after its drain has waited 2 s', async () => {
    const livekit = await start();
    await joinBySignal(livekit, 'table-1', 'anna');
    const rooms = roomService(livekit);
    const inRoom = () => rooms.listParticipants('table-1').then((people) => people.map((person) => person.identity));
    let identities = await inRoom().catch(() => []);
    for (let tries = 0; tries < 50 && identities.length === 0; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      identities = await inRoom().catch(() => []);
    }
    expect(identities).toEqual(['anna']);

    const stopping = Date.now();
    await livekit.stop();
    const tookMs = Date.now() - stopping;

    expect(isRunning(livekit.pid)).toBe(false);
    expect(tookMs).toBeGreaterThanOrEqual(1900);
    expect(tookMs).toBeLessThan(4900);
  });

  it('runs two instances side by side on ports of their own', async () => {
    const one = await start();
    const otherDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lst-livekit-'));
    try {
      const two = await start({ dataDir: otherDir });
      const ports = [one.ports, two.ports].flatMap((p) => [p.http, p.rtcTcp, p.rtcUdp]);
      expect(new Set(ports).size).toBe(6);
      expect(two.apiKey).not.toBe(one.apiKey);
      await expect(roomService(two).listRooms()).resolves.toEqual([]);
    } finally {
      await Promise.all(started.splice(0).map((livekit) => livekit.stop()));
      await fs.rm(otherDir, { recursive: true, force: true });
    }
  });

  it("reports LiveKit's own words when it exits during start-up", async () => {
    const attempt = start({ emptyTimeoutSeconds: -1 });

    await expect(attempt).rejects.toThrow(EmbeddedMediaError);
    await expect(attempt).rejects.toThrow(/LiveKit exited during start-up[\s\S]*could not parse config/);
  });

  it('names the keys file when it holds no usable keys', async () => {
    await fs.writeFile(path.join(dataDir, KEYS_FILE_NAME), JSON.stringify({ apiKey: 'APIx', apiSecret: 'short' }));

    const attempt = start();
    await expect(attempt).rejects.toThrow(EmbeddedMediaError);
    await expect(attempt).rejects.toThrow(/livekit-keys\.json does not hold valid LiveKit keys/);
  });

  it('stops LiveKit when the process that started it is killed', async () => {
    const { child, livekit } = await startInChildProcess();

    child.kill('SIGKILL');
    expect(await waitUntil(() => !isRunning(livekit.pid), 10_000)).toBe(true);
  });

  it('stops LiveKit, even with someone in a room, when its whole process group gets SIGTERM', async () => {
    // As `kill -- -PGID` or a terminal's Ctrl-C does: Node, the watchdog and LiveKit get the signal at once,
    // and LiveKit alone would keep draining for as long as anna stays.
    const { child, livekit } = await startInChildProcess();
    await joinBySignal(livekit, 'table-1', 'anna');
    expect(isRunning(livekit.pid)).toBe(true);

    process.kill(-(child.pid ?? 0), 'SIGTERM');
    expect(await waitUntil(() => !isRunning(livekit.pid), 10_000)).toBe(true);
  });
});
