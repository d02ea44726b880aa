import type { FeatureDictionary } from '../../core/i18n/dictionary';

/** One block of the mentoring dictionary (keys `mentoring.pairings.*`), spread into mentoring.i18n.ts. */
export const pairingsTexts = {
  fi: {
    'mentoring.pairings.placeholder': 'Tulossa',
  },
  en: {
    'mentoring.pairings.placeholder': 'Coming',
  },
} satisfies FeatureDictionary;
