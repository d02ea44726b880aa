import type {
  MatchingRunView,
  MatchingSuggestion,
  MentoringProgram,
  MentoringRunMentee,
  MentoringRunMentor,
  PairRule,
} from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';

import { CsrfToken } from '../../core/http/csrf-token';
import { registerDictionary } from '../../core/i18n/dictionaries';
import { provideTestApp } from '../../testing/test-app';
import { mentoringI18n } from '../mentoring.i18n';

// The spec setup registers core/i18n/all-dictionaries.ts's list, which does not name mentoring's yet.
registerDictionary(mentoringI18n);

/** Test-only: the app's HTTP pipeline answered by HttpTestingController, animations off (dialogs close at once). */
export function setUpMatchingTest(): HttpTestingController {
  TestBed.configureTestingModule({
    providers: [...provideTestApp(), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
  });
  TestBed.inject(CsrfToken).set('csrf');
  return TestBed.inject(HttpTestingController);
}

export const PROGRAM_ID = 'pr000000-0000-4000-8000-000000000001';
export const LAUKAA = { id: 'mu000000-0000-4000-8000-000000000001', name: 'Laukaa' };
export const JYVASKYLA = { id: 'mu000000-0000-4000-8000-000000000002', name: 'Jyväskylä' };
export const SAARIJARVI = { id: 'mu000000-0000-4000-8000-000000000003', name: 'Saarijärvi' };

export function aProgram(overrides: Partial<MentoringProgram> = {}): MentoringProgram {
  return {
    id: PROGRAM_ID,
    name: 'Vertaismentorointi 2027',
    description: { fi: 'Kuvaus', en: 'Description' },
    municipalities: [LAUKAA, JYVASKYLA],
    startsOn: '2027-01-01',
    endsOn: '2027-06-30',
    matching: {
      weights: { expertise: 30, sector: 20, language: 20, municipality: 10, availability: 10, mode: 10 },
      minimumScore: 20,
      sameMunicipality: false,
      excludeSameOrganisation: true,
    },
    status: 'matching',
    mayManage: true,
    ...overrides,
  };
}

export function aMentor(n: number, name: string, municipality = LAUKAA): MentoringRunMentor {
  return { profileId: `mp-${n}`, person: { id: `u-mentor-${n}`, name }, municipality, organisation: null, capacity: 2 };
}

export function aMentee(n: number, name: string, municipality = LAUKAA): MentoringRunMentee {
  return { requestId: `mr-${n}`, person: { id: `u-mentee-${n}`, name }, municipality, organisation: null };
}

export function aSuggestion(
  mentor: MentoringRunMentor,
  mentee: MentoringRunMentee,
  score: number,
  overrides: Partial<MatchingSuggestion> = {},
): MatchingSuggestion {
  return {
    mentor,
    mentee,
    score,
    contributions: [{ factor: 'language', points: score, shared: ['fi'] }],
    pinned: false,
    explanation: { fi: `puhutte suomea (${mentee.person.name})`, en: `you both speak Finnish (${mentee.person.name})` },
    ...overrides,
  };
}

/** Three suggestions (mentees Aada, Bashir, Cecilia), one unmatched mentee and a pin the engine could not keep. */
export function aRun(overrides: Partial<MatchingRunView> = {}): MatchingRunView {
  const suggestions = [
    aSuggestion(aMentor(1, 'Veikko Mentor'), aMentee(1, 'Aada'), 40),
    aSuggestion(aMentor(2, 'Anna Mentor', JYVASKYLA), aMentee(2, 'Bashir'), 85, { pinned: true }),
    aSuggestion(aMentor(3, 'Matti Mentor'), aMentee(3, 'Cecilia', SAARIJARVI), 60),
  ];
  return {
    id: 'run-1',
    programId: PROGRAM_ID,
    status: 'draft',
    createdAt: '2026-12-07T10:00:00.000Z',
    createdBy: { id: 'u-coord', name: 'Kaisa Coordinator' },
    publishedAt: null,
    mentorsConsidered: 4,
    menteesConsidered: 5,
    matched: suggestions.length,
    totalScore: 185,
    suggestions,
    unmatched: [
      { mentee: aMentee(4, 'Dmitri', JYVASKYLA), reason: 'no_shared_language' },
      { mentee: aMentee(5, 'Eeva'), reason: 'mentors_full' },
    ],
    rejectedPins: [
      {
        ruleId: 'rule-x',
        mentor: { id: 'u-mentor-9', name: 'Olli' },
        mentee: { id: 'u-mentee-5', name: 'Eeva' },
        reason: 'mentor_full',
      },
    ],
    ...overrides,
  };
}

export function aRule(suggestion: MatchingSuggestion, kind: PairRule['kind'], id = `rule-${kind}`): PairRule {
  return {
    id,
    kind,
    mentorProfileId: suggestion.mentor.profileId,
    menteeRequestId: suggestion.mentee.requestId,
    mentor: suggestion.mentor.person,
    mentee: suggestion.mentee.person,
    createdAt: '2026-12-07T11:00:00.000Z',
  };
}
