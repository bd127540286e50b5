import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { CollabLimits, ErrorCode } from '@leernetwerk/shared';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { ApiError } from '../common/api-error';
import { silentBroadcaster, type CollabBroadcaster } from './collab-broadcaster';
import { CollabFanout, type FanoutMessage } from './collab-fanout';
import { CollabRepository } from './collab.repository';
import { DocumentStorage } from './document-storage';
import { LiveDocument, PeerOrigin, REMOTE_ORIGIN } from './live-document';
import { PersistenceQueue } from './persistence-queue';
import { decodeSyncFrame, encodeSyncStep1, encodeSyncStep2, encodeUpdateFrame } from './sync-frames';

/** Logged updates after which a loaded document is compacted (keeps its log record small). */
const COMPACT_EVERY = 200;
const MAX_AWARENESS_BYTES = 64 * 1024;

export interface JoinedDocument {
  /** The server's state vector, for the client to answer with what the server lacks. */
  syncStep1: Uint8Array;
  /** Everyone's presence, or null when nobody else is there. */
  awareness: Uint8Array | null;
}

function isEmptyUpdate(update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  return structs.length === 0 && ds.clients.size === 0;
}

function malformed(what: string): ApiError {
  return new ApiError(ErrorCode.MalformedFrame, `Malformed ${what}`);
}

/**
 * The lifecycle of shared documents, independent of any transport:
 * authorise (by the caller) → load → sync → batched store → unload when the last client left
 * and everything is stored. Updates reach other clients at once and are acknowledged to their
 * sender only once stored.
 */
@Injectable()
export class DocumentManager implements OnModuleDestroy {
  private readonly logger = new Logger(DocumentManager.name);
  private readonly docs = new Map<string, LiveDocument>();
  private readonly loading = new Map<string, Promise<LiveDocument>>();
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly peerDocs = new Map<string, Set<string>>();
  private readonly queue: PersistenceQueue;
  private broadcaster: CollabBroadcaster = silentBroadcaster;

  constructor(
    private readonly storage: DocumentStorage,
    repository: CollabRepository,
    private readonly fanout: CollabFanout,
  ) {
    this.queue = new PersistenceQueue(
      (entries) => repository.appendBatch(entries),
      (docId, count) => this.stored(docId, count),
      (error) => this.logger.error(`Storing document updates failed; retrying: ${String(error)}`),
    );
    fanout.onMessage((message) => this.receiveRemote(message));
  }

  useBroadcaster(broadcaster: CollabBroadcaster): void {
    this.broadcaster = broadcaster;
  }

  isLoaded(docId: string): boolean {
    return this.docs.has(docId);
  }

  loadedCount(): number {
    return this.docs.size;
  }

