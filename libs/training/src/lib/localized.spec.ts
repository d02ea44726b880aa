import fc from 'fast-check';

import { availableLocales, localizer, pickLocalized } from './localized';

describe('pickLocalized', () => {
  it("gives the learner's own language without a note", () => {
    expect(pickLocalized({ fi: 'Perehdytys', en: 'Induction' }, 'en')).toEqual({
      text: 'Induction',
      locale: 'en',
      fallback: false,
    });
  });

  it('falls back to the other language with the flag set when the version is missing or blank', () => {
    expect(pickLocalized({ fi: 'Perehdytys' }, 'en')).toEqual({ text: 'Perehdytys', locale: 'fi', fallback: true });
    expect(pickLocalized({ fi: '  ', en: 'Induction' }, 'fi')).toEqual({
      text: 'Induction',
      locale: 'en',
      fallback: true,
    });
  });

  it('prefers Finnish among the stand-ins, then the order of the field', () => {
    expect(pickLocalized({ uk: 'Адаптація', en: 'Induction', fi: 'Perehdytys' }, 'sv')).toMatchObject({ locale: 'fi' });
    expect(pickLocalized({ uk: 'Адаптація', en: 'Induction' }, 'sv')).toMatchObject({ locale: 'uk' });
    expect(availableLocales({ en: 'a', sv: '', fi: 'b', ar: 'c' })).toEqual(['fi', 'en', 'ar']);
  });

  it('answers empty text, without a note, when no language has text', () => {
    expect(pickLocalized({}, 'fi')).toEqual({ text: '', locale: 'fi', fallback: false });
  });

  it('always returns a text the field has, flagged exactly when it is not in the asked locale', () => {
    const fieldArb = fc.dictionary(
      fc.constantFrom('fi', 'en', 'sv', 'uk', 'ar'),
      fc.oneof(fc.constant(''), fc.string()),
    );
    fc.assert(
      fc.property(fieldArb, fc.constantFrom('fi', 'en', 'sv'), (field, locale) => {
        const pick = pickLocalized(field, locale);
        if (availableLocales(field).length === 0) return expect(pick.text).toBe('');
        expect(pick.text).toBe(field[pick.locale]);
        expect(pick.fallback).toBe(pick.locale !== locale);
        expect(pick.text.trim()).not.toBe('');
      }),
    );
  });
});

describe('localizer', () => {
  it('remembers whether any field of the page fell back', () => {
    const l10n = localizer('en');
    expect(l10n.text({ fi: 'Kurssi', en: 'Course' })).toBe('Course');
    expect(l10n.fallback).toBe(false);
    expect(l10n.text({ fi: 'Vain suomeksi' })).toBe('Vain suomeksi');
    expect(l10n.text({ fi: 'Moduuli', en: 'Module' })).toBe('Module');
    expect(l10n.fallback).toBe(true);
  });
});
