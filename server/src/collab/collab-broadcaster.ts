/** How the document manager reaches the clients connected to this process. */
export interface CollabBroadcaster {
  /** Sends a sync frame to every local client of the document except `exceptPeer`. */
  sync(docId: string, frame: Uint8Array, exceptPeer?: string): void;
  awareness(docId: string, frame: Uint8Array, exceptPeer?: string): void;
}

export const silentBroadcaster: CollabBroadcaster = { sync: () => undefined, awareness: () => undefined };
