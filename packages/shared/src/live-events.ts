import { z } from 'zod';
import type { ErrorCode } from './errors';
import type { User } from './users';

/** Bumped when live or sync messages change incompatibly; clients send it in the handshake. */
export const PROTOCOL_VERSION = 1;

/** Socket.IO namespace for live events (presence, timers, votes, new posts). */
export const LIVE_NAMESPACE = '/live';

/** What a client sends as Socket.IO `auth` in the handshake. */
export const socketHandshakeAuthSchema = z.object({
  token: z.string().min(1).max(4096),
  protocolVersion: z.number().int(),
});
export type SocketHandshakeAuth = z.infer<typeof socketHandshakeAuthSchema>;

/** `data` of a refused handshake's `connect_error`. */
export interface SocketErrorData {
  code: ErrorCode;
  message: string;
}

export interface ServerToClientEvents {
  /** Sent once after a successful handshake: who the server thinks you are. */
  session: (payload: { user: User; protocolVersion: number }) => void;
  /** Sent when a handler refuses a message. */
  error: (payload: SocketErrorData) => void;
  /** Colleagues of your organisation who are online now, on any server process. */
  'presence:organisation': (payload: OrganisationPresence) => void;
}

export interface OrganisationPresence {
  online: { id: string; name: string }[];
}

/** Client-to-server events; filled by later features. */
export interface ClientToServerEvents {
  /** Liveness probe; acknowledged with the server time so clients can correct clock offset. */
  ping: (ack: (payload: { serverTime: number }) => void) => void;
}
