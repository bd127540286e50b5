import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { CollabFanout, type FanoutKind, type FanoutMessage } from './collab-fanout';

const KINDS: FanoutKind[] = ['update', 'awareness', 'awareness-query'];
const ORIGIN_BYTES = 16;

function channelOf(docId: string): string {
  return `collab:${docId}`;
}

/**
 * Redis pub/sub between server processes. A message is [kind byte][16-byte origin][payload],
 * binary, on a channel per document; a process ignores its own messages.
 */
export class RedisCollabFanout extends CollabFanout {
  private readonly origin = Buffer.from(randomUUID().replace(/-/g, ''), 'hex');
  private handler: (message: FanoutMessage) => void = () => undefined;

  constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
  ) {
    super();
    subscriber.on('messageBuffer', (channel: Buffer, data: Buffer) => this.receive(channel, data));
  }

  publish(message: FanoutMessage): void {
    const header = Buffer.alloc(1 + ORIGIN_BYTES);
    header[0] = KINDS.indexOf(message.kind);
    this.origin.copy(header, 1);
    void this.publisher
      .publish(channelOf(message.docId), Buffer.concat([header, message.payload]))
      .catch(() => undefined);
  }

  async subscribe(docId: string): Promise<void> {
    await this.subscriber.subscribe(channelOf(docId));
  }

  async unsubscribe(docId: string): Promise<void> {
    await this.subscriber.unsubscribe(channelOf(docId));
  }

  onMessage(handler: (message: FanoutMessage) => void): void {
    this.handler = handler;
  }

  async close(): Promise<void> {
    this.subscriber.disconnect();
    this.publisher.disconnect();
    return Promise.resolve();
  }

  private receive(channel: Buffer, data: Buffer): void {
    if (data.length < 1 + ORIGIN_BYTES || data.subarray(1, 1 + ORIGIN_BYTES).equals(this.origin)) return;
    const kind = KINDS[data[0] ?? -1];
    if (!kind) return;
    const docId = channel.toString().slice('collab:'.length);
    this.handler({ docId, kind, payload: new Uint8Array(data.subarray(1 + ORIGIN_BYTES)) });
  }
}
