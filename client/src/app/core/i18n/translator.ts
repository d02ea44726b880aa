import { DOCUMENT } from '@angular/common';
import { computed, inject, Injectable, signal } from '@angular/core';
import { DEFAULT_LOCALE, type Locale, SUPPORTED_LOCALES, TIME_ZONE } from '@kotopaikka/contracts';

import { FEATURE_DICTIONARIES, mergeDictionaries } from './dictionaries';
import type { TranslationParams } from './dictionary';

const STORAGE_KEY = 'kp.locale';

/** BCP 47 tags for Intl: Finnish as in Finland, English with day-month order. */
const INTL_TAGS: Record<Locale, string> = { fi: 'fi-FI', en: 'en-GB' };

/** Names of the languages in themselves, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { fi: 'Suomi', en: 'English' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/** Run-time translation: switching the locale signal re-renders every text that reads it, no reload. */
@Injectable({ providedIn: 'root' })
export class Translator {
  private readonly document = inject(DOCUMENT);
  private readonly localeSignal = signal<Locale>(this.storedLocale());
  private readonly dictionaries = Object.fromEntries(
    SUPPORTED_LOCALES.map((l) => [l, mergeDictionaries(FEATURE_DICTIONARIES, l)]),
  ) as Record<Locale, Record<string, string>>;

  readonly locale = this.localeSignal.asReadonly();
  readonly locales = SUPPORTED_LOCALES;
  readonly intlTag = computed(() => INTL_TAGS[this.localeSignal()]);
  private readonly dateTimeFormat = computed(
    () => new Intl.DateTimeFormat(this.intlTag(), { timeZone: TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' }),
  );
  private readonly dateFormat = computed(
    () => new Intl.DateTimeFormat(this.intlTag(), { timeZone: TIME_ZONE, dateStyle: 'medium' }),
  );

  constructor() {
    this.document.documentElement.lang = this.localeSignal();
  }

  /** Switches the language everywhere and remembers it on this device (the session store also saves it on the user). */
  use(locale: Locale): void {
    this.localeSignal.set(locale);
    this.document.documentElement.lang = locale;
    try {
      this.document.defaultView?.localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Storage may be disabled (private mode); the choice then lasts for this page only.
    }
  }

  t(key: string, params?: TranslationParams): string {
    const text = this.dictionaries[this.localeSignal()][key] ?? this.dictionaries[DEFAULT_LOCALE][key] ?? key;
    return params ? interpolate(text, params) : text;
  }

  has(key: string): boolean {
    return key in this.dictionaries[this.localeSignal()];
  }

  formatDateTime(iso: string | Date): string {
    return this.dateTimeFormat().format(new Date(iso));
  }

  formatDate(iso: string | Date): string {
    return this.dateFormat().format(new Date(iso));
  }

  private storedLocale(): Locale {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(STORAGE_KEY);
      return isLocale(stored) ? stored : DEFAULT_LOCALE;
    } catch {
      return DEFAULT_LOCALE;
    }
  }
}

export function interpolate(text: string, params: TranslationParams): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
