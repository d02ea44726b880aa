/** Every list endpoint answers with a page and an opaque cursor for the next one (null at the end). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Locales are data, not an enum: adding Swedish means adding a row here and a dictionary. */
export const SUPPORTED_LOCALES = ['fi', 'en'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fi';

export const TIME_ZONE = 'Europe/Helsinki';

export interface IdName {
  id: string;
  name: string;
}
