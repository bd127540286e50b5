import { CollabLimits, ErrorCode } from '@leernetwerk/shared';
import * as encoding from 'lib0/encoding';
import { messageYjsUpdate } from 'y-protocols/sync';
import * as Y from 'yjs';
import { LocalCollabFanout } from './collab-fanout';
import type { CollabRepository, LogBatchEntry, StoredDocument } from './collab.repository';
import { DocumentManager } from './document-manager';
import { DocumentStorage } from './document-storage';
import { decodeSyncFrame, encodeSyncStep1 } from './sync-frames';

function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageYjsUpdate);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** An in-memory stand-in for the repository whose writes can be switched off (small-tier test). */
function fakeRepository() {
  const log: LogBatchEntry[] = [];
  const state = { failing: false };
  const repository = {
    appendBatch: (entries: LogBatchEntry[]) => {
      if (state.failing) return Promise.reject(new Error('database away'));
      log.push(...entries);
      return Promise.resolve();
    },
    load: (docId: string): Promise<StoredDocument> => {
      const updates = log.filter((e) => e.docId === docId).flatMap((e) => e.updates);
      return Promise.resolve({ snapshot: null, log: { updates, marker: { updateIds: [], legacyAppended: null } } });
    },
    loadLog: () => Promise.resolve({ updates: [], marker: { updateIds: [], legacyAppended: null } }),
    loadSnapshot: () => Promise.resolve(null),
    saveSnapshot: () => Promise.resolve(true),
    removeLog: () => Promise.resolve(),
  } as unknown as CollabRepository;
  return { repository, log, state };
}

function editOf(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

/** Unloading is asynchronous (it waits for storage); tests wait for it so no timers outlive them. */
async function unloaded(manager: DocumentManager, docId: string): Promise<void> {
  for (let i = 0; i < 100 && manager.isLoaded(docId); i += 1) await new Promise((r) => setTimeout(r, 10));
  expect(manager.isLoaded(docId)).toBe(false);
}

describe(DocumentManager.name, () => {
  it('acknowledges an update only once it is stored, and keeps the document while writes fail', async () => {
    const { repository, log, state } = fakeRepository();
    const manager = new DocumentManager(new DocumentStorage(repository), repository, new LocalCollabFanout());
    await manager.join('org:x:notes', 'peer-1');

    state.failing = true;
    let acknowledged = false;
    const ack = manager.handleSync('org:x:notes', 'peer-1', updateFrame(editOf('hallo')), true).then(() => {
      acknowledged = true;
    });
    manager.leave('org:x:notes', 'peer-1');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(acknowledged).toBe(false);
    expect(manager.isLoaded('org:x:notes')).toBe(true);

    state.failing = false;
    await ack;
    expect(log).toHaveLength(1);
    await unloaded(manager, 'org:x:notes');
  });

  it('refuses updates from a read-only peer and frames from a peer that did not join', async () => {
    const { repository, log } = fakeRepository();
    const manager = new DocumentManager(new DocumentStorage(repository), repository, new LocalCollabFanout());
    await manager.join('org:x:notes', 'reader');
    await expect(manager.handleSync('org:x:notes', 'reader', updateFrame(editOf('x')), false)).rejects.toMatchObject({
      code: ErrorCode.ReadOnly,
    });
    await expect(manager.handleSync('org:x:notes', 'stranger', updateFrame(editOf('x')), true)).rejects.toMatchObject({
      code: ErrorCode.NotJoined,
    });
    manager.leave('org:x:notes', 'reader');
    expect(log).toHaveLength(0);
    await unloaded(manager, 'org:x:notes');
  });

  it('refuses updates once the document reaches its maximum size, keeping what it had', async () => {
    const { repository } = fakeRepository();
    const manager = new DocumentManager(new DocumentStorage(repository), repository, new LocalCollabFanout());
    await manager.join('org:x:notes', 'writer');
    const chunk = 'x'.repeat(CollabLimits.maxUpdateBytes - 1_000);
    let accepted = 0;
    let refusal: unknown;
    for (let i = 0; i < 40 && !refusal; i += 1) {
      await manager
        .handleSync('org:x:notes', 'writer', updateFrame(editOf(chunk)), true)
        .then(() => (accepted += 1))
        .catch((error: unknown) => (refusal = error));
    }
    expect(refusal).toMatchObject({ code: ErrorCode.DocumentTooLarge });
    expect(accepted * chunk.length).toBeLessThanOrEqual(CollabLimits.maxDocumentBytes);

    // What the server holds is exactly the accepted edits.
    const step2 = await manager.handleSync(
      'org:x:notes',
      'writer',
      encodeSyncStep1(Y.encodeStateVector(new Y.Doc())),
      true,
    );
    const answer = decodeSyncFrame(step2 ?? new Uint8Array());
    const reader = new Y.Doc();
    if (answer.type === 'step2') Y.applyUpdate(reader, answer.update);
    manager.leave('org:x:notes', 'writer');
    expect(reader.getText('t').length).toBe(accepted * chunk.length);
    await unloaded(manager, 'org:x:notes');
  });
});
