import { createCollabSocket } from '@leernetwerk/collab-client';
import { CollabLimits, ErrorCode, type FrameResult, type JoinResult, type User } from '@leernetwerk/shared';
import * as encoding from 'lib0/encoding';
import { messageYjsUpdate } from 'y-protocols/sync';
import * as Y from 'yjs';
import { DocumentManager } from '@leernetwerk/server/collab/document-manager';
import { login } from '../support/api-client';
import { eventually, openCollabClient, type CollabClient } from '../support/collab-clients';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let surplus: { token: string; user: User };
let compass: { token: string; user: User };
let coordinator: { token: string; user: User };
const clients: CollabClient[] = [];

const notesOf = (user: User) => `org:${user.organisationId}:notes`;

function open(token: string, docId: string): CollabClient {
  const client = openCollabClient(t.url, token, docId);
  clients.push(client);
  return client;
}

function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageYjsUpdate);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

beforeAll(async () => {
  t = await startTestApp();
  const a = await login(t.url, 'ambassadeur@demo.nl');
  const b = await login(t.url, 'deelnemer@demo.nl');
  const c = await login(t.url, 'coordinator@demo.nl');
  surplus = { token: a.accessToken, user: a.user };
  compass = { token: b.accessToken, user: b.user };
  coordinator = { token: c.accessToken, user: c.user };
});

afterEach(() => {
  for (const client of clients.splice(0)) client.close();
});

afterAll(async () => {
  await t.close();
});

describe('shared documents over Socket.IO', () => {
  it('shows one writer’s text to another at once and confirms it saved only once stored', async () => {
    const docId = notesOf(surplus.user);
    const a = open(surplus.token, docId);
    const b = open(surplus.token, docId);
    await Promise.all([a.provider.whenSynced(), b.provider.whenSynced()]);
    expect(a.provider.access).toBe('write');

    a.doc.getText('body').insert(0, 'Hallo collega’s');
    expect(a.provider.saved).toBe(false);
    await eventually(() => b.doc.getText('body').toString() === 'Hallo collega’s', 'b to see a');
    await a.provider.whenSaved();
    expect(a.provider.savedClock).toBeGreaterThan(0);

    // After everyone left, a newcomer loads the text from the database.
    a.close();
    b.close();
    clients.splice(0);
    await eventually(() => !t.app.get(DocumentManager).isLoaded(docId), 'the document to unload');
    const c = open(surplus.token, docId);
    await c.provider.whenSynced();
    expect(c.doc.getText('body').toString()).toBe('Hallo collega’s');
  });

  it('refuses another organisation’s document, unknown documents and malformed ids', async () => {
    const socket = createCollabSocket(t.url, () => compass.token);
    try {
      const join = (docId: unknown) =>
        new Promise<JoinResult>((resolve) => socket.emit('doc:join', docId as string, resolve));
      expect(await join(notesOf(surplus.user))).toMatchObject({ ok: false, error: { code: ErrorCode.Forbidden } });
      expect(await join(`org:${'0'.repeat(24)}:notes`)).toMatchObject({
        ok: false,
        error: { code: ErrorCode.NotFound },
      });
      expect(await join(`cafe:${'0'.repeat(24)}:table:1`)).toMatchObject({
        ok: false,
        error: { code: ErrorCode.NotFound },
      });
      expect(await join('org:../../etc')).toMatchObject({ ok: false, error: { code: ErrorCode.ValidationFailed } });
      expect(await join({ $gt: '' })).toMatchObject({ ok: false, error: { code: ErrorCode.ValidationFailed } });
    } finally {
      socket.close();
    }
  });

  it('lets a coordinator read but not write, leaving the document unchanged', async () => {
    const docId = notesOf(surplus.user);
    const writer = open(surplus.token, docId);
    await writer.provider.whenSynced();
    writer.doc.getText('ro').insert(0, 'alleen lezen');
    await writer.provider.whenSaved();

    const reader = open(coordinator.token, docId);
    await reader.provider.whenSynced();
    expect(reader.provider.access).toBe('read');
    expect(reader.doc.getText('ro').toString()).toBe('alleen lezen');

    const rogue = new Y.Doc();
    Y.applyUpdate(rogue, Y.encodeStateAsUpdate(writer.doc));
    rogue.getText('ro').insert(0, 'gehackt ');
    const result = await new Promise<FrameResult>((resolve) =>
      reader.socket.emit('doc:sync', docId, updateFrame(Y.encodeStateAsUpdate(rogue)), resolve),
    );
    expect(result).toMatchObject({ ok: false, error: { code: ErrorCode.ReadOnly } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(writer.doc.getText('ro').toString()).toBe('alleen lezen');
  });

  it('refuses malformed frames, oversized updates and frames before joining, and keeps serving', async () => {
    const docId = notesOf(surplus.user);
    const a = open(surplus.token, docId);
    await a.provider.whenSynced();
    a.doc.getText('safe').insert(0, 'onbeschadigd');
    await a.provider.whenSaved();

    const send = (docIdArg: string, frame: unknown) =>
      new Promise<FrameResult>((resolve) => a.socket.emit('doc:sync', docIdArg, frame as Uint8Array, resolve));
    const garbage = new Uint8Array([2, 200, 1, 7, 7, 7]);
    expect(await send(docId, garbage)).toMatchObject({ ok: false, error: { code: ErrorCode.MalformedFrame } });
    expect(await send(docId, updateFrame(new Uint8Array([255, 255, 255, 1, 2, 3])))).toMatchObject({
      ok: false,
      error: { code: ErrorCode.MalformedFrame },
    });
    expect(await send(docId, 'not binary')).toMatchObject({ ok: false, error: { code: ErrorCode.MalformedFrame } });
    const huge = new Y.Doc();
    huge.getText('x').insert(0, 'x'.repeat(CollabLimits.maxUpdateBytes + 10));
    expect(await send(docId, updateFrame(Y.encodeStateAsUpdate(huge)))).toMatchObject({
      ok: false,
      error: { code: ErrorCode.UpdateTooLarge },
    });
    expect(await send(notesOf(compass.user), updateFrame(new Uint8Array([0, 0])))).toMatchObject({
      ok: false,
      error: { code: ErrorCode.NotJoined },
    });

    const b = open(surplus.token, docId);
    await b.provider.whenSynced();
    expect(b.doc.getText('safe').toString()).toBe('onbeschadigd');
    expect(b.doc.getText('x').toString()).toBe('');
  });

  it('shares presence and removes it when a client leaves', async () => {
    const docId = notesOf(surplus.user);
    const a = open(surplus.token, docId);
    const b = open(surplus.token, docId);
    await Promise.all([a.provider.whenSynced(), b.provider.whenSynced()]);
    a.provider.awareness.setLocalStateField('user', { name: 'Sanne', color: '#1c7ed6' });
    await eventually(() => b.provider.awareness.getStates().get(a.doc.clientID)?.user !== undefined, 'presence');
    a.close();
    await eventually(() => !b.provider.awareness.getStates().has(a.doc.clientID), 'presence removal');
  });
});
