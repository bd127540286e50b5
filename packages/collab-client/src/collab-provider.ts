import type { CollabError, DocAccess, DocAccessChange, FrameResult, JoinResult } from '@leernetwerk/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { ObservableV2 } from 'lib0/observable';
import * as awarenessProtocol from 'y-protocols/awareness';
import { messageYjsSyncStep1, messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync';
import * as Y from 'yjs';
import { toBytes, toWire } from './bytes';
import type { CollabSocket } from './collab-socket';

/** `connecting`: waiting for the server; `synced`: up to date and live; `offline`: edits stay local. */
export type CollabStatus = 'connecting' | 'synced' | 'offline';

export interface CollabProviderEvents {
  status: (status: CollabStatus) => void;
  /** `true` once the server has stored every local change, `false` while some are not yet stored. */
  saved: (saved: boolean) => void;
  error: (error: CollabError) => void;
  /** The server decided again what this person may do while the document was open. */
  access: (change: DocAccessChange) => void;
}

function frame(type: number, payload: Uint8Array): ArrayBuffer {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  encoding.writeVarUint8Array(encoder, payload);
  return toWire(encoding.toUint8Array(encoder));
}

/**
 * Keeps one Y.Doc in sync with the server over a shared collab socket. Local changes go out at
 * once and count as saved only when the server acknowledges that it stored them. After a
 * reconnect the server's state vector tells what it lacks, and exactly that is sent again, so
 * edits made offline or lost in flight are never dropped (Yjs makes the repeats harmless).
 */
export class CollabProvider extends ObservableV2<CollabProviderEvents> {
  readonly awareness: awarenessProtocol.Awareness;
  status: CollabStatus = 'connecting';
  access: DocAccess | null = null;
  /** Highest clock of this client's own changes that the server confirmed stored. */
  savedClock = 0;
  private joined = false;
  private readonly ownsAwareness: boolean;
  private inFlight = 0;
  private dirty = false;
  private syncedWaiters: (() => void)[] = [];
  private savedWaiters: (() => void)[] = [];

  constructor(
    private readonly socket: CollabSocket,
    readonly docId: string,
    readonly doc: Y.Doc,
    awareness?: awarenessProtocol.Awareness,
  ) {
    super();
    this.ownsAwareness = !awareness;
    this.awareness = awareness ?? new awarenessProtocol.Awareness(doc);
    doc.on('update', this.onLocalUpdate);
    this.awareness.on('update', this.onLocalAwareness);
    socket.on('connect', this.join);
    socket.on('disconnect', this.onDisconnect);
    socket.on('doc:sync', this.onSync);
    socket.on('doc:awareness', this.onAwareness);
    socket.on('doc:closed', this.onClosed);
    socket.on('doc:access', this.onAccess);
    if (socket.connected) this.join();
    else this.setStatus(socket.active ? 'connecting' : 'offline');
  }

  /**
   * Asks the server again what this user may do (e.g. after checking in to a meeting, which makes
   * its minutes writable); the document stays open meanwhile.
   */
  refreshAccess(): void {
    if (this.socket.connected) this.join();
  }

  get saved(): boolean {
    return this.inFlight === 0 && !this.dirty;
  }

  whenSynced(): Promise<void> {
    if (this.status === 'synced') return Promise.resolve();
    return new Promise((resolve) => this.syncedWaiters.push(resolve));
  }

  whenSaved(): Promise<void> {
    if (this.saved) return Promise.resolve();
    return new Promise((resolve) => this.savedWaiters.push(resolve));
  }

  override destroy(): void {
    awarenessProtocol.removeAwarenessStates(this.awareness, [this.doc.clientID], 'destroy');
    if (this.joined && this.socket.connected) this.socket.emit('doc:leave', this.docId);
    this.doc.off('update', this.onLocalUpdate);
    this.awareness.off('update', this.onLocalAwareness);
    this.socket.off('connect', this.join);
    this.socket.off('disconnect', this.onDisconnect);
    this.socket.off('doc:sync', this.onSync);
    this.socket.off('doc:awareness', this.onAwareness);
    this.socket.off('doc:closed', this.onClosed);
    this.socket.off('doc:access', this.onAccess);
    if (this.ownsAwareness) this.awareness.destroy();
    super.destroy();
  }

  private readonly join = (): void => {
    this.setStatus('connecting');
    this.socket.emit('doc:join', this.docId, (result: JoinResult) => {
      if (!result.ok) {
        this.setStatus('offline');
        this.emit('error', [result.error]);
        return;
      }
      this.joined = true;
      this.setAccess(result.access);
      this.socket.emit(
        'doc:sync',
        this.docId,
        frame(messageYjsSyncStep1, Y.encodeStateVector(this.doc)),
        () => undefined,
      );
      if (this.awareness.getLocalState() !== null) {
        this.socket.emit(
          'doc:awareness',
          this.docId,
          toWire(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.doc.clientID])),
        );
      }
    });
  };

  private readonly onDisconnect = (): void => {
    this.joined = false;
    // Acknowledgements of the old connection will never come: everything unconfirmed is resent
    // after the reconnect, when the server's state vector shows what it lacks.
    if (this.inFlight > 0) this.dirty = true;
    this.inFlight = 0;
    const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.doc.clientID);
    awarenessProtocol.removeAwarenessStates(this.awareness, others, this);
    this.setStatus('offline');
  };

  private readonly onClosed = (docId: string, error: CollabError): void => {
    if (docId !== this.docId) return;
    this.joined = false;
    // No access any more: the editor must not take edits that can never be stored.
    this.access = null;
    this.setStatus('offline');
    this.emit('error', [error]);
  };

  private readonly onAccess = (docId: string, change: DocAccessChange): void => {
    if (docId !== this.docId) return;
    this.setAccess(change.access);
    this.emit('access', [change]);
  };

  private setAccess(access: DocAccess): void {
    this.access = access;
    if (access === 'read' && this.dirty) {
      // Changes a reader made locally are never sent, so they are not "unsaved" either.
      this.dirty = false;
      this.emit('saved', [true]);
    }
  }

  private readonly onSync = (docId: string, data: unknown): void => {
    const bytes = toBytes(data);
    if (docId !== this.docId || !bytes) return;
    const decoder = decoding.createDecoder(bytes);
    const type = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    switch (type) {
      case messageYjsSyncStep1:
        // The server's state vector: answer with everything it lacks (offline edits included).
        this.sendUpdate(messageYjsSyncStep2, Y.encodeStateAsUpdate(this.doc, payload), true);
        break;
      case messageYjsSyncStep2:
        Y.applyUpdate(this.doc, payload, this);
        this.setStatus('synced');
        break;
      case messageYjsUpdate:
        Y.applyUpdate(this.doc, payload, this);
        break;
    }
  };

  private readonly onAwareness = (docId: string, data: unknown): void => {
    const bytes = toBytes(data);
    if (docId === this.docId && bytes) awarenessProtocol.applyAwarenessUpdate(this.awareness, bytes, this);
  };

  private readonly onLocalUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this) return;
    if (this.joined && this.socket.connected) this.sendUpdate(messageYjsUpdate, update, false);
    else this.markDirty();
  };

  private readonly onLocalAwareness = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (origin === this || !this.joined || !this.socket.connected) return;
    const changed = [...added, ...updated, ...removed];
    this.socket.emit(
      'doc:awareness',
      this.docId,
      toWire(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)),
    );
  };

  private sendUpdate(type: number, update: Uint8Array, coversEverything: boolean): void {
    if (this.access !== 'write') return;
    const clock = Y.getState(this.doc.store, this.doc.clientID);
    if (coversEverything) this.dirty = false;
    this.inFlight += 1;
    this.emit('saved', [false]);
    this.socket.emit('doc:sync', this.docId, frame(type, update), (result: FrameResult) => {
      this.inFlight = Math.max(0, this.inFlight - 1);
      if (result.ok) {
        this.savedClock = Math.max(this.savedClock, clock);
      } else {
        // Refused (read-only, too large, ...): the change stays local and unsaved.
        this.dirty = true;
        this.emit('error', [result.error]);
      }
      if (this.saved) {
        this.emit('saved', [true]);
        for (const resolve of this.savedWaiters.splice(0)) resolve();
      }
    });
  }

  private markDirty(): void {
    if (this.dirty || this.access === 'read') return;
    this.dirty = true;
    this.emit('saved', [false]);
  }

  private setStatus(status: CollabStatus): void {
    if (status === this.status) return;
    this.status = status;
    this.emit('status', [status]);
    if (status === 'synced') for (const resolve of this.syncedWaiters.splice(0)) resolve();
  }
}
