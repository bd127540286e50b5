import {
  ErrorCode,
  type AuthResponse,
  type Cafe,
  type CafeJoinAck,
  type Conversation,
  type ConversationDetail,
  type DocAccessChange,
  type FrameResult,
  type Meeting,
  type SocketErrorData,
  type User,
} from '@leernetwerk/shared';
import * as encoding from 'lib0/encoding';
import type { Socket } from 'socket.io-client';
import { messageYjsUpdate } from 'y-protocols/sync';
import * as Y from 'yjs';
import { DocumentStorage } from '@leernetwerk/server/collab/document-storage';
import { api, inviteCodeOf, login } from '../support/api-client';
import { eventually, openCollabClient, type CollabClient } from '../support/collab-clients';
import { openLiveSocket } from '../support/live-client';
import { startTestApp, type TestApp } from '../support/test-app';

const PASSWORD = 'Koffiekop-Tafelkleed-93';

let t: TestApp;
let facilitator: string;
let coordinator: string;
let statementIds: string[];
let conversationId: string;
const clients: CollabClient[] = [];
const sockets: Socket[] = [];

beforeAll(async () => {
  t = await startTestApp();
  facilitator = (await login(t.url, 'aanjager@demo.nl')).accessToken;
  coordinator = (await login(t.url, 'coordinator@demo.nl')).accessToken;
  const conversations = await api<Conversation[]>(t.url, 'GET', '/conversations', { token: facilitator });
  conversationId = conversations.body[0]!.id;
  const demo = await api<ConversationDetail>(t.url, 'GET', `/conversations/${conversationId}`, { token: facilitator });
  statementIds = demo.body.statements.map((s) => s.id);
});

afterEach(() => {
  for (const client of clients.splice(0)) client.close();
  for (const socket of sockets.splice(0)) socket.close();
});

afterAll(async () => {
  await t.close();
});

interface Person {
  user: User;
  token: string;
}

let registered = 0;
const inviteCodes = new Map<string, string>();

async function inviteCode(organisationName: string): Promise<string> {
  if (!inviteCodes.has(organisationName)) {
    inviteCodes.set(organisationName, await inviteCodeOf(t.url, organisationName, coordinator));
  }
  return inviteCodes.get(organisationName)!;
}

async function register(organisation = 'Surplus'): Promise<Person> {
  const body = {
    name: `Collega ${++registered}`,
    email: `access-${Date.now().toString(36)}-${registered}@example.nl`,
    password: PASSWORD,
    inviteCode: await inviteCode(organisation),
  };
  const result = await api<AuthResponse>(t.url, 'POST', '/auth/register', { body });
  expect(result.status).toBe(201);
  return { user: result.body.user, token: result.body.accessToken };
}

/** A document client that records every access change the server announces. */
function openDocument(token: string, docId: string): CollabClient & { changes: DocAccessChange[] } {
  const client = openCollabClient(t.url, token, docId);
  clients.push(client);
  const changes: DocAccessChange[] = [];
  client.provider.on('access', (change) => changes.push(change));
  return Object.assign(client, { changes });
}

function liveSocket(token: string): Socket {
  const socket = openLiveSocket(t.url, token, { reconnection: false });
  sockets.push(socket);
  return socket;
}

/** Sends an edit straight over the socket, as a client that ignores what the server told it would. */
function forceEdit(client: CollabClient, docId: string, text: string): Promise<FrameResult> {
  const rogue = new Y.Doc();
  Y.applyUpdate(rogue, Y.encodeStateAsUpdate(client.doc));
  rogue.getText('body').insert(0, text);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageYjsUpdate);
  encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(rogue));
  return new Promise((resolve) => client.socket.emit('doc:sync', docId, encoding.toUint8Array(encoder), resolve));
}

/** The document as stored in the database, not as any process holds it in memory. */
async function storedText(docId: string): Promise<string> {
  const stored = await t.app.get(DocumentStorage).load(docId);
  return stored.doc.getText('body').toString();
}

async function writeAndSave(client: CollabClient, text: string): Promise<void> {
  await client.provider.whenSynced();
  expect(client.provider.access).toBe('write');
  client.doc.getText('body').insert(0, text);
  await client.provider.whenSaved();
}

const control = (cafeId: string, action: string, body?: unknown) =>
  api<Cafe>(t.url, 'POST', `/cafes/${cafeId}/${action}`, { token: facilitator, body });

