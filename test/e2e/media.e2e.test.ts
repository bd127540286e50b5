import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '@leernetwerk/embedded-db';
import { startEmbeddedLivekit, type EmbeddedLivekit } from '@leernetwerk/embedded-media';
import {
  ErrorCode,
  mediaRoomName,
  type AuthResponse,
  type Cafe,
  type CafeJoinAck,
  type MediaJoin,
  type User,
} from '@leernetwerk/shared';
import type { Socket } from 'socket.io-client';
import { api, inviteCodeOf, login } from '../support/api-client';
import { joinCall, type CallClient } from '../support/call-clients';
import { eventually } from '../support/collab-clients';
import { openLiveSocket } from '../support/live-client';
import { startTestApp, type TestApp } from '../support/test-app';

const PASSWORD = 'Koffiekop-Tafelkleed-93';
const ORGANISATIONS = ['Surplus', 'MEE-Vivenz', 'Stichting Compass', 'Surplus'];

let livekitDir: string;
let livekit: EmbeddedLivekit;
let t: TestApp;
let facilitator: string;
let coordinator: string;
const sockets: Socket[] = [];
const calls: CallClient[] = [];

beforeAll(async () => {
  const port = await findFreePort();
  livekitDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lst-livekit-'));
  livekit = await startEmbeddedLivekit({
    dataDir: livekitDir,
    webhookUrl: `http://127.0.0.1:${port}/api/media/webhook`,
  });
  t = await startTestApp(
    {
      LIVEKIT_URL: livekit.httpUrl,
      LIVEKIT_PUBLIC_URL: livekit.url,
      LIVEKIT_API_KEY: livekit.apiKey,
      LIVEKIT_API_SECRET: livekit.apiSecret,
    },
    { port },
  );
  facilitator = (await login(t.url, 'aanjager@demo.nl')).accessToken;
  coordinator = (await login(t.url, 'coordinator@demo.nl')).accessToken;
}, 120_000);

afterEach(async () => {
  await Promise.all(calls.splice(0).map((call) => call.leave()));
  for (const socket of sockets.splice(0)) socket.close();
});

afterAll(async () => {
  await t?.close();
  await livekit?.stop();
  await fs.rm(livekitDir, { recursive: true, force: true });
});

interface Person {
  user: User;
  token: string;
}

let registered = 0;
async function register(organisation: string): Promise<Person> {
  const result = await api<AuthResponse>(t.url, 'POST', '/auth/register', {
    body: {
      name: `Gesprekspartner ${++registered}`,
      email: `call-${Date.now().toString(36)}-${registered}@example.nl`,
      password: PASSWORD,
      inviteCode: await inviteCodeOf(t.url, organisation, coordinator),
    },
  });
  expect(result.status).toBe(201);
  return { user: result.body.user, token: result.body.accessToken };
}

const control = (cafeId: string, action: string, body?: unknown) =>
  api<Cafe>(t.url, 'POST', `/cafes/${cafeId}/${action}`, { token: facilitator, body });

const ticket = (token: string, cafeId: string, query = '') =>
  api<MediaJoin>(t.url, 'GET', `/cafes/${cafeId}/media${query}`, { token });

/** The grants inside a LiveKit ticket (a JWT), as the media server will read them. */
function grantsOf(join: MediaJoin): {
  room: string;
  canPublish: boolean;
  roomJoin: boolean;
  attributes: Record<string, string>;
} {
  const payload = JSON.parse(Buffer.from(join.token.split('.')[1]!, 'base64url').toString('utf8')) as {
    video: { room: string; canPublish: boolean; roomJoin: boolean };
    attributes?: Record<string, string>;
  };
  return { ...payload.video, attributes: payload.attributes ?? {} };
}

const tableOf = (cafe: Cafe, userId: string): number =>
  cafe.seatings.at(-1)!.tables.find((table) => table.members.includes(userId))!.table;

const tablemates = (cafe: Cafe, userId: string): string[] =>
  cafe.seatings
    .at(-1)!
    .tables.find((table) => table.members.includes(userId))!
    .members.filter((id) => id !== userId)
    .sort();

