import { type Locale, SMALL_GROUP_LABEL } from '@kotopaikka/contracts';

/** Column headers and values of the report CSVs in the reader's language: Finnish Excel users read these. */
const TEXT = {
  fi: {
    learner: {
      learner: 'Oppija',
      municipality: 'Kunta',
      organisation: 'Organisaatio',
      audience: 'Kohderyhmä',
      enrolledAt: 'Ilmoittautunut',
      completedAt: 'Suorittanut',
      averageQuizScorePercent: 'Tenttien keskiarvo (%)',
      completionDays: 'Suoritusaika (päivää)',
    },
    aggregate: {
      month: 'Ilmoittautumiskuukausi',
      municipality: 'Kunta',
      audience: 'Kohderyhmä',
      organisationType: 'Organisaation tyyppi',
      enrolled: 'Ilmoittautuneita',
      inProgress: 'Kesken',
      completed: 'Suorittaneita',
      averageQuizScorePercent: 'Tenttien keskiarvo (%)',
      averageCompletionDays: 'Suoritusajan keskiarvo (päivää)',
    },
    audience: {
      decision_maker: 'Päättäjä',
      employer: 'Työnantaja',
      onboarding_staff: 'Perehdyttäjä',
      guidance_professional: 'Ohjauksen ammattilainen',
      immigrant_participant: 'Maahanmuuttajaosallistuja',
      other: 'Muu',
    },
    organisationType: { employer: 'Työnantaja', municipal_unit: 'Kunnan yksikkö', none: 'Ei organisaatiota' },
  },
  en: {
    learner: {
      learner: 'Learner',
      municipality: 'Municipality',
      organisation: 'Organisation',
      audience: 'Audience',
      enrolledAt: 'Enrolled',
      completedAt: 'Completed',
      averageQuizScorePercent: 'Average quiz score (%)',
      completionDays: 'Completion time (days)',
    },
    aggregate: {
      month: 'Month of enrolment',
      municipality: 'Municipality',
      audience: 'Audience',
      organisationType: 'Organisation type',
      enrolled: 'Enrolled',
      inProgress: 'In progress',
      completed: 'Completed',
      averageQuizScorePercent: 'Average quiz score (%)',
      averageCompletionDays: 'Average completion time (days)',
    },
    audience: {
      decision_maker: 'Decision-maker',
      employer: 'Employer',
      onboarding_staff: 'Onboarding staff',
      guidance_professional: 'Guidance professional',
      immigrant_participant: 'Immigrant participant',
      other: 'Other',
    },
    organisationType: { employer: 'Employer', municipal_unit: 'Municipal unit', none: 'No organisation' },
  },
} as const satisfies Record<Locale, unknown>;

/** One line per enrollment, for those who work with the people (coordinators, admins, employers). */
export const LEARNER_CSV_COLUMNS = [
  'learner',
  'municipality',
  'organisation',
  'audience',
  'enrolledAt',
  'completedAt',
  'averageQuizScorePercent',
  'completionDays',
] as const;

/** One line per month, municipality, audience and organisation type: what a decision-maker gets, no people. */
export const AGGREGATE_CSV_COLUMNS = [
  'month',
  'municipality',
  'audience',
  'organisationType',
  'enrolled',
  'inProgress',
  'completed',
  'averageQuizScorePercent',
  'averageCompletionDays',
] as const;

export type OrganisationType = keyof (typeof TEXT)['fi']['organisationType'];

export function learnerHeaders(locale: Locale): string[] {
  return LEARNER_CSV_COLUMNS.map((c) => TEXT[locale].learner[c]);
}

export function aggregateHeaders(locale: Locale): string[] {
  return AGGREGATE_CSV_COLUMNS.map((c) => TEXT[locale].aggregate[c]);
}

export function audienceLabel(locale: Locale, audience: string): string {
  return (TEXT[locale].audience as Record<string, string>)[audience] ?? audience;
}

export function organisationTypeLabel(locale: Locale, type: OrganisationType): string {
  return TEXT[locale].organisationType[type];
}

/** A count as a cell: "<5" for a withheld group. */
export function countCell(value: number | null, suppressed: boolean): string | number | null {
  return suppressed ? SMALL_GROUP_LABEL : value;
}
