import type { MatchingFactor, MatchingProposal } from './matching-types';

export type ExplanationLocale = 'fi' | 'en';

/** The category a shared key belongs to, for the caller's taxonomy to name it. */
export type LabelCategory = 'expertise' | 'sector' | 'language' | 'municipality' | 'availability' | 'mode';

/** The display name of a key, in its basic (nominative) form: the sentences below are built so that fits. */
export type LabelFor = (category: LabelCategory, key: string, locale: ExplanationLocale) => string;

export interface ExplanationPart {
  factor: MatchingFactor;
  points: number;
  text: string;
}

/**
 * One part per contribution that earned points, plus the shared languages (a shared language is why the pair may
 * meet at all, though only the languages beyond the first earn points): the parts' points add up to the score.
 */
export function explanationParts(
  proposal: MatchingProposal,
  labels: LabelFor,
  locale: ExplanationLocale,
): ExplanationPart[] {
  return [...proposal.contributions]
    .sort((a, b) => SENTENCE_ORDER.indexOf(a.factor) - SENTENCE_ORDER.indexOf(b.factor))
    .filter((c) => c.points > 0 || (c.factor === 'language' && c.shared.length > 0))
    .map((c) => {
      const names = c.shared.map((key) => labels(c.factor, key, locale));
      return { factor: c.factor, points: c.points, text: PHRASES[locale][c.factor](names) };
    });
}

/** A sentence saying why the pair was proposed, e.g. "speaks Finnish and Arabic with you; both in hospitality". */
export function explainProposal(proposal: MatchingProposal, labels: LabelFor, locale: ExplanationLocale): string {
  const parts = explanationParts(proposal, labels, locale);
  if (parts.length === 0)
    return locale === 'fi' ? 'Pari täyttää ohjelman ehdot.' : 'The pair meets the programme’s rules.';
  const sentence = parts.map((part) => part.text).join('; ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/** The language first: it is what lets the two meet at all. */
const SENTENCE_ORDER: readonly MatchingFactor[] = [
  'language',
  'expertise',
  'sector',
  'municipality',
  'availability',
  'mode',
];

type Phrase = (names: readonly string[]) => string;

const PHRASES: Record<ExplanationLocale, Record<MatchingFactor, Phrase>> = {
  en: {
    expertise: (names) => `knows about ${list(names, 'and')}, as you wished`,
    sector: (names) => `both in ${list(names, 'and')}`,
    language: (names) => `speaks ${list(names, 'and')} with you`,
    municipality: (names) => `both in ${list(names, 'and')}`,
    availability: (names) => `both free on ${list(names, 'and')}`,
    mode: (names) => (names.length > 0 ? `both can meet ${list(names, 'or')}` : 'both fine with how to meet'),
  },
  fi: {
    expertise: (names) =>
      `${names.length > 1 ? 'toivomasi osaamisalueet' : 'toivomasi osaamisalue'}: ${list(names, 'ja')}`,
    sector: (names) => `${names.length > 1 ? 'yhteiset toimialat' : 'yhteinen toimiala'}: ${list(names, 'ja')}`,
    language: (names) => `${names.length > 1 ? 'yhteiset kielet' : 'yhteinen kieli'}: ${list(names, 'ja')}`,
    municipality: (names) => `sama kunta: ${list(names, 'ja')}`,
    availability: (names) =>
      `${names.length > 1 ? 'yhteiset vapaat ajat' : 'yhteinen vapaa aika'}: ${list(names, 'ja')}`,
    mode: (names) => (names.length > 0 ? `tapaamistapa: ${list(names, 'tai')}` : 'tapaamistapa sopii molemmille'),
  },
};

/** "A", "A and B", "A, B and C" (no serial comma, as Finnish has none either). */
function list(names: readonly string[], conjunction: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${conjunction} ${names[names.length - 1]}`;
}