/** Four people from three organisations at two tables of two, the café running. */
async function runningCafe(): Promise<{ cafeId: string; people: Person[]; cafe: Cafe }> {
  const created = await api<Cafe>(t.url, 'POST', '/cafes', {
    token: facilitator,
    body: {
      title: `Tafels die praten ${Date.now()}`,
      centralQuestion: 'Wat hoor je aan de andere tafel?',
      tables: [
        { prompt: { kind: 'question', text: 'Wat werkt?' } },
        { prompt: { kind: 'question', text: 'Wat werkt niet?' } },
      ],
      rounds: 3,
      minutesPerRound: 20,
      tableSize: 2,
    },
  });
  const cafeId = created.body.id;
  await control(cafeId, 'lobby');
  const people: Person[] = [];
  for (const organisation of ORGANISATIONS) people.push(await register(organisation));
  for (const person of people) {
    const socket = openLiveSocket(t.url, person.token, { reconnection: false });
    sockets.push(socket);
    const ack = (await socket.emitWithAck('cafe:join', cafeId)) as CafeJoinAck;
    expect(ack.ok).toBe(true);
  }
  const started = await control(cafeId, 'start');
  expect(started.body.state).toBe('running');
  return { cafeId, people, cafe: started.body };
}

async function enterCall(person: Person, cafeId: string): Promise<CallClient> {
  const join = await ticket(person.token, cafeId);
  expect(join.status).toBe(200);
  const call = await joinCall(join.body);
  calls.push(call);
  return call;
}

