import { ErrorCode, SUPPORTED_LOCALES } from '@kotopaikka/contracts';

import { TestBed } from '@angular/core/testing';

import { ALL_DICTIONARIES as FEATURE_DICTIONARIES } from './all-dictionaries';
import type { FeatureDictionary } from './dictionary';
import { interpolate, Translator } from './translator';

/** Every problem that would show a raw key or an empty text to someone in one of the languages. */
function dictionaryProblems(dictionaries: readonly FeatureDictionary[]): string[] {
  const problems: string[] = [];
  const owner = new Map<string, number>();
  dictionaries.forEach((dictionary, index) => {
    const allKeys = new Set(SUPPORTED_LOCALES.flatMap((locale) => Object.keys(dictionary[locale])));
    for (const key of allKeys) {
      for (const locale of SUPPORTED_LOCALES) {
        const value = dictionary[locale][key];
        const forms = typeof value === 'string' ? [value] : Object.values(value ?? {});
        if (value === undefined) problems.push(`${key}: missing in ${locale}`);
        else if (typeof value !== 'string' && value.other === undefined)
          problems.push(`${key}: no 'other' form in ${locale}`);
        else if (forms.some((form) => form.trim() === '')) problems.push(`${key}: empty in ${locale}`);
      }
      const first = owner.get(key);
      if (first !== undefined && first !== index) problems.push(`${key}: defined by two features`);
      owner.set(key, index);
    }
  });
  return problems;
}

describe('dictionaries', () => {
  it('have every key in every language, none empty, none defined twice', () => {
    expect(dictionaryProblems(FEATURE_DICTIONARIES)).toEqual([]);
  });

  it('the check catches a key missing in one language and an empty text', () => {
    const broken = {
      fi: { 'x.only': 'Vain suomeksi', 'x.empty': 'Tyhjä', 'x.plural': { one: '{count} kurssi', other: '' } },
      en: { 'x.empty': ' ', 'x.plural': { one: '{count} course' } },
    } as unknown as FeatureDictionary;
    expect(dictionaryProblems([broken])).toEqual([
      'x.only: missing in en',
      'x.empty: empty in en',
      'x.plural: empty in fi',
      "x.plural: no 'other' form in en",
    ]);
  });

  it('translate every API error code, so no raw key reaches a person', () => {
    const keys = new Set(FEATURE_DICTIONARIES.flatMap((d) => Object.keys(d.fi)));
    expect(Object.values(ErrorCode).filter((code) => !keys.has(`core.error.${code}`))).toEqual([]);
  });

  it('use flat dotted keys', () => {
    const keys = FEATURE_DICTIONARIES.flatMap((d) => SUPPORTED_LOCALES.flatMap((l) => Object.keys(d[l])));
    expect(keys.filter((key) => !/^[a-z]+(\.[A-Za-z0-9_]+)+$/.test(key))).toEqual([]);
  });
});

describe('Translator', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({});
  });

  it('starts in Finnish and sets <html lang> and dir', () => {
    document.documentElement.dir = 'rtl';
    const translator = TestBed.inject(Translator);
    expect(translator.locale()).toBe('fi');
    expect(document.documentElement.lang).toBe('fi');
    expect(document.documentElement.dir).toBe('ltr');
    expect(translator.t('shell.nav.home')).toBe('Etusivu');
  });

  it('switches language at run time, remembers it and updates <html lang>', () => {
    const translator = TestBed.inject(Translator);
    translator.use('en');
    expect(translator.t('shell.nav.home')).toBe('Home');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('kp.locale')).toBe('en');
  });

  it('starts in the language remembered on this device', () => {
    localStorage.setItem('kp.locale', 'en');
    expect(TestBed.inject(Translator).locale()).toBe('en');
  });

  it('ignores a remembered value that is not a supported locale', () => {
    localStorage.setItem('kp.locale', 'xx');
    expect(TestBed.inject(Translator).locale()).toBe('fi');
  });

  it('interpolates {name} parameters and leaves unknown ones visible', () => {
    const translator = TestBed.inject(Translator);
    expect(translator.t('home.welcome', { name: 'Aino' })).toBe('Tervetuloa, Aino!');
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('answers the key itself for an unknown key', () => {
    expect(TestBed.inject(Translator).t('nowhere.to.be.found')).toBe('nowhere.to.be.found');
  });

  it('formats times in Europe/Helsinki whatever the browser zone', () => {
    const translator = TestBed.inject(Translator);
    // 21:30 UTC on 1 June is 00:30 the next day in Helsinki (UTC+3 in summer).
    expect(translator.formatDateTime('2026-06-01T21:30:00Z')).toContain('0.30');
    expect(translator.formatDate('2026-06-01T21:30:00Z')).toContain('2.6.2026');
    translator.use('en');
    expect(translator.formatDateTime('2026-06-01T21:30:00Z')).toContain('00:30');
    expect(translator.formatDate('2026-06-01T21:30:00Z')).toContain('2 Jun 2026');
  });
});
