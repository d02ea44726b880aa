import { DEFAULT_LOCALE, type Locale, SUPPORTED_LOCALES, TIME_ZONE } from '@kotopaikka/contracts';

import { DOCUMENT } from '@angular/common';
import { computed, inject, Injectable, signal } from '@angular/core';

import { registeredDictionaries } from './dictionaries';
import type { Text, TranslationParams } from './dictionary';
import { localeInfo, LOCALES } from './locales';

const STORAGE_KEY = 'kp.locale';

/** Names of the languages in themselves, for the switcher. */
export const LOCALE_NAMES = Object.fromEntries(LOCALES.map((l) => [l.code, l.label])) as Record<Locale, string>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/** Run-time translation: switching the locale signal re-renders every text that reads it, no reload. */
@Injectable({ providedIn: 'root' })
export class Translator {
  private readonly document = inject(DOCUMENT);
  private readonly localeSignal = signal<Locale>(this.storedLocale());
  /** Re-merged when a lazy feature registers its texts, so what already shows a key re-renders with the text. */
  private readonly dictionaries = computed(() => {
    const loaded = registeredDictionaries();
    return Object.fromEntries(
      SUPPORTED_LOCALES.map((l) => [l, Object.assign({}, ...loaded.map((d) => d[l])) as Record<string, Text>]),
    ) as Record<Locale, Record<string, Text>>;
  });

  readonly locale = this.localeSignal.asReadonly();
  readonly locales = SUPPORTED_LOCALES;
  readonly info = computed(() => localeInfo(this.localeSignal()));
  readonly intlTag = computed(() => this.info().intlTag);
  private readonly dateTimeFormat = computed(
    () => new Intl.DateTimeFormat(this.intlTag(), { timeZone: TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' }),
  );
  private readonly dateFormat = computed(
    () => new Intl.DateTimeFormat(this.intlTag(), { timeZone: TIME_ZONE, dateStyle: 'medium' }),
  );
  private readonly numberFormat = computed(() => new Intl.NumberFormat(this.intlTag(), { maximumFractionDigits: 1 }));
  private readonly percentFormat = computed(
    () => new Intl.NumberFormat(this.intlTag(), { style: 'percent', maximumFractionDigits: 1 }),
  );
  private readonly pluralRules = computed(() => new Intl.PluralRules(this.intlTag()));

  constructor() {
    this.applyToDocument();
  }

  /** Switches the language everywhere and remembers it on this device (the session store also saves it on the user). */
  use(locale: Locale): void {
    this.localeSignal.set(locale);
    this.applyToDocument();
    try {
      this.document.defaultView?.localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Storage may be disabled (private mode); the choice then lasts for this page only.
    }
  }

  /**
   * The text of `key` in the current language with `{name}` parameters filled in: numbers in the locale's format, a
   * parameter named `percent` (0–100) as a percentage ("85,3 %", "85.3%"); a plural text chosen by `count`.
   */
  t(key: string, params?: TranslationParams): string {
    const dictionaries = this.dictionaries();
    const text = dictionaries[this.localeSignal()][key] ?? dictionaries[DEFAULT_LOCALE][key] ?? key;
    const chosen =
      typeof text === 'string' ? text : (text[this.pluralRules().select(Number(params?.['count'] ?? 0))] ?? text.other);
    return params ? interpolate(chosen, params, (name, value) => this.formatParam(name, value)) : chosen;
  }

  has(key: string): boolean {
    return key in this.dictionaries()[this.localeSignal()];
  }

  formatNumber(value: number): string {
    return this.numberFormat().format(value);
  }

  /** `85.3` → "85,3 %" in Finnish, "85.3%" in English: percentages here are 0–100. */
  formatPercent(value: number): string {
    return this.percentFormat().format(value / 100);
  }

  formatDateTime(iso: string | Date): string {
    return this.dateTimeFormat().format(new Date(iso));
  }

  formatDate(iso: string | Date): string {
    return this.dateFormat().format(new Date(iso));
  }

  private formatParam(name: string, value: string | number): string {
    if (typeof value !== 'number') return value;
    return name === 'percent' ? this.formatPercent(value) : this.formatNumber(value);
  }

  /** `lang` for screen readers and hyphenation, `dir` for the layout of right-to-left languages. */
  private applyToDocument(): void {
    const root = this.document.documentElement;
    root.lang = this.localeSignal();
    root.dir = this.info().dir;
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

export function interpolate(
  text: string,
  params: TranslationParams,
  format: (name: string, value: string | number) => string = (_name, value) => String(value),
): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? format(name, params[name]) : whole));
}