describe('calls that follow the seating (real LiveKit)', () => {
  it('gives each person a ticket for exactly the room their seat and role allow', async () => {
    const { cafeId, people, cafe } = await runningCafe();
    for (const person of people) {
      const join = (await ticket(person.token, cafeId)).body;
      const table = tableOf(cafe, person.user.id);
      expect(join).toMatchObject({ kind: 'table', table, canSpeak: true, visitor: false, url: livekit.url });
      expect(grantsOf(join)).toMatchObject({
        room: mediaRoomName.table(cafeId, table),
        canPublish: true,
        roomJoin: true,
      });
      // Asking to visit another table changes nothing for a participant.
      const other = (await ticket(person.token, cafeId, `?visit=${1 - table}`)).body;
      expect(grantsOf(other).room).toBe(mediaRoomName.table(cafeId, table));
    }

    const plenary = (await ticket(facilitator, cafeId)).body;
    expect(grantsOf(plenary)).toMatchObject({ room: mediaRoomName.plenary(cafeId), canPublish: true });
    const visit = (await ticket(facilitator, cafeId, '?visit=1')).body;
    expect(visit).toMatchObject({ kind: 'table', table: 1, visitor: true, canSpeak: false });
    expect(grantsOf(visit)).toMatchObject({ room: mediaRoomName.table(cafeId, 1), canPublish: false });
    expect(grantsOf(visit).attributes).toMatchObject({ visitor: 'true' });

    const outsider = await register('Surplus');
    expect((await ticket(outsider.token, cafeId)).status).toBe(403);
    expect((await ticket(facilitator, cafeId, '?visit=7')).body).toMatchObject({
      error: { code: ErrorCode.ValidationFailed },
    });
  });

  it('lets each table hear exactly itself, and after the round change exactly the new table', async () => {
    const { cafeId, people, cafe } = await runningCafe();
    const inCall = new Map<string, CallClient>();
    for (const person of people) inCall.set(person.user.id, await enterCall(person, cafeId));
    const hearsExactly = (seating: Cafe) =>
      people.every(
        (p) => JSON.stringify(inCall.get(p.user.id)!.hearing()) === JSON.stringify(tablemates(seating, p.user.id)),
      );
    await eventually(() => hearsExactly(cafe), 'each table to hear exactly itself', 15_000);

    const changed = performance.now();
    const next = (await control(cafeId, 'next-round')).body;
    const moved = people.filter((p) => tableOf(next, p.user.id) !== tableOf(cafe, p.user.id));
    expect(moved.length).toBeGreaterThan(0);
    // The media server takes the travellers out of their old rooms; their screens follow the
    // seating (a new ticket, the new room), as the app does on `cafe:updated`.
    await Promise.all(moved.map((p) => inCall.get(p.user.id)!.disconnected));
    for (const p of moved) inCall.set(p.user.id, await enterCall(p, cafeId));
    await eventually(() => hearsExactly(next), 'each table to hear exactly its new members', 15_000);
    const switchMs = performance.now() - changed;
    console.log(`round change → every table hears exactly its new members: ${switchMs.toFixed(0)} ms`);
    expect(switchMs).toBeLessThan(15_000);
  });

  it('gets nobody anywhere with an old ticket after a move', async () => {
    const { cafeId, people, cafe } = await runningCafe();
    const hosts = new Set(cafe.seatings.at(-1)!.tables.map((table) => table.hostId));
    const mover = people.find((p) => !hosts.has(p.user.id))!;
    const from = tableOf(cafe, mover.user.id);
    const oldTicket = (await ticket(mover.token, cafeId)).body;
    const before = await enterCall(mover, cafeId);

    expect((await control(cafeId, 'moves', { userId: mover.user.id, table: 1 - from })).status).toBe(200);
    await before.disconnected;

    // The old ticket still opens a connection (LiveKit cannot revoke it), but the app's webhook
    // takes the person straight out again.
    const stale = await joinCall(oldTicket, { speak: false });
    calls.push(stale);
    await expect(stale.disconnected).resolves.toBeDefined();
    const fresh = (await ticket(mover.token, cafeId)).body;
    expect(grantsOf(fresh).room).toBe(mediaRoomName.table(cafeId, 1 - from));
  });

  it('makes an open meeting one call, and ends it for everyone when the meeting closes', async () => {
    const attendee = await register('MEE-Vivenz');
    const listener = await register('Surplus');
    const meeting = await api<{ id: string }>(t.url, 'POST', '/meetings', {
      token: facilitator,
      body: { title: 'Online bijeenkomst', startsAt: '2026-12-02T13:00:00+01:00', durationMinutes: 60 },
    });
    const meetingTicket = (token: string) =>
      api<MediaJoin>(t.url, 'GET', `/meetings/${meeting.body.id}/media`, { token });
    const setState = (state: string) =>
      api(t.url, 'PUT', `/meetings/${meeting.body.id}/state`, { token: facilitator, body: { state } });
    expect((await meetingTicket(attendee.token)).body).toMatchObject({ error: { code: ErrorCode.MeetingWrongState } });

    await setState('open');
    await api(t.url, 'POST', `/meetings/${meeting.body.id}/check-in`, { token: attendee.token });
    const speaking = (await meetingTicket(attendee.token)).body;
    expect(speaking).toMatchObject({ kind: 'meeting', canSpeak: true });
    expect(grantsOf(speaking)).toMatchObject({ room: mediaRoomName.meeting(meeting.body.id), canPublish: true });
    const listening = (await meetingTicket(listener.token)).body;
    expect(grantsOf(listening)).toMatchObject({ room: mediaRoomName.meeting(meeting.body.id), canPublish: false });

    const inCall = await joinCall(speaking);
    calls.push(inCall);
    await setState('closed');
    await expect(inCall.disconnected).resolves.toBeDefined();
    expect((await meetingTicket(attendee.token)).status).toBe(409);
  });

  it('takes a blocked account out of the call it is in', async () => {
    const { cafeId, people } = await runningCafe();
    const blocked = people[0]!;
    const inCall = await enterCall(blocked, cafeId);
    const block = (disabled: boolean) =>
      api(t.url, 'PUT', `/users/${blocked.user.id}/disabled`, { token: coordinator, body: { disabled } });
    expect((await block(true)).status).toBe(200);
    await expect(inCall.disconnected).resolves.toBeDefined();
    await block(false);
  });

  it('refuses webhooks that the media server did not sign', async () => {
    const response = await fetch(`${t.url}/api/media/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/webhook+json', authorization: 'Bearer nep' },
      body: JSON.stringify({ event: 'participant_joined', room: { name: 'x' }, participant: { identity: 'y' } }),
    });
    expect(response.status).toBe(401);
  });

  it('keeps the café running when the media server is gone, and calls recover when it is back', async () => {
    const { cafeId, people } = await runningCafe();
    const ports = livekit.ports;
    await livekit.stop();
    const next = await control(cafeId, 'next-round');
    expect(next.status).toBe(200);
    expect(next.body.round).toBe(2);
    const whileAway = await ticket(people[0]!.token, cafeId);
    expect(whileAway.status).toBe(200);
    await expect(joinCall(whileAway.body)).rejects.toBeDefined();

    livekit = await startEmbeddedLivekit({
      dataDir: livekitDir,
      webhookUrl: `${t.url}/api/media/webhook`,
      ports,
    });
    const back = await enterCall(people[0]!, cafeId);
    expect(back.room.isConnected).toBe(true);
  });
});

describe('without a media server', () => {
  it('answers MEDIA_UNAVAILABLE and the café goes on', async () => {
    const plain = await startTestApp();
    try {
      const token = (await login(plain.url, 'aanjager@demo.nl')).accessToken;
      const created = await api<Cafe>(plain.url, 'POST', '/cafes', {
        token,
        body: { title: 'Alleen tekst', tables: [{ prompt: { kind: 'question', text: 'Wat nu?' } }] },
      });
      const media = await api(plain.url, 'GET', `/cafes/${created.body.id}/media`, { token });
      expect(media.status).toBe(503);
      expect(media.body).toMatchObject({ error: { code: ErrorCode.MediaUnavailable } });
      expect((await api<Cafe>(plain.url, 'POST', `/cafes/${created.body.id}/lobby`, { token })).body.state).toBe(
        'lobby',
      );
    } finally {
      await plain.close();
    }
  });
});
