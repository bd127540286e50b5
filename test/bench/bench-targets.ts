import fs from 'node:fs';
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import { CollabProvider, createCollabSocket, type CollabSocket } from '@leernetwerk/collab-client';
import { findFreePort } from '@leernetwerk/embedded-db';
import { Binary, MongoClient } from 'mongodb';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { login } from '../support/api-client';
import { startTestDatabase } from '../support/test-database';
import { BenchServer, HOCUSPOCUS_COLLECTION, type HocuspocusRecord } from './bench-probe';

/** One simulated user: its own connection, Y.Doc and provider for one document. */
export interface BenchClient {
  readonly doc: Y.Doc;
  /** Resolves once the first sync finished and nothing of ours is unconfirmed. */
  readonly synced: Promise<void>;
  /** Called after every confirmation with the highest own clock the server confirmed. */
  onConfirmed(listener: (clock: number) => void): void;
  /** Everything sent so far is confirmed. */
  allConfirmed(): boolean;
  close(): void;
}

/** One connection that opens several documents (heap per document, cold loads). */
export interface MultiDocConnection {
  /** Opens a document on this connection; resolves with its synced Y.Doc. */
  open(docId: string): Promise<Y.Doc>;
  close(): void;
}

export interface Target {
  readonly name: 'ours' | 'hocuspocus';
  readonly label: string;
  /** What a confirmation from this server means. */
  readonly confirmation: string;
  readonly server: BenchServer;
  docId(group: string, room: string): string;
  open(docId: string): BenchClient;
  connect(): Promise<MultiDocConnection>;
  /** Puts a document with these updates in the database the way this server stores it. */
  seedDocument(docId: string, updates: Uint8Array[]): Promise<{ records: number }>;
  /** A fresh Y.Doc holding exactly what the database has for the document. */
  loadStored(docId: string): Promise<Y.Doc>;
  errors(): number;
  /** CPU time (ms) used so far by the database (FerretDB) process. */
  dbCpuMs(): number;
  stop(): Promise<void>;
}

export const now = (): number => performance.timeOrigin + performance.now();

const CLOCK_TICKS_PER_S = 100;

/** CPU time (ms) of a process and its descendants, from /proc (Linux); NaN where unavailable. */
export function processTreeCpuMs(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name: state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    let ms = ((Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_S) * 1000;
    const children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    for (const child of children ? children.split(' ') : []) ms += processTreeCpuMs(Number(child));
    return ms;
  } catch {
    return Number.NaN;
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const whenConnected = (socket: CollabSocket): Promise<void> =>
  socket.connected ? Promise.resolve() : new Promise((resolve) => socket.once('connect', () => resolve()));

/**
 * Calls `onAck` after each acknowledgement of a `doc:sync` frame, right after the provider itself
 * handled it (and so moved `savedClock`); the provider has no per-acknowledgement event.
 */
function observeAcks(socket: CollabSocket, onAck: () => void): void {
  const emit = socket.emit.bind(socket) as (...args: unknown[]) => unknown;
  Object.assign(socket, {
    emit: (...args: unknown[]) => {
      const ack = args[args.length - 1];
      if (args[0] === 'doc:sync' && typeof ack === 'function') {
        args[args.length - 1] = (...result: unknown[]) => {
          (ack as (...r: unknown[]) => void)(...result);
          onAck();
        };
      }
      return emit(...args);
    },
  });
}

/** Our server in a child process over its own FerretDB; users are the seeded demo users. */
export async function startOurs(): Promise<Target> {
  const db = await startTestDatabase();
  const server = await BenchServer.start('servers/our-server.ts', {
    MONGODB_URI: db.uri,
    PORT: String(await findFreePort()),
  });
  const { accessToken } = await login(server.url, 'ambassadeur@demo.nl');
  const mongo = await MongoClient.connect(db.uri);
  const database = mongo.db();
  let errors = 0;
  const countErrors = (provider: CollabProvider) => provider.on('error', () => (errors += 1));

  return {
    name: 'ours',
    label: 'ours (Nest + Socket.IO + log)',
    confirmation: 'acknowledged after the update is stored in the database',
    server,
    docId: (group, room) => `bench:${group}:${room}`,
    open(docId) {
      const socket = createCollabSocket(server.url, () => accessToken);
      const listeners: ((clock: number) => void)[] = [];
      const doc = new Y.Doc();
      // Acknowledgements arrive only after the provider below sent something.
      observeAcks(socket, () => {
        for (const listener of listeners) listener(opened.savedClock);
      });
      const opened = new CollabProvider(socket, docId, doc);
      countErrors(opened);
      return {
        doc,
        synced: opened.whenSynced(),
        onConfirmed: (listener) => listeners.push(listener),
        allConfirmed: () => opened.saved,
        close() {
          opened.destroy();
          socket.close();
          doc.destroy();
        },
      };
    },
    async connect() {
      const socket = createCollabSocket(server.url, () => accessToken);
      await withTimeout(whenConnected(socket), 30_000, 'collab socket connect');
      const opened: { provider: CollabProvider; doc: Y.Doc }[] = [];
      return {
        async open(docId) {
          const doc = new Y.Doc();
          const provider = new CollabProvider(socket, docId, doc);
          countErrors(provider);
          opened.push({ provider, doc });
          await withTimeout(provider.whenSynced(), 60_000, `sync of ${docId}`);
          return doc;
        },
        close() {
          for (const { provider, doc } of opened) {
            provider.destroy();
            doc.destroy();
          }
          socket.close();
        },
      };
    },
    async seedDocument(docId, updates) {
      // What CollabRepository.appendBatch leaves behind: one record per update.
      const collection = database.collection<{ docId: string; update: Buffer }>('collab_updates');
      await collection.insertMany(
        updates.map((update) => ({ docId, update: Buffer.from(update.buffer, update.byteOffset, update.byteLength) })),
      );
      return { records: updates.length };
    },
    async loadStored(docId) {
      const doc = new Y.Doc();
      const snapshot = await database
        .collection<{ _id: string; state: Binary }>('collab_snapshots')
        .findOne({ _id: docId });
      const log = await database
        .collection<{ docId: string; update: Binary }>('collab_updates')
        .find({ docId })
        .toArray();
      Y.transact(doc, () => {
        if (snapshot) Y.applyUpdate(doc, snapshot.state.buffer);
        for (const record of log) Y.applyUpdate(doc, record.update.buffer);
      });
      return doc;
    },
    errors: () => errors,
    dbCpuMs: () => processTreeCpuMs(db.pid),
    async stop() {
      await server.stop();
      await mongo.close();
      await db.destroy();
    },
  };
}

function hocuspocusSocket(url: string): HocuspocusProviderWebsocket {
  return new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, maxAttempts: 3 });
}

