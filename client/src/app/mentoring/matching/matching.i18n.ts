import type { FeatureDictionary } from '../../core/i18n/dictionary';

/** One block of the mentoring dictionary (keys `mentoring.matching.*`), spread into mentoring.i18n.ts. */
export const matchingTexts = {
  fi: {
    'mentoring.matching.placeholder': 'Tulossa',
  },
  en: {
    'mentoring.matching.placeholder': 'Coming',
  },
} satisfies FeatureDictionary;
