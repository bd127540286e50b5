import { findFreePort } from '@leernetwerk/embedded-db';
import * as Y from 'yjs';
import { login } from '../support/api-client';
import { eventually, openCollabClient, type CollabClient } from '../support/collab-clients';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { startTestDatabase, type TestDatabase } from '../support/test-database';

const JWT_SECRET = 'durability-test-secret-of-at-least-32-chars';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let db: TestDatabase;
let server: ServerProcess | undefined;
let env: Record<string, string>;

beforeAll(async () => {
  db = await startTestDatabase();
  env = { MONGODB_URI: db.uri, JWT_SECRET, PORT: String(await findFreePort()), DATA_DIR: db.dataDir };
});

afterAll(async () => {
  await server?.stop('SIGKILL');
  await db.destroy();
});

interface Writer {
  client: CollabClient;
  /** Each token with this client's clock right after it was added. */
  written: { token: string; clock: number }[];
  /** Tokens the server confirmed as stored at some moment. */
  acked: Set<string>;
}

function recordAcks(writer: Writer): void {
  const saved = writer.client.provider.savedClock;
  for (const { token, clock } of writer.written) if (clock <= saved) writer.acked.add(token);
}

describe('durability', () => {
  it('keeps every acknowledged update when the server is killed (SIGKILL) under edit load', async () => {
    server = await startServerProcess(env);
    const { accessToken, user } = await login(server.url, 'ambassadeur@demo.nl');
    const docId = `org:${user.organisationId}:notes`;
    const url = server.url;
    const writers: Writer[] = Array.from({ length: 5 }, () => ({
      client: openCollabClient(url, accessToken, docId),
      written: [],
      acked: new Set(),
    }));
    let writing = true;
    const load = Promise.all(
      writers.map(async (writer, index) => {
        for (let n = 0; writing; n += 1) {
          const token = `${index}:${n}`;
          writer.client.doc.getArray<string>('log').push([token]);
          writer.written.push({ token, clock: Y.getState(writer.client.doc.store, writer.client.doc.clientID) });
          recordAcks(writer);
          await sleep(3);
        }
      }),
    );

    for (let kill = 0; kill < 3; kill += 1) {
      await sleep(400 + Math.random() * 800);
      writers.forEach(recordAcks);
      await server.stop('SIGKILL');
      server = await startServerProcess(env);
    }
    await sleep(500);
    writing = false;
    await load;
    await Promise.all(writers.map((w) => w.client.provider.whenSaved()));
    writers.forEach(recordAcks);
    await server.stop('SIGKILL');
    for (const writer of writers) writer.client.close();

    server = await startServerProcess(env);
    const reader = openCollabClient(server.url, (await login(server.url, 'ambassadeur@demo.nl')).accessToken, docId);
    try {
      await reader.provider.whenSynced();
      await eventually(() => reader.doc.getArray('log').length > 0, 'the stored log');
      const stored = new Set(reader.doc.getArray<string>('log').toArray());
      const acked = writers.flatMap((w) => [...w.acked]);
      const lost = acked.filter((token) => !stored.has(token));
      console.log(
        `durability: ${acked.length} updates acknowledged, ${stored.size} found after restart, lost ${lost.length}`,
      );
      expect(acked.length).toBeGreaterThan(100);
      expect(lost).toEqual([]);
    } finally {
      reader.close();
    }
  }, 120_000);
});