/** Hocuspocus 3 in a child process over its own FerretDB. */
export async function startHocuspocus(): Promise<Target> {
  const db = await startTestDatabase();
  const server = await BenchServer.start('servers/hocuspocus-server.ts', {
    MONGODB_URI: db.uri,
    PORT: String(await findFreePort()),
  });
  const mongo = await MongoClient.connect(db.uri);
  const documents = mongo.db().collection<HocuspocusRecord>(HOCUSPOCUS_COLLECTION);
  let errors = 0;

  const openProvider = (socket: HocuspocusProviderWebsocket, docId: string, doc: Y.Doc) => {
    const provider = new HocuspocusProvider({ websocketProvider: socket, name: docId, document: doc });
    provider.on('authenticationFailed', () => (errors += 1));
    provider.attach();
    const synced = new Promise<void>((resolve) => {
      const check = () => {
        if (provider.isSynced && provider.unsyncedChanges === 0) resolve();
      };
      provider.on('synced', check);
      provider.on('unsyncedChanges', check);
      check();
    });
    return { provider, synced };
  };

  return {
    name: 'hocuspocus',
    label: 'Hocuspocus 3 (ws + Database ext.)',
    confirmation: 'acknowledged on receipt (SyncStatus); stored later, debounced 2 s',
    server,
    docId: (group, room) => `bench:${group}:${room}`,
    open(docId) {
      const socket = hocuspocusSocket(server.url);
      const doc = new Y.Doc();
      const { provider, synced } = openProvider(socket, docId, doc);
      // The provider counts unconfirmed updates; each SyncStatus confirms the oldest one.
      const sent: number[] = [];
      const listeners: ((clock: number) => void)[] = [];
      let outstanding = provider.unsyncedChanges;
      doc.on('update', (_update: Uint8Array, origin: unknown) => {
        if (origin !== provider) sent.push(Y.getState(doc.store, doc.clientID));
      });
      provider.on('unsyncedChanges', ({ number }: { number: number }) => {
        let confirmed = -1;
        for (let n = number; n < outstanding; n += 1) confirmed = sent.shift() ?? confirmed;
        outstanding = number;
        if (confirmed >= 0) for (const listener of listeners) listener(confirmed);
      });
      return {
        doc,
        synced,
        onConfirmed: (listener) => listeners.push(listener),
        allConfirmed: () => provider.unsyncedChanges === 0,
        close() {
          provider.destroy();
          socket.destroy();
          doc.destroy();
        },
      };
    },
    async connect() {
      const socket = hocuspocusSocket(server.url);
      await withTimeout(
        new Promise<void>((resolve) => {
          if (socket.status === WebSocketStatus.Connected) resolve();
          else
            socket.on(
              'status',
              ({ status }: { status: WebSocketStatus }) => status === WebSocketStatus.Connected && resolve(),
            );
        }),
        30_000,
        'hocuspocus socket connect',
      );
      const opened: { provider: HocuspocusProvider; doc: Y.Doc }[] = [];
      return {
        async open(docId) {
          const doc = new Y.Doc();
          const { provider, synced } = openProvider(socket, docId, doc);
          opened.push({ provider, doc });
          await withTimeout(synced, 60_000, `sync of ${docId}`);
          return doc;
        },
        close() {
          for (const { provider, doc } of opened) {
            provider.destroy();
            doc.destroy();
          }
          socket.destroy();
        },
      };
    },
    async seedDocument(docId, updates) {
      // Hocuspocus keeps one record with the whole state per document: what its `store` would write.
      const doc = new Y.Doc();
      Y.transact(doc, () => {
        for (const update of updates) Y.applyUpdate(doc, update);
      });
      const state = Y.encodeStateAsUpdate(doc);
      doc.destroy();
      await documents.insertOne({ name: docId, state: new Binary(state), updatedAt: new Date() });
      return { records: 1 };
    },
    async loadStored(docId) {
      const doc = new Y.Doc();
      const row = await documents.findOne({ name: docId });
      if (row) Y.applyUpdate(doc, row.state.buffer);
      return doc;
    },
    errors: () => errors,
    dbCpuMs: () => processTreeCpuMs(db.pid),
    async stop() {
      await server.stop();
      await mongo.close();
      await db.destroy();
    },
  };
}
