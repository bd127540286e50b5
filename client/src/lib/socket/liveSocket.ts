import {
  LIVE_NAMESPACE,
  PROTOCOL_VERSION,
  type ClientToServerEvents,
  type ServerToClientEvents,
  type SocketHandshakeAuth,
} from '@leernetwerk/shared';
import { io, type Socket } from 'socket.io-client';
import msgpackParser from 'socket.io-msgpack-parser';
import { session } from '../auth/session';
import { loginNoLongerHolds } from './socketErrorCode';

export type LiveStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'offline';

type StatusListener = (status: LiveStatus) => void;

const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(LIVE_NAMESPACE, {
  autoConnect: false,
  // The server speaks MessagePack on every namespace (Yjs frames travel as raw binary).
  parser: msgpackParser,
  transports: ['websocket'],
  // A function, so every (re)connect sends the newest access token.
  auth: (send) => {
    const auth: SocketHandshakeAuth = { token: session.getAccessToken() ?? '', protocolVersion: PROTOCOL_VERSION };
    send(auth);
  },
});

let status: LiveStatus = 'idle';
let refreshedSinceConnect = false;
const listeners = new Set<StatusListener>();

function setStatus(next: LiveStatus): void {
  status = next;
  listeners.forEach((listener) => listener(status));
}

socket.on('connect', () => {
  refreshedSinceConnect = false;
  setStatus('connected');
});

socket.on('session', ({ user }) => session.updateUser(user));

socket.on('disconnect', (reason) => {
  if (reason === 'io client disconnect') return setStatus('idle');
  setStatus('reconnecting');
  // After a server-side disconnect Socket.IO does not reconnect by itself.
  if (reason === 'io server disconnect') socket.connect();
});

socket.io.on('reconnect_attempt', () => setStatus('reconnecting'));

socket.on('connect_error', (error) => {
  // A refused handshake stops automatic retries; transport errors keep retrying (socket.active).
  if (socket.active) return setStatus('reconnecting');
  if (loginNoLongerHolds(error) && !refreshedSinceConnect) {
    refreshedSinceConnect = true;
    setStatus('reconnecting');
    void session.refresh().then((ok) => {
      if (ok) socket.connect();
    });
    return;
  }
  setStatus('offline');
});

// The live connection follows the session: open while logged in, closed otherwise.
session.subscribe((state) => {
  if (state.status === 'authenticated' && !socket.connected && !socket.active) {
    setStatus('connecting');
    socket.connect();
  } else if (state.status !== 'authenticated' && status !== 'idle') {
    socket.disconnect();
    setStatus('idle');
  }
});

/** The typed live socket and its connection status; the only way into the live connection. */
export const live = {
  socket,
  getStatus: (): LiveStatus => status,
  subscribe: (listener: StatusListener): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
