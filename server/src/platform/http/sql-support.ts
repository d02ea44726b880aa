import { ErrorCode } from '@kotopaikka/contracts';

import { HttpStatus } from '@nestjs/common';

import { ApiException } from '../errors/api.exception';
import { storableTextProblem } from '../errors/text-safety';

/** Opaque cursor: the sort key of the last row of a page, base64url-encoded JSON. */
export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** What a part of a cursor must look like before it is cast in SQL, where a failed cast would answer 500. */
export type CursorPart = 'timestamp' | 'uuid' | 'boolean' | 'text';

const CURSOR_PART: Record<CursorPart, (value: string) => boolean> = {
  // Round-trips through Date so that 2026-02-30 is refused here rather than by PostgreSQL.
  timestamp: (v) =>
    /^[1-9]\d{3}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z$/.test(v) &&
    new Date(v).toISOString().slice(0, 19) === v.slice(0, 19),
  uuid: (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  boolean: (v) => v === 'true' || v === 'false',
  // Compared as text (a lower-cased name), never cast; NUL and lone surrogates would still fail in PostgreSQL.
  text: (v) => storableTextProblem(v) === null,
};

/** The sort time of a row as a cursor part: UTC to the microsecond, so the next page starts exactly after it. */
export function cursorTimeSql(expression: string): string {
  return `to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** Decodes a cursor whose parts are of these kinds (each checked), or a 400 naming `cursor` when it was not ours. */
export function decodeCursor(cursor: string | undefined, kinds: readonly CursorPart[]): string[] | null {
  if (cursor === undefined || cursor === '') return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === kinds.length &&
      key.every((k, i) => typeof k === 'string' && CURSOR_PART[kinds[i]](k))
    ) {
      return key as string[];
    }
  } catch {
    // fall through to the one answer for a bad cursor
  }
  throw new ApiException(
    HttpStatus.BAD_REQUEST,
    ErrorCode.ValidationFailed,
    'cursor: not a cursor this list gave out',
    [{ field: 'cursor', problems: ['not a cursor this list gave out'] }],
  );
}

/** Takes one row more than the page to learn whether another page follows. */
export function toPage<R, T>(
  rows: R[],
  limit: number,
  map: (row: R) => T,
  key: (row: R) => string[],
): { items: T[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  return { items: pageRows.map(map), nextCursor: more ? encodeCursor(key(pageRows[pageRows.length - 1])) : null };
}

/** Escapes LIKE wildcards so a search for `50%` matches the text, not everything. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** PostgreSQL unique-violation on a named constraint or index. */
export function isUniqueViolation(err: unknown, constraint: string): boolean {
  const e = err as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e.driverError?.code ?? e.code;
  const name = e.driverError?.constraint ?? e.constraint;
  return code === '23505' && name === constraint;
}

/** Numbered parameters for a query assembled from optional filters. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Rows of an UPDATE/DELETE ... RETURNING, which TypeORM's PostgreSQL driver answers as [rows, affected]. */
export function returnedRows<T>(result: unknown): T[] {
  const r = result as unknown[];
  return (Array.isArray(r[0]) ? r[0] : r) as T[];
}
