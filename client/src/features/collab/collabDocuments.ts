import { CollabProvider, type CollabStatus } from '@leernetwerk/collab-client';
import type { CollabError, DocAccess, DocAccessChange } from '@leernetwerk/shared';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { collabSocket } from '../../lib/socket/collabSocket';
import { localCopies } from '../../lib/collab/localCopies';

/** How a person shows up to the others: in the list of who is here and on their caret. */
export interface CollabUser {
  name: string;
  color: string;
}

export interface Person extends CollabUser {
  clientId: number;
}

export interface CollabDocumentState {
  ydoc: Y.Doc;
  provider: CollabProvider;
  status: CollabStatus;
  /** True only when the server confirmed it stored every change made here. */
  saved: boolean;
  access: DocAccess | null;
  /** The last time the server changed what this person may do here while it was open, and why. */
  accessChange: DocAccessChange | null;
  error: CollabError | null;
  /** The others who have this document open now; not this tab. */
  people: readonly Person[];
}

function isCollabUser(value: unknown): value is CollabUser {
  if (typeof value !== 'object' || value === null) return false;
  const { name, color } = value as Record<string, unknown>;
  return typeof name === 'string' && typeof color === 'string';
}

function samePeople(a: readonly Person[], b: readonly Person[]): boolean {
  return (
    a.length === b.length &&
    a.every((p, i) => p.clientId === b[i]?.clientId && p.name === b[i].name && p.color === b[i].color)
  );
}

const CLOSE_DELAY_MS = 500;

/** One open document: its Y.Doc, the copy on this device (IndexedDB) and the server connection. */
class OpenDocument {
  readonly ydoc = new Y.Doc();
  readonly provider: CollabProvider;
  private state: CollabDocumentState;
  private readonly listeners = new Set<() => void>();
  private holders = 0;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(docId: string) {
    // Edits made offline are kept on this device and reach the server after the next connect.
    new IndexeddbPersistence(docId, this.ydoc);
    localCopies.remember(docId);
    this.provider = new CollabProvider(collabSocket(), docId, this.ydoc);
    this.provider.on('saved', (saved) => localCopies.setUnsaved(docId, !saved));
    this.state = { ...this.read(), error: null, accessChange: null, people: [] };
    this.provider.on('status', (status) => this.update(status === 'synced' ? { error: null } : {}));
    this.provider.on('saved', (saved) => this.update(saved ? { error: null } : {}));
    this.provider.on('error', (error) => this.update({ error }));
    this.provider.on('access', (accessChange) => this.update({ accessChange }));
    this.provider.awareness.on('change', () => this.update({ people: this.readPeople() }));
  }

  getState = (): CollabDocumentState => this.state;

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  hold(user: CollabUser): void {
    clearTimeout(this.closeTimer);
    this.holders += 1;
    this.provider.awareness.setLocalStateField('user', user);
  }

  /**
   * Closes a moment after the last holder lets go: a quick re-subscribe (StrictMode, a changed
   * name) keeps it open, and the editor on it is destroyed before the Y.Doc is.
   */
  release(onClosed: () => void): void {
    this.holders -= 1;
    if (this.holders > 0) return;
    this.closeTimer = setTimeout(() => {
      this.provider.destroy();
      // Destroying the Y.Doc also ends its IndexedDB persistence and the awareness timer.
      this.ydoc.destroy();
      onClosed();
    }, CLOSE_DELAY_MS);
  }

  private read() {
    const { status, saved, access } = this.provider;
    return { ydoc: this.ydoc, provider: this.provider, status, saved, access };
  }

  private readPeople(): readonly Person[] {
    const people: Person[] = [];
    this.provider.awareness.getStates().forEach((state, clientId) => {
      const user: unknown = state.user;
      if (clientId !== this.ydoc.clientID && isCollabUser(user)) people.push({ clientId, ...user });
    });
    people.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
    return samePeople(people, this.state.people) ? this.state.people : people;
  }

  private update(change: Partial<Pick<CollabDocumentState, 'error' | 'people' | 'accessChange'>>): void {
    const next = { ...this.state, ...this.read(), ...change };
    // Access decided again on a rejoin (after a reconnect) comes without a reason: an older
    // message would then contradict the editor ("you can write" over a read-only text).
    if (next.accessChange && next.accessChange.access !== next.access) next.accessChange = null;
    const changed = (Object.keys(next) as (keyof CollabDocumentState)[]).some((key) => next[key] !== this.state[key]);
    if (!changed) return;
    this.state = next;
    this.listeners.forEach((listener) => listener());
  }
}

const documents = new Map<string, OpenDocument>();

/**
 * The shared documents open in this tab, each opened once however many components show it.
 * Subscribing opens a document and unsubscribing closes it, which fits `useSyncExternalStore`.
 */
export const collabDocuments = {
  subscribe(docId: string, user: CollabUser, listener: () => void): () => void {
    let document = documents.get(docId);
    if (!document) {
      document = new OpenDocument(docId);
      documents.set(docId, document);
    }
    const opened = document;
    opened.hold(user);
    const unsubscribe = opened.subscribe(listener);
    return () => {
      unsubscribe();
      opened.release(() => documents.delete(docId));
    };
  },

  getState(docId: string): CollabDocumentState | null {
    return documents.get(docId)?.getState() ?? null;
  },

  /** The user's rights changed (checked in, meeting closed): ask the server again. */
  refreshAccess(docId: string): void {
    documents.get(docId)?.getState().provider.refreshAccess();
  },
};
