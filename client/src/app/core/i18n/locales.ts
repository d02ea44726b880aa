import type { Locale } from '@kotopaikka/contracts';

/** What the client needs to know of a language: its Intl tag, writing direction and name in itself. */
export interface LocaleInfo {
  code: Locale;
  /** BCP 47 tag for Intl: Finnish as in Finland, English with day-month order. */
  intlTag: string;
  dir: 'ltr' | 'rtl';
  /** The language's name in itself, for the switcher. */
  label: string;
}

/** The languages offered, in the switcher's order; adding one (Arabic: `dir: 'rtl'`) is a line here and its texts. */
export const LOCALES: readonly LocaleInfo[] = [
  { code: 'fi', intlTag: 'fi-FI', dir: 'ltr', label: 'Suomi' },
  { code: 'en', intlTag: 'en-GB', dir: 'ltr', label: 'English' },
];

export function localeInfo(code: Locale): LocaleInfo {
  return LOCALES.find((locale) => locale.code === code) ?? LOCALES[0];
}
