import type { FeatureDictionary } from '../../core/i18n/dictionary';

/** One block of the mentoring dictionary (keys `mentoring.programs.*`), spread into mentoring.i18n.ts. */
export const programsTexts = {
  fi: {
    'mentoring.programs.placeholder': 'Tulossa',
  },
  en: {
    'mentoring.programs.placeholder': 'Coming',
  },
} satisfies FeatureDictionary;
