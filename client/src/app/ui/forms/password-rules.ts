import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@kotopaikka/contracts';

import { type AbstractControl, type ValidationErrors, type ValidatorFn, Validators } from '@angular/forms';

/** The length rule the server enforces; commonness is checked there and comes back as `password_too_weak`. */
export const passwordValidators: ValidatorFn[] = [
  Validators.required,
  Validators.minLength(PASSWORD_MIN_LENGTH),
  Validators.maxLength(PASSWORD_MAX_LENGTH),
];

/** On the form group: `confirm` must equal `password` (the error sits on the confirm control). */
export function passwordsMatch(password = 'password', confirm = 'confirm'): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const confirmControl = group.get(confirm);
    if (!confirmControl) return null;
    const mismatch = !!confirmControl.value && group.get(password)?.value !== confirmControl.value;
    const errors: ValidationErrors = { ...(confirmControl.errors ?? {}) };
    delete errors['mismatch'];
    if (mismatch) errors['mismatch'] = true;
    confirmControl.setErrors(Object.keys(errors).length ? errors : null, { emitEvent: false });
    return mismatch ? { mismatch: true } : null;
  };
}

/** Dictionary key and params for a password control's first problem. */
export function passwordErrorKey(
  control: AbstractControl | null,
): { key: string; params?: Record<string, number> } | null {
  const errors = control?.errors;
  if (!errors) return null;
  if (errors['required']) return { key: 'core.field.required' };
  if (errors['minlength']) return { key: 'auth.passwordTooShort', params: { min: PASSWORD_MIN_LENGTH } };
  if (errors['maxlength']) return { key: 'auth.passwordTooLong', params: { max: PASSWORD_MAX_LENGTH } };
  if (errors['mismatch']) return { key: 'auth.passwordMismatch' };
  if (errors['weak']) return { key: 'core.error.password_too_weak' };
  return { key: 'core.field.server' };
}
