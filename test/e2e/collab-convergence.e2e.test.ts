import { DocumentManager } from '@leernetwerk/server/collab/document-manager';
import { DocumentStorage } from '@leernetwerk/server/collab/document-storage';
import { login } from '../support/api-client';
import { eventually, openCollabClient, type CollabClient } from '../support/collab-clients';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});

afterAll(async () => {
  await t.close();
});

/** A small deterministic generator, so a failing run can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('twenty clients editing one document', () => {
  it('converge, with random disconnects and reconnects, and the stored document equals theirs', async () => {
    const seed = Date.now();
    const rnd = random(seed);
    const { accessToken, user } = await login(t.url, 'ambassadeur@demo.nl');
    const docId = `org:${user.organisationId}:notes`;
    const clients: CollabClient[] = Array.from({ length: 20 }, () => openCollabClient(t.url, accessToken, docId));
    try {
      await Promise.all(clients.map((c) => c.provider.whenSynced()));

      for (let round = 0; round < 40; round += 1) {
        for (const [index, client] of clients.entries()) {
          const text = client.doc.getText('body');
          const roll = rnd();
          if (roll < 0.6 || text.length === 0) {
            text.insert(Math.floor(rnd() * (text.length + 1)), `${index}.${round} `);
          } else if (roll < 0.85) {
            const at = Math.floor(rnd() * text.length);
            text.delete(at, Math.min(3, text.length - at));
          } else if (roll < 0.92 && client.socket.connected) {
            // A dropped connection: the client reconnects by itself and resends what was unsaved.
            client.socket.io.engine.close();
          } else if (client.socket.connected) {
            client.socket.disconnect();
          } else {
            client.socket.connect();
          }
        }
        await sleep(rnd() * 20);
      }
      for (const client of clients) if (!client.socket.active) client.socket.connect();
      await Promise.all(clients.map((c) => c.provider.whenSynced()));
      await Promise.all(clients.map((c) => c.provider.whenSaved()));

      const expected = () => clients[0]?.doc.getText('body').toString() ?? '';
      await eventually(
        () => clients.every((c) => c.doc.getText('body').toString() === expected()),
        `all clients to converge (seed ${seed})`,
        15_000,
      );
      expect(expected().length).toBeGreaterThan(0);
    } finally {
      for (const client of clients) client.close();
    }

    const finalText = clients[0]?.doc.getText('body').toString();
    await eventually(() => !t.app.get(DocumentManager).isLoaded(docId), 'the document to unload');
    const stored = await t.app.get(DocumentStorage).load(docId);
    expect(stored.doc.getText('body').toString()).toBe(finalText);
    stored.destroy();
  }, 60_000);
});
