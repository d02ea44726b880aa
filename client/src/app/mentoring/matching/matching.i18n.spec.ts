import { SUPPORTED_LOCALES } from '@kotopaikka/contracts';

import { matchingTexts } from './matching.i18n';

describe('matching texts', () => {
  it('have every key in Finnish and English, none empty, all under mentoring.matching', () => {
    const keys = new Set(SUPPORTED_LOCALES.flatMap((locale) => Object.keys(matchingTexts[locale])));
    const problems: string[] = [];
    for (const key of keys) {
      if (!/^mentoring\.matching(\.[A-Za-z0-9_]+)+$/.test(key)) problems.push(`${key}: outside the block`);
      for (const locale of SUPPORTED_LOCALES) {
        const value = (matchingTexts[locale] as Record<string, string | { other?: string }>)[key];
        const forms = typeof value === 'string' ? [value] : Object.values(value ?? {});
        if (value === undefined) problems.push(`${key}: missing in ${locale}`);
        else if (typeof value !== 'string' && value.other === undefined) problems.push(`${key}: no other in ${locale}`);
        else if (forms.some((form) => !form?.trim())) problems.push(`${key}: empty in ${locale}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
