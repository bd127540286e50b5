import { ErrorCode, userRoom, type SocketErrorData, type User } from '@leernetwerk/shared';
import type { Namespace, Socket } from 'socket.io';
import type { SocketData } from './socket-middleware';

/** The sockets of one person connected to this process, on one namespace. */
export function localSocketsOf<S extends Socket>(namespace: Namespace, userId: string): S[] {
  const ids = namespace.adapter.rooms.get(userRoom(userId)) ?? new Set<string>();
  return [...ids].flatMap((id) => {
    const socket = namespace.sockets.get(id);
    return socket ? [socket as S] : [];
  });
}

/** The sockets on this process that a login session opened. */
export function localSocketsOfSession<S extends Socket>(namespace: Namespace, sessionId: string): S[] {
  return [...namespace.sockets.values()].filter((socket) => (socket.data as SocketData).sessionId === sessionId) as S[];
}

export const SESSION_ENDED: SocketErrorData = {
  code: ErrorCode.SessionEnded,
  message: 'This login session has ended; log in again',
};

/** Tells each socket why (`farewell`), then closes it. */
export function closeSockets<S extends Socket>(
  sockets: S[],
  reason: SocketErrorData,
  farewell: (socket: S, reason: SocketErrorData) => void,
): void {
  for (const socket of sockets) {
    farewell(socket, reason);
    socket.disconnect(true);
  }
}

/** Why a person's connections end when their account changes; null while the account may stay connected. */
export function accountEnded(user: User | null): SocketErrorData | null {
  if (!user) return { code: ErrorCode.Unauthenticated, message: 'This account no longer exists' };
  if (user.disabled) return { code: ErrorCode.AccountDisabled, message: 'This account has been blocked' };
  return null;
}

/**
 * Applies a change of a person's account to their connections on this process: closed (after
 * `farewell` tells them why) when the account is gone or blocked, otherwise carrying the person
 * as they are now. Returns the sockets that stay.
 */
export function followAccount<S extends Socket>(
  namespace: Namespace,
  userId: string,
  user: User | null,
  farewell: (socket: S, reason: SocketErrorData) => void,
): S[] {
  const sockets = localSocketsOf<S>(namespace, userId);
  const ended = accountEnded(user);
  if (ended) {
    closeSockets(sockets, ended, farewell);
    return [];
  }
  for (const socket of sockets) (socket.data as SocketData).user = user!;
  return sockets;
}
