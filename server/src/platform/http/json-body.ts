import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type RequestHandler } from 'express';

/** No request of ours nests deeper than this; a deeper body is refused before JSON.parse sees it. */
export const MAX_JSON_DEPTH = 32;

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** A body-parser error (status and type), answered by the exception filter as 400 naming the body. */
export class JsonTooDeep extends Error {
  readonly status = 400;
  readonly type = 'entity.too.deep';

  constructor(readonly limit: number) {
    super(`JSON nested deeper than ${limit} levels`);
  }
}

/**
 * The deepest nesting of objects and arrays in JSON text (bytes, or a string from `from` on), or -1 once it passes
 * `limit`: one pass, no recursion. The structural characters are ASCII, so UTF-16 code units count like bytes.
 */
export function jsonDepth(raw: Uint8Array | string, limit: number, from = 0): number {
  const codeAt = typeof raw === 'string' ? (i: number) => raw.charCodeAt(i) : (i: number) => raw[i];
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = from; i < raw.length; i++) {
    const code = codeAt(i);
    if (inString) {
      if (code === BACKSLASH) i++;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      depth++;
      if (depth > limit) return -1;
      if (depth > deepest) deepest = depth;
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      depth--;
    }
  }
  return deepest;
}

/**
 * express.json with a depth check on the raw bytes before parsing: a body nested 20,000 deep used to overflow
 * the stack of the validation that walks it (a 500 before sign-in), and a 1 MB one held the event loop.
 */
export function jsonBodyParser(limit: string, maxDepth = MAX_JSON_DEPTH): RequestHandler {
  return express.json({
    limit,
    verify: (_req: IncomingMessage, _res: ServerResponse, raw: Buffer) => {
      if (jsonDepth(raw, maxDepth) < 0) throw new JsonTooDeep(maxDepth);
    },
  });
}