  /**
   * A copy of a document's content for reading (exports): from memory when it is open here,
   * otherwise as stored. The copy is detached: changing it changes nothing.
   */
  async snapshotOf(docId: string): Promise<Y.Doc> {
    const live = this.docs.get(docId);
    const source = live ? live.doc : (await this.storage.load(docId)).doc;
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(source));
    return copy;
  }

  /**
   * A change made by the server itself (e.g. a tip promoted into a knowledge page): made on a copy,
   * then applied like a client's update, so open editors see it at once and it is stored before
   * this resolves.
   */
  async edit(docId: string, change: (doc: Y.Doc) => void): Promise<void> {
    const peerId = `server:${randomUUID()}`;
    await this.join(docId, peerId);
    try {
      const live = this.joined(docId, peerId);
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(live.doc));
      const before = Y.encodeStateVector(copy);
      change(copy);
      await this.applyUpdate(live, Y.encodeStateAsUpdate(copy, before), peerId);
      copy.destroy();
    } finally {
      this.leave(docId, peerId);
    }
  }

  async join(docId: string, peerId: string): Promise<JoinedDocument> {
    let live: LiveDocument | undefined;
    // An unload may finish while we wait; then the document is loaded afresh.
    while (!live || this.docs.get(docId) !== live) {
      await this.unloading.get(docId);
      live = await this.open(docId);
    }
    live.peers.add(peerId);
    let docs = this.peerDocs.get(peerId);
    if (!docs) this.peerDocs.set(peerId, (docs = new Set()));
    docs.add(docId);
    const states = [...live.awareness.getStates().keys()];
    return {
      syncStep1: encodeSyncStep1(Y.encodeStateVector(live.doc)),
      awareness: states.length > 0 ? awarenessProtocol.encodeAwarenessUpdate(live.awareness, states) : null,
    };
  }

  leave(docId: string, peerId: string): void {
    const live = this.docs.get(docId);
    this.peerDocs.get(peerId)?.delete(docId);
    if (!live?.peers.delete(peerId)) return;
    const clients = live.awarenessClients.get(peerId);
    live.awarenessClients.delete(peerId);
    if (clients?.size) awarenessProtocol.removeAwarenessStates(live.awareness, [...clients], new PeerOrigin(peerId));
    if (live.peers.size === 0) this.scheduleUnload(live);
  }

  leaveAll(peerId: string): void {
    for (const docId of [...(this.peerDocs.get(peerId) ?? [])]) this.leave(docId, peerId);
    this.peerDocs.delete(peerId);
  }

  /**
   * Handles one sync frame. Step 1 is answered with step 2; step 2 and updates are applied,
   * shown to the other clients at once, and the returned promise settles once they are stored.
   */
  async handleSync(docId: string, peerId: string, frame: Uint8Array, canWrite: boolean): Promise<Uint8Array | null> {
    const live = this.joined(docId, peerId);
    let message;
    try {
      message = decodeSyncFrame(frame);
    } catch {
      throw malformed('sync frame');
    }
    if (message.type === 'step1') {
      try {
        return encodeSyncStep2(Y.encodeStateAsUpdate(live.doc, message.stateVector));
      } catch {
        throw malformed('state vector');
      }
    }
    if (!canWrite) throw new ApiError(ErrorCode.ReadOnly, 'You may read this document but not change it');
    await this.applyUpdate(live, message.update, peerId);
    return null;
  }

  handleAwareness(docId: string, peerId: string, frame: Uint8Array): void {
    const live = this.joined(docId, peerId);
    if (frame.byteLength > MAX_AWARENESS_BYTES) throw new ApiError(ErrorCode.UpdateTooLarge, 'Presence too large');
    try {
      awarenessProtocol.applyAwarenessUpdate(live.awareness, frame, new PeerOrigin(peerId));
    } catch {
      throw malformed('awareness update');
    }
  }

  /** Stores everything still queued and lets running unloads (compactions) finish; used at shutdown. */
  async onModuleDestroy(): Promise<void> {
    await this.queue.drain();
    await Promise.allSettled([...this.unloading.values()]);
    await this.fanout.close();
  }

  private joined(docId: string, peerId: string): LiveDocument {
    const live = this.docs.get(docId);
    if (!live?.peers.has(peerId)) throw new ApiError(ErrorCode.NotJoined, 'Open the document first');
    return live;
  }

  private async applyUpdate(live: LiveDocument, update: Uint8Array, peerId: string): Promise<void> {
    if (update.byteLength > CollabLimits.maxUpdateBytes) {
      throw new ApiError(ErrorCode.UpdateTooLarge, `An update may be at most ${CollabLimits.maxUpdateBytes} bytes`);
    }
    if (live.approxBytes + update.byteLength > CollabLimits.maxDocumentBytes) {
      throw new ApiError(ErrorCode.DocumentTooLarge, 'This document has reached its maximum size');
    }
    try {
      // Decoding first rejects garbage before it can touch the document.
      Y.decodeUpdate(update);
      Y.applyUpdate(live.doc, update, new PeerOrigin(peerId));
    } catch {
      throw malformed('update');
    }
    live.approxBytes += update.byteLength;
    // The update as received is what gets stored: it is what the client was told is saved.
    // An empty one (a step 2 from a client with nothing new) needs no write.
    if (!isEmptyUpdate(update)) this.queue.enqueue(live.id, update);
    await this.queue.whenStored(live.id);
    // Other processes hear of it only once stored, so one that loads the document meanwhile
    // either reads it from the database or receives it here.
    this.fanout.publish({ docId: live.id, kind: 'update', payload: update });
  }

  private open(docId: string): Promise<LiveDocument> {
    const loaded = this.docs.get(docId);
    if (loaded) return Promise.resolve(loaded);
    let loading = this.loading.get(docId);
    if (!loading) {
      loading = this.load(docId).finally(() => this.loading.delete(docId));
      this.loading.set(docId, loading);
    }
    return loading;
  }

  private async load(docId: string): Promise<LiveDocument> {
    // Subscribe before reading, so nothing stored elsewhere in between goes unseen.
    await this.fanout.subscribe(docId);
    const live = await this.storage.load(docId);
    live.doc.on('update', (update: Uint8Array, origin: unknown) => {
      const except = origin instanceof PeerOrigin ? origin.peerId : undefined;
      this.broadcaster.sync(docId, encodeUpdateFrame(update), except);
    });
    live.awareness.on('update', (changes: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) =>
      this.awarenessChanged(live, changes, origin),
    );
    this.docs.set(docId, live);
    this.fanout.publish({ docId, kind: 'awareness-query', payload: new Uint8Array() });
    return live;
  }

  private awarenessChanged(
    live: LiveDocument,
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void {
    if (origin instanceof PeerOrigin) {
      let owned = live.awarenessClients.get(origin.peerId);
      if (!owned) live.awarenessClients.set(origin.peerId, (owned = new Set()));
      for (const id of [...added, ...updated]) owned.add(id);
      for (const id of removed) owned.delete(id);
    }
    const frame = awarenessProtocol.encodeAwarenessUpdate(live.awareness, [...added, ...updated, ...removed]);
    this.broadcaster.awareness(live.id, frame, origin instanceof PeerOrigin ? origin.peerId : undefined);
    if (origin !== REMOTE_ORIGIN) this.fanout.publish({ docId: live.id, kind: 'awareness', payload: frame });
  }

  private receiveRemote(message: FanoutMessage): void {
    const live = this.docs.get(message.docId);
    if (!live) return;
    try {
      switch (message.kind) {
        case 'update':
          Y.applyUpdate(live.doc, message.payload, REMOTE_ORIGIN);
          break;
        case 'awareness':
          awarenessProtocol.applyAwarenessUpdate(live.awareness, message.payload, REMOTE_ORIGIN);
          break;
        case 'awareness-query': {
          const states = [...live.awareness.getStates().keys()];
          if (states.length === 0) break;
          const payload = awarenessProtocol.encodeAwarenessUpdate(live.awareness, states);
          this.fanout.publish({ docId: live.id, kind: 'awareness', payload });
          break;
        }
      }
    } catch (error) {
      this.logger.warn(`Ignored a malformed message from another process: ${String(error)}`);
    }
  }

  private stored(docId: string, count: number): void {
    const live = this.docs.get(docId);
    if (!live) return;
    live.logLength += count;
    if (live.logLength >= COMPACT_EVERY) void this.storage.compact(live);
  }

  private scheduleUnload(live: LiveDocument): void {
    if (this.unloading.has(live.id)) return;
    const unload = (async () => {
      await this.queue.whenStored(live.id);
      if (live.peers.size > 0) return;
      // A document at rest is one snapshot, so it loads in one read.
      if (live.logLength > 0) await this.storage.compact(live);
      if (live.peers.size > 0 || this.queue.hasPending(live.id)) return;
      this.docs.delete(live.id);
      this.queue.release(live.id);
      live.destroy();
      await this.fanout.unsubscribe(live.id);
    })()
      .catch((error: unknown) => this.logger.warn(`Unloading ${live.id} failed: ${String(error)}`))
      .finally(() => this.unloading.delete(live.id));
    this.unloading.set(live.id, unload);
  }
}
