import type { IdName, MatchingRunView, MatchingSuggestion, PairRule } from '@kotopaikka/contracts';

export type SuggestionSortKey = 'mentor' | 'mentee' | 'score';
export type SortDirection = 'ascending' | 'descending';

export interface SuggestionSort {
  key: SuggestionSortKey;
  direction: SortDirection;
}

/** The run's own order (by mentee name). */
export const DEFAULT_SORT: SuggestionSort = { key: 'mentee', direction: 'ascending' };

/** The same header again turns the order round; a new one starts with names A–Z and the best score first. */
export function nextSort(current: SuggestionSort, key: SuggestionSortKey): SuggestionSort {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'score' ? 'descending' : 'ascending' };
}

/** Suggestions in the chosen order; ties go by mentee name, then mentor name, so the order never jumps. */
export function sortSuggestions(
  suggestions: readonly MatchingSuggestion[],
  sort: SuggestionSort,
  collator: Intl.Collator,
): MatchingSuggestion[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byMentee = (a: MatchingSuggestion, b: MatchingSuggestion) =>
    collator.compare(a.mentee.person.name, b.mentee.person.name);
  const byMentor = (a: MatchingSuggestion, b: MatchingSuggestion) =>
    collator.compare(a.mentor.person.name, b.mentor.person.name);
  const first =
    sort.key === 'score'
      ? (a: MatchingSuggestion, b: MatchingSuggestion) => a.score - b.score
      : sort.key === 'mentor'
        ? byMentor
        : byMentee;
  return [...suggestions].sort((a, b) => sign * first(a, b) || byMentee(a, b) || byMentor(a, b));
}

/** Every municipality of a mentor or mentee in the run, by name: the choices of the filter. */
export function runMunicipalities(run: MatchingRunView, collator: Intl.Collator): IdName[] {
  const found = new Map<string, IdName>();
  for (const s of run.suggestions) {
    found.set(s.mentor.municipality.id, s.mentor.municipality);
    found.set(s.mentee.municipality.id, s.mentee.municipality);
  }
  for (const u of run.unmatched) found.set(u.mentee.municipality.id, u.mentee.municipality);
  return [...found.values()].sort((a, b) => collator.compare(a.name, b.name));
}

/** A pair is in a municipality when the mentor or the mentee is; '' is every municipality. */
export function inMunicipality(suggestion: MatchingSuggestion, municipalityId: string): boolean {
  return (
    municipalityId === '' ||
    suggestion.mentor.municipality.id === municipalityId ||
    suggestion.mentee.municipality.id === municipalityId
  );
}

/** The pin or block a coordinator has set on this pair, if any (one per pair). */
export function ruleOf(rules: readonly PairRule[], suggestion: MatchingSuggestion): PairRule | null {
  return (
    rules.find(
      (r) => r.mentorProfileId === suggestion.mentor.profileId && r.menteeRequestId === suggestion.mentee.requestId,
    ) ?? null
  );
}
