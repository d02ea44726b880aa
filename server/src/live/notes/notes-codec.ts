import { LIVE_NOTES_MAX_AWARENESS_BYTES, LIVE_NOTES_MAX_UPDATE_BYTES } from '@kotopaikka/contracts';

import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

import { ApiException } from '../../platform/errors/api.exception';

/** base64 (already checked by the payload's IsBase64) to bytes. */
export const fromBase64 = (value: string): Uint8Array => new Uint8Array(Buffer.from(value, 'base64'));

export const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

/**
 * A Yjs update a client sent, checked by applying it to a fresh document: bytes that are not an update throw
 * in the decoder. An update that depends on content the fresh document lacks is still valid (Yjs keeps it
 * pending until the rest arrives), so this needs no stored state.
 */
export function checkedUpdate(value: string, field = 'update'): Uint8Array {
  const bytes = fromBase64(value);
  if (bytes.length > LIVE_NOTES_MAX_UPDATE_BYTES)
    throw ApiException.invalid(field, `must be at most ${LIVE_NOTES_MAX_UPDATE_BYTES} bytes`);
  const doc = new Y.Doc();
  try {
    // Updates carry no root types (the reader names them: the server reads LIVE_NOTES_TEXT as a Y.Text), so
    // this is the whole check; content set on the root as if it were a map is simply never read.
    Y.applyUpdate(doc, bytes);
  } catch {
    throw ApiException.invalid(field, 'must be a Yjs update');
  } finally {
    doc.destroy();
  }
  return bytes;
}

/** A client's Yjs state vector. */
export function checkedStateVector(value: string, field = 'stateVector'): Uint8Array {
  const bytes = fromBase64(value);
  try {
    Y.decodeStateVector(bytes);
  } catch {
    throw ApiException.invalid(field, 'must be a Yjs state vector');
  }
  return bytes;
}

/**
 * A y-protocols awareness update: a count, then per client its id, clock and state as JSON text. Read through
 * to the end here so that what is relayed is one; the server keeps nothing of it.
 */
export function checkedAwareness(value: string, field = 'update'): Uint8Array {
  const bytes = fromBase64(value);
  if (bytes.length > LIVE_NOTES_MAX_AWARENESS_BYTES)
    throw ApiException.invalid(field, `must be at most ${LIVE_NOTES_MAX_AWARENESS_BYTES} bytes`);
  try {
    const decoder = decoding.createDecoder(bytes);
    const count = decoding.readVarUint(decoder);
    for (let i = 0; i < count; i++) {
      decoding.readVarUint(decoder);
      decoding.readVarUint(decoder);
      JSON.parse(decoding.readVarString(decoder));
    }
    if (decoding.hasContent(decoder)) throw new Error('trailing bytes');
  } catch {
    throw ApiException.invalid(field, 'must be a y-protocols awareness update');
  }
  return bytes;
}
