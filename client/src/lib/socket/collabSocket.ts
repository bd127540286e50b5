import { createCollabSocket, type CollabSocket } from '@leernetwerk/collab-client';
import { session } from '../auth/session';
import { loginNoLongerHolds } from './socketErrorCode';

let socket: CollabSocket | null = null;
let refreshedSinceConnect = false;

function connectWhileLoggedIn(target: CollabSocket): void {
  if (session.getState().status === 'authenticated' && !target.connected && !target.active) target.connect();
}

function create(): CollabSocket {
  // Same origin as the page; Socket.IO shares one connection with the live socket.
  const created = createCollabSocket('', session.getAccessToken);
  created.on('connect', () => {
    refreshedSinceConnect = false;
  });
  created.on('disconnect', (reason) => {
    // After a server-side disconnect Socket.IO does not reconnect by itself.
    if (reason === 'io server disconnect') connectWhileLoggedIn(created);
  });
  created.on('connect_error', (error) => {
    // A refused handshake stops automatic retries; transport errors keep retrying (socket.active).
    if (created.active || !loginNoLongerHolds(error) || refreshedSinceConnect) return;
    refreshedSinceConnect = true;
    void session.refresh().then((ok) => {
      if (ok) connectWhileLoggedIn(created);
    });
  });
  session.subscribe((state) => {
    if (state.status === 'authenticated') connectWhileLoggedIn(created);
    else if (created.connected || created.active) created.disconnect();
  });
  return created;
}

/**
 * The one collab socket for every open document; the only way into it. Made on first use, so
 * only people who open a shared document hold the connection; from then on it follows the
 * session: open while logged in, closed otherwise.
 */
export function collabSocket(): CollabSocket {
  socket ??= create();
  connectWhileLoggedIn(socket);
  return socket;
}
