import { CollabProvider, createCollabSocket, type CollabSocket } from '@leernetwerk/collab-client';
import * as Y from 'yjs';

export interface CollabClient {
  socket: CollabSocket;
  doc: Y.Doc;
  provider: CollabProvider;
  close(): void;
}

/** A Node client with its own socket, Y.Doc and provider for one document. */
export function openCollabClient(baseUrl: string, token: string, docId: string): CollabClient {
  const socket = createCollabSocket(baseUrl, () => token);
  const doc = new Y.Doc();
  const provider = new CollabProvider(socket, docId, doc);
  return {
    socket,
    doc,
    provider,
    close() {
      provider.destroy();
      socket.close();
      doc.destroy();
    },
  };
}

/** Resolves once `check` holds, polling briefly; rejects with `what` after the timeout. */
export async function eventually(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
