import { COLLAB_NAMESPACE, FrameLimits, LIVE_NAMESPACE, SERVED_NAMESPACES } from '@leernetwerk/shared';
import { inspectPacket, PacketType, type DecodedPacket } from './inspect-packet';

const inspect = (packet: DecodedPacket) => inspectPacket(packet, SERVED_NAMESPACES);
const event = (nsp: string, ...data: unknown[]): DecodedPacket => ({ type: PacketType.Event, nsp, data });
const nestedArray = (levels: number): unknown => {
  let value: unknown = 'leaf';
  for (let level = 0; level < levels; level++) value = [value];
  return value;
};

describe(inspectPacket.name, () => {
  it('lets through the events each namespace serves, with their arguments', () => {
    expect(inspect(event(LIVE_NAMESPACE, 'cafe:join', 'a'.repeat(24)))).toMatchObject({ ok: true });
    expect(inspect(event(LIVE_NAMESPACE, 'ping'))).toMatchObject({ ok: true });
    expect(inspect(event(COLLAB_NAMESPACE, 'doc:sync', 'org:x', new Uint8Array(300_000)))).toMatchObject({ ok: true });
    expect(
      inspect({ type: PacketType.Connect, nsp: LIVE_NAMESPACE, data: { token: 't', protocolVersion: 1 } }),
    ).toEqual({
      ok: true,
    });
    expect(inspect({ type: PacketType.Disconnect, nsp: COLLAB_NAMESPACE })).toEqual({ ok: true });
  });

  it('refuses namespaces nobody serves, the default one included', () => {
    expect(inspect({ type: PacketType.Connect, nsp: '/' })).toEqual({ ok: false, refusal: 'namespace-not-served' });
    expect(inspect(event('/', 'anything'))).toEqual({ ok: false, refusal: 'namespace-not-served' });
    expect(inspect(event('/admin', 'ping'))).toEqual({ ok: false, refusal: 'namespace-not-served' });
  });

  it('refuses events of another namespace, and names inherited from Object', () => {
    expect(inspect(event(LIVE_NAMESPACE, 'doc:sync', 'x', new Uint8Array(1)))).toMatchObject({
      refusal: 'event-not-served',
    });
    expect(inspect(event(COLLAB_NAMESPACE, 'cafe:join', 'x'))).toMatchObject({ refusal: 'event-not-served' });
    expect(inspect(event(LIVE_NAMESPACE, 'constructor'))).toMatchObject({ refusal: 'event-not-served' });
    expect(inspect(event(LIVE_NAMESPACE, 42))).toMatchObject({ refusal: 'event-not-served' });
  });

  it('refuses more arguments than the event takes', () => {
    expect(inspect(event(LIVE_NAMESPACE, 'cafe:join', 'a', 'b'))).toMatchObject({ refusal: 'too-many-arguments' });
    const flood = Array.from({ length: 100_000 }, () => 'x');
    expect(inspect(event(COLLAB_NAMESPACE, 'doc:awareness', ...flood))).toMatchObject({
      refusal: 'too-many-arguments',
    });
  });

  it('refuses arguments nested too deep or holding too many values, without recursing', () => {
    expect(inspect(event(LIVE_NAMESPACE, 'cafe:join', nestedArray(FrameLimits.maxDepth - 1)))).toMatchObject({
      ok: true,
    });
    expect(inspect(event(LIVE_NAMESPACE, 'cafe:join', nestedArray(FrameLimits.maxDepth + 1)))).toMatchObject({
      refusal: 'too-deep',
    });
    expect(inspect(event(LIVE_NAMESPACE, 'cafe:join', nestedArray(200_000)))).toMatchObject({ refusal: 'too-deep' });
    const wide = Array.from({ length: FrameLimits.maxValues + 1 }, (_, i) => i);
    expect(inspect(event(LIVE_NAMESPACE, 'cafe:join', wide))).toMatchObject({ refusal: 'too-many-values' });
    const wideObject = Object.fromEntries(wide.map((i) => [`k${i}`, i]));
    expect(inspect(event(LIVE_NAMESPACE, 'cafe:join', wideObject))).toMatchObject({ refusal: 'too-many-values' });
  });

  it('refuses acknowledgements and connect errors, which clients never need to send', () => {
    expect(inspect({ type: PacketType.Ack, nsp: LIVE_NAMESPACE, id: 1, data: [] })).toMatchObject({
      refusal: 'packet-type-not-accepted',
    });
    expect(inspect({ type: PacketType.ConnectError, nsp: LIVE_NAMESPACE, data: {} })).toMatchObject({
      refusal: 'packet-type-not-accepted',
    });
  });

  it('refuses a handshake with an oversized auth object', () => {
    const auth = Object.fromEntries(Array.from({ length: FrameLimits.maxAuthFields + 1 }, (_, i) => [`f${i}`, i]));
    expect(inspect({ type: PacketType.Connect, nsp: LIVE_NAMESPACE, data: auth })).toMatchObject({
      refusal: 'handshake-too-large',
    });
  });
});
