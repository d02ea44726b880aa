import { ErrorCode } from '@kotopaikka/contracts';

import { ApiException } from '../errors/api.exception';
import { decodeCursor, encodeCursor } from './sql-support';

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
  ])('refuses %s with a 400 naming cursor', (_what, cursor) => {
    const err = refusal(cursor, ['timestamp', 'uuid']);
    expect(err.getStatus()).toBe(400);
    expect(err.code).toBe(ErrorCode.ValidationFailed);
    expect(err.details).toEqual([{ field: 'cursor', problems: expect.any(Array) }]);
  });

  it('refuses a flag that is not true or false', () => {
    expect(refusal(encodeCursor(['yes', '2026-11-03T10:00:00Z', id]), ['boolean', 'timestamp', 'uuid']).getStatus()).toBe(400);
  });
});
