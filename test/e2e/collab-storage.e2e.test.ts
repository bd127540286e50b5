import { getConnectionToken } from '@nestjs/mongoose';
import { CollabRepository } from '@leernetwerk/server/collab/collab.repository';
import { DocumentStorage } from '@leernetwerk/server/collab/document-storage';
import type { Connection } from 'mongoose';
import * as Y from 'yjs';
import { startTestApp, type TestApp } from '../support/test-app';

// How shared documents are stored, against the real database: every update is its own small record
// (no record grows with the document), compaction folds them into the snapshot and removes exactly
// those, and a log record left by an earlier version is read and then folded in too.

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});

afterAll(async () => {
  await t.close();
});

const collection = (name: string) => t.app.get<Connection>(getConnectionToken()).collection(name);

/** An update that appends `text` to the document's `default` text, from a fresh client. */
function edit(text: string, after?: Y.Doc): { update: Uint8Array; doc: Y.Doc } {
  const doc = new Y.Doc();
  if (after) Y.applyUpdate(doc, Y.encodeStateAsUpdate(after));
  const before = Y.encodeStateVector(doc);
  doc.getText('default').insert(doc.getText('default').length, text);
  return { update: Y.encodeStateAsUpdate(doc, before), doc };
}

describe('shared-document storage', () => {
  it('appends each update as its own record and folds exactly the ones it read into the snapshot', async () => {
    const repository = t.app.get(CollabRepository);
    const storage = t.app.get(DocumentStorage);
    const docId = 'bench:storage-append';
    const first = edit('Tafel een. ');
    const second = edit('Tafel twee. ', first.doc);
    // Two group commits, as two server processes would write them.
    await repository.appendBatch([{ docId, updates: [first.update] }]);
    await repository.appendBatch([{ docId, updates: [second.update] }]);
    expect(await collection('collab_updates').countDocuments({ docId })).toBe(2);

    const live = await storage.load(docId);
    expect(live.doc.getText('default').toString()).toBe('Tafel een. Tafel twee. ');
    // One more arrives from elsewhere after this process read the log; compaction keeps it.
    const late = edit('Later. ', second.doc);
    const read = await repository.loadLog(docId);
    await repository.appendBatch([{ docId, updates: [late.update] }]);
    await repository.saveSnapshot(docId, Y.encodeStateAsUpdate(live.doc), live.snapshotVersion);
    await repository.removeLog(docId, read.marker);
    expect(await collection('collab_updates').countDocuments({ docId })).toBe(1);

    const again = await storage.load(docId);
    expect(again.doc.getText('default').toString()).toBe('Tafel een. Tafel twee. Later. ');
    await storage.compact(again);
    expect(await collection('collab_updates').countDocuments({ docId })).toBe(0);
    expect((await storage.load(docId)).doc.getText('default').toString()).toBe('Tafel een. Tafel twee. Later. ');
  });

  it('reads a log record an earlier version left, and folds it into the snapshot on compaction', async () => {
    const storage = t.app.get(DocumentStorage);
    const repository = t.app.get(CollabRepository);
    const docId = 'bench:storage-legacy';
    const old = edit('Van voor de update. ');
    await collection('collab_logs').insertOne({
      _id: docId as never,
      updates: [Buffer.from(old.update)],
      appended: 1,
    });
    const newer = edit('Daarna geschreven.', old.doc);
    await repository.appendBatch([{ docId, updates: [newer.update] }]);

    const live = await storage.load(docId);
    expect(live.doc.getText('default').toString()).toBe('Van voor de update. Daarna geschreven.');
    await storage.compact(live);
    expect(await collection('collab_logs').countDocuments({ _id: docId as never })).toBe(0);
    expect(await collection('collab_updates').countDocuments({ docId })).toBe(0);
    expect((await storage.load(docId)).doc.getText('default').toString()).toBe(
      'Van voor de update. Daarna geschreven.',
    );
  });
});
