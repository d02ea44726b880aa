import {
  type Locale,
  type MentoringProgramReport,
  type MentoringUnmatchedReason,
  type PairingStatus,
  SMALL_GROUP_LABEL,
  TIME_ZONE,
} from '@kotopaikka/contracts';

import { CSV_BOM, csvRow, type CsvValue } from '../../platform/csv/csv-writer';

type Label =
  | 'program'
  | 'generatedAt'
  | 'mentors'
  | 'mentees'
  | 'matched'
  | 'sent'
  | 'accepted'
  | 'declined'
  | 'expired'
  | 'open'
  | 'acceptanceRate'
  | 'earlyEndingRate'
  | 'meetingsHeld'
  | 'usefulness'
  | 'match'
  | 'responses'
  | 'goals'
  | 'goalsReached';

/** The report CSV's words in the reader's language: Finnish Excel users read these. */
const TEXT: Record<
  Locale,
  {
    headers: [string, string];
    labels: Record<Label, string>;
    unmatched: Record<MentoringUnmatchedReason, string>;
    status: Record<PairingStatus, string>;
  }
> = {
  fi: {
    headers: ['Luku', 'Arvo'],
    labels: {
      program: 'Ohjelma',
      generatedAt: 'Laadittu',
      mentors: 'Mentoreita',
      mentees: 'Mentoroitavia',
      matched: 'Pari löytyi',
      sent: 'Ehdotuksia lähetetty',
      accepted: 'Ehdotuksia hyväksytty',
      declined: 'Ehdotuksia hylätty',
      expired: 'Ehdotuksia vanhentunut',
      open: 'Ehdotuksia avoinna',
      acceptanceRate: 'Hyväksymisaste (%)',
      earlyEndingRate: 'Kesken päättyneiden osuus (%)',
      meetingsHeld: 'Tapaamisia pidetty',
      usefulness: 'Hyödyllisyys, keskiarvo (1–5)',
      match: 'Parin sopivuus, keskiarvo (1–5)',
      responses: 'Palautteita',
      goals: 'Tavoitteita',
      goalsReached: 'Tavoitteita saavutettu',
    },
    unmatched: {
      no_shared_language: 'Ilman paria: ei yhteistä kieltä',
      mentors_full: 'Ilman paria: sopivat mentorit täynnä',
      below_minimum_score: 'Ilman paria: paras pari alle vähimmäispisteiden',
      no_compatible_mentor: 'Ilman paria: ei sopivaa mentoria',
    },
    status: {
      proposed: 'Pareja: ehdotettu',
      active: 'Pareja: käynnissä',
      completed: 'Pareja: päättynyt',
      ended_early: 'Pareja: päättynyt kesken',
      declined: 'Pareja: hylätty',
      expired: 'Pareja: vanhentunut',
    },
  },
  en: {
    headers: ['Figure', 'Value'],
    labels: {
      program: 'Program',
      generatedAt: 'Generated',
      mentors: 'Mentors',
      mentees: 'Mentees',
      matched: 'Matched',
      sent: 'Proposals sent',
      accepted: 'Proposals accepted',
      declined: 'Proposals declined',
      expired: 'Proposals expired',
      open: 'Proposals open',
      acceptanceRate: 'Acceptance rate (%)',
      earlyEndingRate: 'Early-ending rate (%)',
      meetingsHeld: 'Meetings held',
      usefulness: 'Usefulness, average (1–5)',
      match: 'Match, average (1–5)',
      responses: 'Feedback responses',
      goals: 'Goals',
      goalsReached: 'Goals reached',
    },
    unmatched: {
      no_shared_language: 'Unmatched: no shared language',
      mentors_full: 'Unmatched: compatible mentors full',
      below_minimum_score: 'Unmatched: best pair below the minimum score',
      no_compatible_mentor: 'Unmatched: no compatible mentor',
    },
    status: {
      proposed: 'Pairs: proposed',
      active: 'Pairs: active',
      completed: 'Pairs: completed',
      ended_early: 'Pairs: ended early',
      declined: 'Pairs: declined',
      expired: 'Pairs: expired',
    },
  },
};

// sv-SE writes 2026-11-27 10:00:00: sortable and read as a date by Finnish Excel.
const csvTime = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, dateStyle: 'short', timeStyle: 'short' });

/** A withheld count as "<5", as the training reports show it. */
const count = (n: number | null): CsvValue => (n === null ? SMALL_GROUP_LABEL : n);
const percent = (r: number | null): CsvValue => (r === null ? null : Math.round(r * 1000) / 10);

/** The report as two columns (figure, value) for Finnish Excel: BOM, `;`, formula starts neutralised. */
export function programReportCsv(report: MentoringProgramReport, locale: Locale): string {
  const t = TEXT[locale];
  const ratingsWithheld = report.ratings.responses === null;
  const lines: [string, CsvValue][] = [
    [t.labels.program, report.program.name],
    [t.labels.generatedAt, csvTime.format(new Date(report.generatedAt))],
    [t.labels.mentors, count(report.recruited.mentors)],
    [t.labels.mentees, count(report.recruited.mentees)],
    [t.labels.matched, count(report.matched)],
    ...report.unmatched.map((u): [string, CsvValue] => [t.unmatched[u.reason], count(u.count)]),
    [t.labels.sent, count(report.proposals.sent)],
    [t.labels.accepted, count(report.proposals.accepted)],
    [t.labels.declined, count(report.proposals.declined)],
    [t.labels.expired, count(report.proposals.expired)],
    [t.labels.open, count(report.proposals.open)],
    [t.labels.acceptanceRate, percent(report.acceptanceRate)],
    ...(Object.entries(report.pairsByStatus) as [PairingStatus, number | null][]).map(
      ([status, n]): [string, CsvValue] => [t.status[status], count(n)],
    ),
    [t.labels.earlyEndingRate, percent(report.earlyEndingRate)],
    [t.labels.meetingsHeld, report.meetingsHeld],
    [t.labels.usefulness, ratingsWithheld ? SMALL_GROUP_LABEL : report.ratings.usefulness],
    [t.labels.match, ratingsWithheld ? SMALL_GROUP_LABEL : report.ratings.match],
    [t.labels.responses, count(report.ratings.responses)],
    [t.labels.goals, report.goals.total],
    [t.labels.goalsReached, report.goals.reached],
  ];
  return CSV_BOM + csvRow(t.headers) + lines.map((line) => csvRow(line)).join('');
}
