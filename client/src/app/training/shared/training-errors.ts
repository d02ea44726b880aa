import { ErrorCode } from '@kotopaikka/contracts';

import { apiErrorCode, errorMessageKey } from '../../core/http/api-error';

/** Training's own error codes get texts here; every other failure uses the shared `core.error.*` texts. */
const TRAINING_CODES: Partial<Record<ErrorCode, string>> = {
  [ErrorCode.AttemptsExhausted]: 'training.error.attemptsExhausted',
  [ErrorCode.NotEnrolled]: 'training.error.notEnrolled',
};

export function trainingErrorKey(error: unknown): string {
  const code = apiErrorCode(error);
  return (code && TRAINING_CODES[code]) || errorMessageKey(error);
}
