/**
 * MessagePack (notepack) sends a Node Buffer as `bin`, but an ArrayBuffer view as its whole
 * underlying buffer, offsets ignored; so outgoing frames become exact Buffers, and incoming ones
 * (Buffer from Node clients, ArrayBuffer from browsers) become Uint8Array.
 */
export function toWire(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function fromWire(value: unknown): Uint8Array | null {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  return null;
}
