import { type ApiErrorBody, ErrorCode, type FieldProblem } from '@kotopaikka/contracts';

import { HttpErrorResponse } from '@angular/common/http';
import type { AbstractControl, FormGroup, ValidationErrors } from '@angular/forms';

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

/** `details` as field → problems, with the request part (`body.`, `query.`) stripped: `body.email` → `email`. */
export function fieldProblems(error: unknown): Map<string, string[]> {
  const details = apiErrorBody(error)?.details;
  const result = new Map<string, string[]>();
  if (!Array.isArray(details)) return result;
  for (const problem of details as FieldProblem[]) {
    if (typeof problem?.field !== 'string') continue;
    const field = problem.field.replace(/^(body|query|params)\./, '');
    result.set(field, [...(result.get(field) ?? []), ...(problem.problems ?? [])]);
  }
  return result;
}

/**
 * Puts the server's field problems on the form's controls as `{ server: problems }` and marks them touched,
 * so mat-error shows them; answers whether any field matched (if none did, show the general message).
 */
export function applyServerErrors(form: FormGroup, error: unknown): boolean {
  let matched = false;
  for (const [field, problems] of fieldProblems(error)) {
    const control = form.get(field);
    if (!control) continue;
    control.setErrors({ ...(control.errors ?? {}), server: problems });
    control.markAsTouched();
    matched = true;
  }
  return matched;
}

/** The dictionary key and params for a control's first error, for `<mat-error>`. */
export function controlErrorKey(
  control: AbstractControl | null,
): { key: string; params?: Record<string, number> } | null {
  const errors: ValidationErrors | null | undefined = control?.errors;
  if (!errors) return null;
  if (errors['required']) return { key: 'core.field.required' };
  if (errors['email']) return { key: 'core.field.email' };
  if (errors['maxlength']) return { key: 'core.field.maxlength', params: { max: errors['maxlength'].requiredLength } };
  if (errors['minlength']) return { key: 'core.field.minlength', params: { min: errors['minlength'].requiredLength } };
  return { key: 'core.field.server' };
}
