import { ErrorCode } from '@leernetwerk/shared';
import * as encoding from 'lib0/encoding';
import { messageYjsUpdate } from 'y-protocols/sync';
import * as Y from 'yjs';
import { LocalCollabFanout } from './collab-fanout';
import type { CollabRepository, LogBatchEntry, StoredDocument } from './collab.repository';
import { DocumentManager } from './document-manager';
import { DocumentStorage } from './document-storage';

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
      return Promise.resolve(entries.map((_, i) => `log-${log.length}-${i}`));
    },
    load: (docId: string): Promise<StoredDocument> =>
      Promise.resolve({
        snapshot: null,
        log: log.filter((e) => e.docId === docId).map((e, i) => ({ id: `l${i}`, updates: e.updates })),
      }),
    loadSnapshot: () => Promise.resolve(null),
    saveSnapshot: () => Promise.resolve(true),
    deleteLogEntries: () => Promise.resolve(),
  } as unknown as CollabRepository;
  return { repository, log, state };
}

function editOf(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
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
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(manager.isLoaded('org:x:notes')).toBe(false);
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
    expect(log).toHaveLength(0);
  });
});