const tableOf = (cafe: Cafe, userId: string): number =>
  cafe.seatings.at(-1)!.tables.find((table) => table.members.includes(userId))!.table;

/** A running café with two tables and four people seated, each with their table's tablecloth open. */
async function runningCafe() {
  const created = await api<Cafe>(t.url, 'POST', '/cafes', {
    token: facilitator,
    body: {
      title: `Toegang volgt de tafel ${Date.now()}`,
      centralQuestion: 'Wie schrijft waar?',
      conversationId,
      tables: statementIds.slice(0, 2).map((statementId) => ({ prompt: { kind: 'statement', statementId } })),
      rounds: 3,
      minutesPerRound: 20,
      tableSize: 3,
    },
  });
  expect(created.status).toBe(201);
  const cafeId = created.body.id;
  await control(cafeId, 'lobby');
  const people: Person[] = [];
  for (const organisation of ['Surplus', 'MEE-Vivenz', 'Stichting Compass', 'Surplus']) {
    people.push(await register(organisation));
  }
  for (const person of people) {
    const ack = (await liveSocket(person.token).emitWithAck('cafe:join', cafeId)) as CafeJoinAck;
    expect(ack.ok).toBe(true);
  }
  const started = await control(cafeId, 'start');
  expect(started.body.state).toBe('running');
  const tablecloth = (table: number) => `cafe:${cafeId}:table:${table}`;
  const seated = people.map((person) => {
    const table = tableOf(started.body, person.user.id);
    return { ...person, table, client: openDocument(person.token, tablecloth(table)) };
  });
  await Promise.all(seated.map(({ client }) => client.provider.whenSynced()));
  const hosts = started.body.tables.map((table) => table.hostId);
  return { cafeId, seated, tablecloth, travellers: seated.filter((person) => !hosts.includes(person.user.id)) };
}

