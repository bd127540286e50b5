import { ErrorCode, type SocketErrorData, type User } from '@leernetwerk/shared';
import type { Socket } from 'socket.io';
import { ApiError } from '../common/api-error';
import type { SocketAuthenticator } from './socket-authenticator';

export interface SocketData {
  user: User;
  /** The login session whose access token opened this socket; it closes when the session ends. */
  sessionId: string;
}

type ConnectError = Error & { data: SocketErrorData };

function toConnectError(error: unknown): ConnectError {
  const data: SocketErrorData =
    error instanceof ApiError
      ? { code: error.code, message: error.message }
      : { code: ErrorCode.Internal, message: 'Could not connect' };
  return Object.assign(new Error(data.message), { data });
}

/** Socket.IO middleware: a socket only connects with a valid token; the user lands in `socket.data`. */
export function authenticateSockets(authenticator: SocketAuthenticator) {
  return (socket: Socket, next: (error?: Error) => void): void => {
    authenticator.authenticate(socket.handshake.auth).then(
      ({ user, sessionId }) => {
        Object.assign(socket.data as SocketData, { user, sessionId });
        next();
      },
      (error: unknown) => next(toConnectError(error)),
    );
  };
}
