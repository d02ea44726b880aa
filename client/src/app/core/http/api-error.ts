import { type ApiErrorBody, ErrorCode } from '@kotopaikka/contracts';

import { HttpErrorResponse } from '@angular/common/http';

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

/** The API's error body, when the failure is one (not a network error or a proxy page). */
export function apiErrorBody(error: unknown): ApiErrorBody | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const body: unknown = error.error;
  if (body && typeof body === 'object' && typeof (body as ApiErrorBody).code === 'string') return body as ApiErrorBody;
  return null;
}

export function apiErrorCode(error: unknown): ErrorCode | null {
  const code = apiErrorBody(error)?.code;
  return code && KNOWN_CODES.has(code) ? code : null;
}

/** A dictionary key for any failure: `core.error.<code>`, or network/unknown. */
export function errorMessageKey(error: unknown): string {
  const code = apiErrorCode(error);
  if (code) return `core.error.${code}`;
  if (error instanceof HttpErrorResponse && error.status === 0) return 'core.error.network';
  return 'core.error.unknown';
}
