import { EventEmitter } from 'node:events';
import { ErrorCode, FrameLimits, type SocketErrorData } from '@leernetwerk/shared';
import msgpackParser from 'socket.io-msgpack-parser';
import { EventBudget } from './event-budget';
import { inspectPacket, PacketType, type DecodedPacket, type ServedNamespaces } from './inspect-packet';

/** The part of an Engine.IO connection the guard uses to answer and hang up. */
export interface GuardedConnection {
  readonly remoteAddress: string;
  write(data: Buffer): unknown;
  close(): void;
}

export interface RefusedFrame {
  code: SocketErrorData['code'];
  reason: string;
  namespace: string;
  remoteAddress: string;
}

/** A namespace name worth echoing back in a refusal (a hostile one may be a megabyte long). */
const MAX_ECHOED_NAMESPACE = 64;

const encoder = new msgpackParser.Encoder();
const encode = (packet: DecodedPacket): Buffer => (encoder.encode(packet) as unknown as Buffer[])[0]!;

/**
 * Decodes one connection's packets with Socket.IO's MessagePack parser and lets through only what
 * the namespaces serve, within the connection's event budget. A refused packet never reaches
 * Socket.IO; the client hears why (a CONNECT_ERROR with a stable code on each of its namespaces)
 * and the connection is closed. Everything else on the server carries on.
 */
export class GuardedDecoder extends EventEmitter {
  private readonly inner = new msgpackParser.Decoder();
  private readonly namespaces = new Set<string>();
  private readonly events = new EventBudget(FrameLimits.eventBurst, FrameLimits.eventsPerSecond, Date.now());
  private readonly opens = new EventBudget(FrameLimits.opensBurst, FrameLimits.opensPerSecond, Date.now());
  private closed = false;

  constructor(
    private readonly connection: GuardedConnection | null,
    private readonly served: ServedNamespaces,
    private readonly onRefused: (frame: RefusedFrame) => void,
  ) {
    super();
  }

  add(chunk: unknown): void {
    if (this.closed) return;
    const decoded: DecodedPacket[] = [];
    const collect = (packet: DecodedPacket) => decoded.push(packet);
    this.inner.on('decoded', collect);
    try {
      this.inner.add(chunk);
    } catch {
      return this.refuse('/', ErrorCode.MalformedFrame, 'not a Socket.IO packet');
    } finally {
      this.inner.removeListener('decoded', collect);
    }
    for (const packet of decoded) if (!this.closed) this.admit(packet);
  }

  destroy(): void {
    this.closed = true;
    this.inner.destroy();
  }

  private admit(packet: DecodedPacket): void {
    const verdict = inspectPacket(packet, this.served);
    if (!verdict.ok) return this.refuse(packet.nsp, ErrorCode.FrameRefused, verdict.refusal);
    const now = Date.now();
    if (verdict.event && (!this.events.take(now) || (verdict.event.opens && !this.opens.take(now)))) {
      return this.refuse(packet.nsp, ErrorCode.RateLimited, 'too many events');
    }
    if (packet.type === PacketType.Connect) this.namespaces.add(packet.nsp);
    if (packet.type === PacketType.Disconnect) this.namespaces.delete(packet.nsp);
    this.emit('decoded', packet);
  }

  private refuse(namespace: string, code: SocketErrorData['code'], reason: string): void {
    this.closed = true;
    const remoteAddress = this.connection?.remoteAddress ?? 'unknown';
    this.onRefused({ code, reason, namespace: namespace.slice(0, MAX_ECHOED_NAMESPACE), remoteAddress });
    if (!this.connection) throw new Error(`Refused a socket packet: ${reason}`);
    const told = new Set(this.namespaces);
    if (namespace.length <= MAX_ECHOED_NAMESPACE) told.add(namespace);
    const error: SocketErrorData = { code, message: `This connection sent a packet the server refuses: ${reason}` };
    for (const nsp of told) {
      this.connection.write(
        encode({ type: PacketType.ConnectError, nsp, data: { message: error.message, data: error } }),
      );
    }
    // Closing after the writes: Engine.IO flushes what is buffered before it hangs up.
    this.connection.close();
  }
}

export interface GuardedParser {
  protocol: number;
  Encoder: typeof msgpackParser.Encoder;
  Decoder: new () => GuardedDecoder;
  /** Call as Engine.IO accepts a connection, before Socket.IO sees it. */
  acceptConnection(connection: GuardedConnection | null): void;
}

/**
 * The parser for Socket.IO's `parser` option. Socket.IO makes one decoder per connection without
 * telling it which; `acceptConnection` hands the connection over in the moment between Engine.IO
 * accepting it and Socket.IO building its decoder (both synchronous, in that order).
 */
export function createGuardedParser(served: ServedNamespaces, onRefused: (frame: RefusedFrame) => void): GuardedParser {
  let arriving: GuardedConnection | null = null;
  return {
    protocol: msgpackParser.protocol,
    Encoder: msgpackParser.Encoder,
    Decoder: class extends GuardedDecoder {
      constructor() {
        super(arriving, served, onRefused);
      }
    },
    acceptConnection(connection) {
      arriving = connection;
    },
  };
}
