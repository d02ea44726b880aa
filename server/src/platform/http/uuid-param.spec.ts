import { ErrorCode } from '@kotopaikka/contracts';

import { ApiException } from '../errors/api.exception';
import { uuidParam } from './uuid-param';

describe('uuidParam', () => {
  const id = '6f1c1f5e-1111-4111-8111-111111111111';

  it('lets a UUID through unchanged', async () => {
    await expect(uuidParam().transform(id, { type: 'param', data: 'id' })).resolves.toBe(id);
  });

  it.each(['not-a-uuid', '', `${id}x`, "6f1c1f5e-1111-4111-8111-11111111111'; --", '6f1c1f5e111141118111111111111111'])(
    'refuses %j with a 400 naming the parameter, before PostgreSQL sees it',
    async (value) => {
      const refusal = await uuidParam('courseId')
        .transform(value, { type: 'param', data: 'courseId' })
        .then(
          () => null,
          (err: unknown) => err,
        );
      expect(refusal).toBeInstanceOf(ApiException);
      const err = refusal as ApiException;
      expect([err.getStatus(), err.code, err.details]).toEqual([
        400,
        ErrorCode.ValidationFailed,
        [{ field: 'courseId', problems: ['must be a UUID'] }],
      ]);
    },
  );
});
