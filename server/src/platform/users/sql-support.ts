import { ErrorCode } from '@kotopaikka/contracts';
import { HttpStatus } from '@nestjs/common';

import { ApiException } from '../errors/api.exception';

/** Opaque cursor: the sort key of the last row of a page, base64url-encoded JSON. */
export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** Decodes a cursor of `parts` strings, or a 400 naming `query.cursor` when it was not ours. */
export function decodeCursor(cursor: string | undefined, parts: number): string[] | null {
  if (cursor === undefined || cursor === '') return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === parts && key.every((k) => typeof k === 'string')) return key as string[];
  } catch {
    // fall through to the one answer for a bad cursor
  }
  throw new ApiException(HttpStatus.BAD_REQUEST, ErrorCode.ValidationFailed, 'cursor: not a cursor this list gave out', [
    { field: 'cursor', problems: ['not a cursor this list gave out'] },
  ]);
}

/** Takes one row more than the page to learn whether another page follows. */
export function toPage<R, T>(rows: R[], limit: number, map: (row: R) => T, key: (row: R) => string[]): { items: T[]; nextCursor: string | null } {
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
