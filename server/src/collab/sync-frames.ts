import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { messageYjsSyncStep1, messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync';

export type SyncFrame =
  | { type: 'step1'; stateVector: Uint8Array }
  | { type: 'step2'; update: Uint8Array }
  | { type: 'update'; update: Uint8Array };

/** Reads a y-protocols sync message; throws on anything malformed or trailing. */
export function decodeSyncFrame(frame: Uint8Array): SyncFrame {
  const decoder = decoding.createDecoder(frame);
  const type = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes');
  switch (type) {
    case messageYjsSyncStep1:
      return { type: 'step1', stateVector: payload };
    case messageYjsSyncStep2:
      return { type: 'step2', update: payload };
    case messageYjsUpdate:
      return { type: 'update', update: payload };
    default:
      throw new Error(`unknown sync message type ${type}`);
  }
}

function encodeFrame(type: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export const encodeSyncStep1 = (stateVector: Uint8Array): Uint8Array => encodeFrame(messageYjsSyncStep1, stateVector);
export const encodeSyncStep2 = (update: Uint8Array): Uint8Array => encodeFrame(messageYjsSyncStep2, update);
export const encodeUpdateFrame = (update: Uint8Array): Uint8Array => encodeFrame(messageYjsUpdate, update);
