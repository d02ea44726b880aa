import { ErrorCode } from '@kotopaikka/contracts';

import { ApiException } from '../errors/api.exception';
import {
  decodeCursor,
  encodeCursor,
  isUniqueViolation,
  likePattern,
  returnedRows,
  SqlParams,
  toPage,
} from './sql-support';

describe('decodeCursor', () => {
  const id = '6f1c1f5e-1111-4111-8111-111111111111';

  function refusal(cursor: string, parts: Parameters<typeof decodeCursor>[1]): ApiException {
    try {
      decodeCursor(cursor, parts);
    } catch (err) {
      if (err instanceof ApiException) return err;
      throw err;
    }
    throw new Error(`accepted ${cursor}`);
  }

  it('gives back the key it encoded, with no cursor meaning the first page', () => {
    const key = ['true', '2026-11-03T10:00:00.000001Z', id];
    expect(decodeCursor(encodeCursor(key), ['boolean', 'timestamp', 'uuid'])).toEqual(key);
    expect(decodeCursor(encodeCursor(['anna virtanen', id]), ['text', 'uuid'])).toEqual(['anna virtanen', id]);
    expect(decodeCursor(undefined, ['uuid'])).toBeNull();
    expect(decodeCursor('', ['uuid'])).toBeNull();
  });

  it.each([
    ['not base64 JSON', 'bogus'],
    ['a part too few', encodeCursor(['2026-11-03T10:00:00Z'])],
    ['a number for a string', Buffer.from(JSON.stringify([1, id])).toString('base64url')],
    ['a word for a time', encodeCursor(['yesterday', id])],
    ['a day that does not exist', encodeCursor(['2026-02-30T10:00:00Z', id])],
    ['a time without its zone', encodeCursor(['2026-11-03T10:00:00', id])],
    ['year zero', encodeCursor(['0000-01-01T00:00:00Z', id])],
    ['not a uuid', encodeCursor(['2026-11-03T10:00:00Z', 'x'])],
    ['a part too many', encodeCursor(['2026-11-03T10:00:00Z', id, id])],
    [
      'an object for the key',
      Buffer.from(JSON.stringify({ 0: '2026-11-03T10:00:00Z', 1: id, length: 2 })).toString('base64url'),
    ],
    ['JSON null', Buffer.from('null').toString('base64url')],
    ['a null part', Buffer.from(JSON.stringify(['2026-11-03T10:00:00Z', null])).toString('base64url')],
    ['SQL in the uuid part', encodeCursor(['2026-11-03T10:00:00Z', `${id}' OR '1'='1`])],
    ['a timestamp with trailing text', encodeCursor(['2026-11-03T10:00:00Z; DROP TABLE app_user', id])],
    ['truncated base64', encodeCursor(['2026-11-03T10:00:00Z', id]).slice(0, 20)],
  ])('refuses %s with a 400 naming cursor', (_what, cursor) => {
    const err = refusal(cursor, ['timestamp', 'uuid']);
    expect(err.getStatus()).toBe(400);
    expect(err.code).toBe(ErrorCode.ValidationFailed);
    expect(err.details).toEqual([{ field: 'cursor', problems: expect.any(Array) }]);
  });

  it('refuses a flag that is not true or false', () => {
    expect(
      refusal(encodeCursor(['yes', '2026-11-03T10:00:00Z', id]), ['boolean', 'timestamp', 'uuid']).getStatus(),
    ).toBe(400);
  });
});

describe('toPage', () => {
  const rows = [{ n: 'a' }, { n: 'b' }, { n: 'c' }];

  it('gives a cursor to the last row shown when one more row came back than the page holds', () => {
    const page = toPage(
      rows,
      2,
      (r) => r.n.toUpperCase(),
      (r) => [r.n],
    );
    expect(page.items).toEqual(['A', 'B']);
    expect(decodeCursor(page.nextCursor ?? undefined, ['text'])).toEqual(['b']);
  });

  it('gives no cursor on the last page', () => {
    expect(
      toPage(
        rows,
        3,
        (r) => r.n,
        (r) => [r.n],
      ),
    ).toEqual({ items: ['a', 'b', 'c'], nextCursor: null });
    expect(
      toPage(
        [],
        3,
        (r: { n: string }) => r.n,
        (r) => [r.n],
      ),
    ).toEqual({ items: [], nextCursor: null });
  });
});

describe('likePattern', () => {
  it('escapes the LIKE wildcards and the escape character, and matches anywhere', () => {
    expect(likePattern('50%')).toBe('%50\\%%');
    expect(likePattern('a_b')).toBe('%a\\_b%');
    expect(likePattern('c:\\temp')).toBe('%c:\\\\temp%');
  });
});

describe('SqlParams', () => {
  it('numbers each value in the order it was added', () => {
    const p = new SqlParams();
    expect([p.add('x'), p.add(null), p.add(3)]).toEqual(['$1', '$2', '$3']);
    expect(p.values).toEqual(['x', null, 3]);
  });
});

describe('isUniqueViolation', () => {
  it('is true only for a unique violation on the named constraint, from the driver or TypeORM', () => {
    expect(isUniqueViolation({ code: '23505', constraint: 'uq_x' }, 'uq_x')).toBe(true);
    expect(isUniqueViolation({ driverError: { code: '23505', constraint: 'uq_x' } }, 'uq_x')).toBe(true);
    expect(isUniqueViolation({ code: '23505', constraint: 'uq_y' }, 'uq_x')).toBe(false);
    expect(isUniqueViolation({ code: '23503', constraint: 'uq_x' }, 'uq_x')).toBe(false);
  });
});

describe('returnedRows', () => {
  it('reads the rows of UPDATE ... RETURNING whether or not the driver added the affected count', () => {
    expect(returnedRows([[{ id: 1 }], 1])).toEqual([{ id: 1 }]);
    expect(returnedRows([{ id: 1 }])).toEqual([{ id: 1 }]);
    expect(returnedRows([[], 0])).toEqual([]);
  });
});
