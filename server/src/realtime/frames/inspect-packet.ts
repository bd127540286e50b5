import { FrameLimits, type ClientEventShape } from '@leernetwerk/shared';

/** Socket.IO packet types (socket.io-protocol v5). */
export const PacketType = { Connect: 0, Disconnect: 1, Event: 2, Ack: 3, ConnectError: 4 } as const;

/** A packet as the MessagePack parser decodes it, after its own type and namespace checks. */
export interface DecodedPacket {
  type: number;
  nsp: string;
  data?: unknown;
  id?: number;
}

export type ServedNamespaces = Readonly<Record<string, Readonly<Record<string, ClientEventShape>>>>;

/** Why a packet was refused; the client is told in the message, the code is always FRAME_REFUSED. */
export type PacketRefusal =
  | 'namespace-not-served'
  | 'packet-type-not-accepted'
  | 'event-not-served'
  | 'too-many-arguments'
  | 'too-deep'
  | 'too-many-values'
  | 'handshake-too-large';

export type PacketVerdict = { ok: true; event?: ClientEventShape } | { ok: false; refusal: PacketRefusal };

const isBinary = (value: unknown): boolean => value instanceof Uint8Array || value instanceof ArrayBuffer;

/**
 * Measures nested arrays and objects without recursion (a hostile frame may nest thousands of
 * levels); stops as soon as a limit is passed.
 */
function measure(values: unknown[]): PacketRefusal | null {
  const pending: { value: unknown; depth: number }[] = values.map((value) => ({ value, depth: 1 }));
  let seen = 0;
  while (pending.length > 0) {
    const { value, depth } = pending.pop()!;
    if (++seen > FrameLimits.maxValues) return 'too-many-values';
    if (value === null || typeof value !== 'object' || isBinary(value)) continue;
    if (depth > FrameLimits.maxDepth) return 'too-deep';
    const children = Array.isArray(value) ? value : Object.values(value);
    if (seen + children.length > FrameLimits.maxValues) return 'too-many-values';
    for (const child of children) pending.push({ value: child, depth: depth + 1 });
  }
  return null;
}

/**
 * Decides whether a decoded packet is one the namespaces serve, before Socket.IO dispatches it.
 * Clients only connect, disconnect and send events: the server never asks them for
 * acknowledgements, so ACK and CONNECT_ERROR packets have no business arriving.
 */
export function inspectPacket(packet: DecodedPacket, served: ServedNamespaces): PacketVerdict {
  const events = served[packet.nsp];
  if (!events) return { ok: false, refusal: 'namespace-not-served' };
  switch (packet.type) {
    case PacketType.Connect: {
      const auth = packet.data;
      if (auth === undefined) return { ok: true };
      const fields = Object.keys(auth as object).length;
      if (fields > FrameLimits.maxAuthFields) return { ok: false, refusal: 'handshake-too-large' };
      const problem = measure([auth]);
      return problem ? { ok: false, refusal: problem } : { ok: true };
    }
    case PacketType.Disconnect:
      return { ok: true };
    case PacketType.Event: {
      const [name, ...args] = packet.data as unknown[];
      const event = typeof name === 'string' && Object.hasOwn(events, name) ? events[name] : undefined;
      if (!event) return { ok: false, refusal: 'event-not-served' };
      if (args.length > event.args) return { ok: false, refusal: 'too-many-arguments' };
      const problem = measure(args);
      return problem ? { ok: false, refusal: problem } : { ok: true, event };
    }
    default:
      return { ok: false, refusal: 'packet-type-not-accepted' };
  }
}
