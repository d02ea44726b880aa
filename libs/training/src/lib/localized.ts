import { DEFAULT_LOCALE } from '@kotopaikka/contracts';

/** One field in every language it was written in, keyed by locale: `{ fi, en, … }`. Locales are data. */
export type LocalizedField = Readonly<Partial<Record<string, string>>>;

export interface LocalizedPick {
  text: string;
  /** The locale the text is in. */
  locale: string;
  /** True when the learner's locale was missing or empty and another language stood in: the UI shows a note. */
  fallback: boolean;
}

function present(text: string | undefined): text is string {
  return text !== undefined && text.trim() !== '';
}

/** Locales a field has text in, Finnish first, the rest in the field's own key order. */
export function availableLocales(field: LocalizedField): string[] {
  const locales = Object.keys(field).filter((locale) => present(field[locale]));
  return [...locales.filter((l) => l === DEFAULT_LOCALE), ...locales.filter((l) => l !== DEFAULT_LOCALE)];
}

/** The learner's language version, else the first other version (Finnish first); empty text when there is none. */
export function pickLocalized(field: LocalizedField, locale: string): LocalizedPick {
  const own = field[locale];
  if (present(own)) return { text: own, locale, fallback: false };
  const other = availableLocales(field)[0];
  if (other === undefined) return { text: '', locale, fallback: false };
  return { text: field[other] ?? '', locale: other, fallback: true };
}

export interface Localizer {
  text(field: LocalizedField): string;
  /** Whether any field picked so far fell back to another language. */
  readonly fallback: boolean;
}

/** Localizes many fields of one page and remembers whether any of them fell back, for one page-level note. */
export function localizer(locale: string): Localizer {
  let fellBack = false;
  return {
    text(field) {
      const pick = pickLocalized(field, locale);
      fellBack = fellBack || pick.fallback;
      return pick.text;
    },
    get fallback() {
      return fellBack;
    },
  };
}
