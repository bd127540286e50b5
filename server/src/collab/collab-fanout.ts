/** What crosses between server processes for a document. */
export type FanoutKind = 'update' | 'awareness' | 'awareness-query';

export interface FanoutMessage {
  docId: string;
  kind: FanoutKind;
  payload: Uint8Array;
}

/**
 * Carries document updates and awareness between server processes. With one process it does
 * nothing; with several it runs over Redis pub/sub (see RedisCollabFanout).
 */
export abstract class CollabFanout {
  abstract publish(message: FanoutMessage): void;
  /** Starts receiving a document's messages; resolves once the subscription is active. */
  abstract subscribe(docId: string): Promise<void>;
  abstract unsubscribe(docId: string): Promise<void>;
  abstract onMessage(handler: (message: FanoutMessage) => void): void;
  abstract close(): Promise<void>;
}

export class LocalCollabFanout extends CollabFanout {
  publish(): void {}
  subscribe(): Promise<void> {
    return Promise.resolve();
  }
  unsubscribe(): Promise<void> {
    return Promise.resolve();
  }
  onMessage(): void {}
  close(): Promise<void> {
    return Promise.resolve();
  }
}
