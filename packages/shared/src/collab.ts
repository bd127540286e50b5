import { z } from 'zod';
import type { ErrorCode } from './errors';

/** Socket.IO namespace for Yjs document sync and awareness. */
export const COLLAB_NAMESPACE = '/collab';

/**
 * A document id names its owner, e.g. `org:<id>:notes`, `cafe:<id>:table:3`, `technology:<id>:page`.
 * Authorisation derives from that owner. Lower-case words, ids and numbers separated by colons.
 */
export const docIdSchema = z
  .string()
  .max(200)
  .regex(/^[a-z]+:[0-9a-f]{24}(:[a-z0-9-]{1,40})*$/, 'not a document id');
export type DocId = z.infer<typeof docIdSchema>;

export const CollabLimits = {
  /** Largest single Yjs update a client may send. */
  maxUpdateBytes: 256 * 1024,
  /** Largest stored document (snapshot plus log); edits beyond it are refused. */
  maxDocumentBytes: 8 * 1024 * 1024,
} as const;

export type DocAccess = 'read' | 'write';

/**
 * Why the server decided a person's access again while their document was open: their seat or the
 * round changed, the café or meeting moved on (ended, closed, opened), their attendance changed,
 * their roles changed, or their account was deleted or disabled.
 */
export type AccessChangeReason = 'seat' | 'state' | 'attendance' | 'role' | 'account';
export const accessChangeReasons = [
  'seat',
  'state',
  'attendance',
  'role',
  'account',
] as const satisfies readonly AccessChangeReason[];

/** Sent when what the person may do with an open document changed (e.g. writable → read-only). */
export interface DocAccessChange {
  access: DocAccess;
  reason: AccessChangeReason;
}

/** A refusal on the collab namespace; the document stays as it was. */
export interface CollabError {
  code: ErrorCode;
  message: string;
}

export type JoinResult = { ok: true; access: DocAccess } | { ok: false; error: CollabError };
export type FrameResult = { ok: true } | { ok: false; error: CollabError };

/** Binary frames travel as ArrayBuffer or Uint8Array (Node Buffer) depending on the platform. */
export type WireBytes = ArrayBuffer | Uint8Array;

/**
 * Frames are y-protocols messages: `doc:sync` carries sync step 1, step 2 and updates
 * (y-protocols/sync), `doc:awareness` carries awareness updates (y-protocols/awareness).
 */
export interface CollabClientToServerEvents {
  /** Opens a document; the server then sends its sync step 1. */
  'doc:join': (docId: string, ack: (result: JoinResult) => void) => void;
  'doc:leave': (docId: string) => void;
  /**
   * A sync message. For step 2 and updates the acknowledgement comes only after the changes are
   * stored in the database; a client shows "saved" on it and re-sends what was never acknowledged.
   */
  'doc:sync': (docId: string, frame: WireBytes, ack: (result: FrameResult) => void) => void;
  'doc:awareness': (docId: string, frame: WireBytes) => void;
}

export interface CollabServerToClientEvents {
  'doc:sync': (docId: string, frame: WireBytes) => void;
  'doc:awareness': (docId: string, frame: WireBytes) => void;
  /** The server dropped this client from a document (e.g. access withdrawn). */
  'doc:closed': (docId: string, error: CollabError) => void;
  /**
   * The client's access to an open document changed while it was open; from now on the server
   * treats its frames accordingly (a read-only client's edits are refused).
   */
  'doc:access': (docId: string, change: DocAccessChange) => void;
}
