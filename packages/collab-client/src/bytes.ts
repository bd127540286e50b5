/**
 * MessagePack (notepack) encodes an ArrayBuffer exactly but a typed-array view inconsistently
 * across its Node and browser builds, so frames leave as exact ArrayBuffers; they arrive as
 * Buffer (Node) or ArrayBuffer (browser) and become Uint8Array for Yjs.
 */
export function toWire(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}

export function toBytes(value: unknown): Uint8Array | null {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  return null;
}
