/** Every list endpoint answers with a page and an opaque cursor for the next one (null at the end). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** The query of a paged list: `cursor` is the `nextCursor` of the page before; `limit` 1 to 100. */
export interface PageQuery {
  cursor?: string;
  limit?: number;
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