describe('write access follows the person while their documents are open', () => {
  it('turns the old tablecloth read-only the moment a facilitator moves someone, and stores nothing they send after', async () => {
    const { cafeId, travellers, tablecloth } = await runningCafe();
    const mover = travellers[0]!;
    await writeAndSave(mover.client, 'Voor de verhuizing. ');

    const to = mover.table === 0 ? 1 : 0;
    const moved = await control(cafeId, 'moves', { userId: mover.user.id, table: to });
    expect(moved.status).toBe(200);
    await eventually(() => mover.client.provider.access === 'read', 'the old tablecloth to turn read-only');
    expect(mover.client.changes).toEqual([{ access: 'read', reason: 'seat' }]);

    const refused = await forceEdit(mover.client, tablecloth(mover.table), 'Na de verhuizing. ');
    expect(refused).toMatchObject({ ok: false, error: { code: ErrorCode.ReadOnly } });
    expect(await storedText(tablecloth(mover.table))).toBe('Voor de verhuizing. ');

    const atNewTable = openDocument(mover.token, tablecloth(to));
    await writeAndSave(atNewTable, 'Aan de nieuwe tafel. ');
    expect(await storedText(tablecloth(to))).toContain('Aan de nieuwe tafel. ');
  });

  it('decides again for everyone at a new round: travellers lose the old table, those who stay keep writing', async () => {
    const { cafeId, seated, tablecloth } = await runningCafe();
    const next = await control(cafeId, 'next-round');
    expect(next.body.round).toBe(2);
    const travellers = seated.filter((person) => tableOf(next.body, person.user.id) !== person.table);
    const stayers = seated.filter((person) => tableOf(next.body, person.user.id) === person.table);
    expect(travellers.length).toBeGreaterThan(0);

    for (const traveller of travellers) {
      await eventually(() => traveller.client.provider.access === 'read', 'a traveller’s old table to turn read-only');
      expect(traveller.client.changes).toEqual([{ access: 'read', reason: 'seat' }]);
      const refused = await forceEdit(traveller.client, tablecloth(traveller.table), 'Te laat. ');
      expect(refused).toMatchObject({ ok: false, error: { code: ErrorCode.ReadOnly } });
      expect(await storedText(tablecloth(traveller.table))).not.toContain('Te laat.');
    }
    for (const stayer of stayers) {
      await writeAndSave(stayer.client, 'Ik blijf hier. ');
      expect(stayer.client.changes).toEqual([]);
    }
  });

  it('makes every tablecloth read-only when the café ends', async () => {
    const { cafeId, seated, tablecloth } = await runningCafe();
    const person = seated[1]!;
    await writeAndSave(person.client, 'Laatste woorden. ');
    expect((await control(cafeId, 'end')).body.state).toBe('harvest');

    for (const { client } of seated) {
      await eventually(() => client.provider.access === 'read', 'the tablecloths to turn read-only');
      expect(client.changes).toEqual([{ access: 'read', reason: 'state' }]);
    }
    const refused = await forceEdit(person.client, tablecloth(person.table), 'Na afloop. ');
    expect(refused).toMatchObject({ ok: false, error: { code: ErrorCode.ReadOnly } });
    expect(await storedText(tablecloth(person.table))).toBe('Laatste woorden. ');
  });

  it('makes the minutes read-only for attendees when the meeting closes', async () => {
    const attendee = await register();
    const created = await api<Meeting>(t.url, 'POST', '/meetings', {
      token: facilitator,
      body: { title: 'Toegang tot de notulen', startsAt: '2026-12-02T13:00:00+01:00', durationMinutes: 60 },
    });
    const meetingId = created.body.id;
    const setState = (state: string) =>
      api(t.url, 'PUT', `/meetings/${meetingId}/state`, { token: facilitator, body: { state } });
    await setState('open');
    expect((await api(t.url, 'POST', `/meetings/${meetingId}/check-in`, { token: attendee.token })).status).toBe(200);
    const docId = `meeting:${meetingId}:minutes`;
    const minutes = openDocument(attendee.token, docId);
    await writeAndSave(minutes, 'Besluit: we gaan door. ');

    await setState('closed');
    await eventually(() => minutes.provider.access === 'read', 'the minutes to turn read-only');
    expect(minutes.changes).toEqual([{ access: 'read', reason: 'state' }]);
    const refused = await forceEdit(minutes, docId, 'Achteraf toegevoegd. ');
    expect(refused).toMatchObject({ ok: false, error: { code: ErrorCode.ReadOnly } });
    expect(await storedText(docId)).toBe('Besluit: we gaan door. ');

    // Reopened: the attendee writes again, without reopening the document.
    await setState('open');
    await eventually(() => minutes.provider.access === 'write', 'the minutes to become writable again');
    expect(minutes.changes.at(-1)).toEqual({ access: 'write', reason: 'state' });
  });

  it('closes a document whose access came from a role, the moment the role is removed', async () => {
    const helper = await register();
    const setRoles = (roles: string[]) =>
      api<User>(t.url, 'PUT', `/users/${helper.user.id}/roles`, { token: coordinator, body: { roles } });
    expect((await setRoles(['participant', 'facilitator'])).status).toBe(200);
    // The token still says participant; the server decides from the person as they are now.
    const { seated, cafeId } = await runningCafe();
    const harvestId = `cafe:${cafeId}:harvest`;
    const harvest = openDocument(helper.token, harvestId);
    await writeAndSave(harvest, 'Oogst in wording. ');
    const session = liveSocket(helper.token);
    await new Promise((resolve) => session.once('session', resolve));
    const sessionUpdate = new Promise<{ user: User }>((resolve) => session.on('session', resolve));
    const closed = new Promise<SocketErrorData>((resolve) =>
      harvest.socket.on('doc:closed', (_id, error) => resolve(error)),
    );

    expect((await setRoles(['participant'])).status).toBe(200);
    expect(await closed).toMatchObject({ code: ErrorCode.Forbidden });
    expect((await sessionUpdate).user.roles).toEqual(['participant']);
    const refused = await forceEdit(harvest, harvestId, 'Zonder rol. ');
    expect(refused).toMatchObject({ ok: false, error: { code: ErrorCode.NotJoined } });
    expect(await storedText(harvestId)).toBe('Oogst in wording. ');
    expect(seated).toHaveLength(4);
  });

  it('closes every connection of a deleted account: no more writes, no more presence', async () => {
    const leaver = await register('MEE-Vivenz');
    const colleague = await register('MEE-Vivenz');
    const docId = `org:${leaver.user.organisationId}:notes`;
    const notes = openDocument(leaver.token, docId);
    await writeAndSave(notes, 'Nog even dit. ');
    const leaverLive = liveSocket(leaver.token);
    await new Promise((resolve) => leaverLive.once('session', resolve));
    const colleagueLive = liveSocket(colleague.token);
    const presence: { online: { id: string }[] }[] = [];
    colleagueLive.on('presence:organisation', (update: { online: { id: string }[] }) => presence.push(update));
    await new Promise((resolve) => colleagueLive.once('session', resolve));

    const liveClosed = new Promise<string>((resolve) => leaverLive.once('disconnect', resolve));
    const collabClosed = new Promise<string>((resolve) => notes.socket.once('disconnect', resolve));
    const deleted = await api(t.url, 'DELETE', '/me', { token: leaver.token, body: { password: PASSWORD } });
    expect(deleted.status).toBe(204);

    expect(await liveClosed).toBe('io server disconnect');
    expect(await collabClosed).toBe('io server disconnect');
    await eventually(
      () => presence.at(-1)?.online.some((p) => p.id === leaver.user.id) === false,
      'the leaver to drop out of presence',
    );
    const again = openLiveSocket(t.url, leaver.token, { reconnection: false });
    sockets.push(again);
    const refusedHandshake = await new Promise<SocketErrorData | undefined>((resolve) =>
      again.once('connect_error', (error: Error & { data?: SocketErrorData }) => resolve(error.data)),
    );
    // The account is gone and so are its sessions: either refusal is the truth.
    expect([ErrorCode.Unauthenticated, ErrorCode.SessionEnded]).toContain(refusedHandshake?.code);
    // What they wrote before stays with their organisation; nothing can be added any more.
    notes.doc.getText('body').insert(0, 'Na het verwijderen. ');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(notes.socket.connected).toBe(false);
    expect(await storedText(docId)).toBe('Nog even dit. ');
  });

  it('closes the connections of a blocked account and lets them back once unblocked', async () => {
    const blocked = await register();
    const live = liveSocket(blocked.token);
    await new Promise((resolve) => live.once('session', resolve));
    const told = new Promise<SocketErrorData>((resolve) => live.once('error', resolve));
    const block = (disabled: boolean) =>
      api<User>(t.url, 'PUT', `/users/${blocked.user.id}/disabled`, { token: coordinator, body: { disabled } });

    expect((await block(true)).body.disabled).toBe(true);
    expect(await told).toMatchObject({ code: ErrorCode.AccountDisabled });
    await eventually(() => !live.connected, 'the blocked account’s socket to close');
    const me = await api(t.url, 'GET', '/auth/me', { token: blocked.token });
    expect(me.status).toBe(403);
    expect(me.body).toMatchObject({ error: { code: ErrorCode.AccountDisabled } });
    const refusedLogin = await api(t.url, 'POST', '/auth/login', {
      body: { email: blocked.user.email, password: PASSWORD },
    });
    expect(refusedLogin.status).toBe(403);

    expect((await block(false)).body.disabled).toBe(false);
    const back = liveSocket(blocked.token);
    await new Promise((resolve) => back.once('session', resolve));
    expect(back.connected).toBe(true);
  });

  it('closes the connections a login session opened when it logs out, and only those', async () => {
    const person = await register();
    const other = await login(t.url, person.user.email, PASSWORD);
    const ending = liveSocket(person.token);
    const staying = liveSocket(other.accessToken);
    const notes = openDocument(person.token, `org:${person.user.organisationId}:notes`);
    await Promise.all([
      new Promise((resolve) => ending.once('session', resolve)),
      new Promise((resolve) => staying.once('session', resolve)),
      notes.provider.whenSynced(),
    ]);
    const told = new Promise<SocketErrorData>((resolve) => ending.once('error', resolve));
    const notesClosed = new Promise<SocketErrorData>((resolve) =>
      notes.socket.once('doc:closed', (_id, error) => resolve(error)),
    );

    expect((await api(t.url, 'POST', '/auth/logout', { token: person.token })).status).toBe(204);
    expect(await told).toMatchObject({ code: ErrorCode.SessionEnded });
    expect(await notesClosed).toMatchObject({ code: ErrorCode.SessionEnded });
    await eventually(() => !ending.connected && !notes.socket.connected, 'the logged-out session’s sockets to close');
    const pong = (await staying.timeout(5_000).emitWithAck('ping')) as { serverTime: number };
    expect(typeof pong.serverTime).toBe('number');
  });
});
