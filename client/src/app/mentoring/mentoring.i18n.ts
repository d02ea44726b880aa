import type { FeatureDictionary } from '../core/i18n/dictionary';
import { matchingTexts } from './matching/matching.i18n';
import { pairingsTexts } from './pairings/pairings.i18n';
import { programsTexts } from './programs/programs.i18n';

/** Peer mentoring's texts: programs and sign-up, the matching review, health and report, and pairings. */
export const mentoringI18n = {
  fi: { ...programsTexts.fi, ...matchingTexts.fi, ...pairingsTexts.fi },
  en: { ...programsTexts.en, ...matchingTexts.en, ...pairingsTexts.en },
} satisfies FeatureDictionary;
