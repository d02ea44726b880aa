import type { FieldProblem } from '@kotopaikka/contracts';

import type { AbstractControl, FormGroup, ValidationErrors } from '@angular/forms';

import { apiErrorBody } from './api-error';

// The server's problems and the validators' errors on form fields: pages with forms need these, the frame does not.

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
