import { type Locale, type LocalizedText, SUPPORTED_LOCALES } from '@kotopaikka/contracts';

import {
  type FormControl,
  type FormGroup,
  type NonNullableFormBuilder,
  type ValidatorFn,
  Validators,
} from '@angular/forms';

export type LocalizedGroup = FormGroup<Record<Locale, FormControl<string>>>;

export const LOCALES = SUPPORTED_LOCALES;

/** One control per supported language, each with the same limits; Finnish and English are both required by default. */
export function localizedGroup(
  fb: NonNullableFormBuilder,
  value: LocalizedText | null | undefined,
  maxLength: number,
  required = true,
): LocalizedGroup {
  const validators: ValidatorFn[] = [Validators.maxLength(maxLength)];
  if (required) validators.push(Validators.required);
  const controls = Object.fromEntries(
    SUPPORTED_LOCALES.map((locale) => [locale, fb.control(value?.[locale] ?? '', validators)]),
  ) as Record<Locale, FormControl<string>>;
  return fb.group(controls);
}

export function trimmed(text: LocalizedText): LocalizedText {
  return Object.fromEntries(SUPPORTED_LOCALES.map((l) => [l, text[l].trim()])) as LocalizedText;
}

export function emptyText(): LocalizedText {
  return Object.fromEntries(SUPPORTED_LOCALES.map((l) => [l, ''])) as LocalizedText;
}

/** True when every language is blank (an optional localized field left out). */
export function isBlank(text: LocalizedText): boolean {
  return SUPPORTED_LOCALES.every((l) => !text[l].trim());
}

/** The text in the reader's language, else the first language that has one. */
export function pick(text: LocalizedText | null | undefined, locale: Locale): string {
  if (!text) return '';
  return text[locale]?.trim() || SUPPORTED_LOCALES.map((l) => text[l]).find((t) => t?.trim()) || '';
}
