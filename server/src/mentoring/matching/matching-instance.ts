import type {
  MatchingRunView,
  MatchingSuggestion,
  MentoringRunMentee,
  MentoringRunMentor,
  PairRule,
} from '@kotopaikka/contracts';
import {
  explainProposal,
  type LabelFor,
  type MatchingInstance,
  type MatchingResult,
  type MatchingWeights,
  taxonomyLabel,
} from '@kotopaikka/matching';

import type { EntityManager } from 'typeorm';

import { pairRulesOf } from './pair-rules.service';

/** What a run keeps in `mentoring_run.result`: the view's parts that the engine produced. */
export type StoredRunResult = Pick<
  MatchingRunView,
  'mentorsConsidered' | 'menteesConsidered' | 'suggestions' | 'unmatched' | 'rejectedPins'
>;

interface ProgramSettingsRow {
  weights: MatchingWeights;
  minimum_score: number;
  same_municipality: boolean;
  exclude_same_organisation: boolean;
}

interface PersonRow {
  id: string;
  user_id: string;
  display_name: string;
  expertise: string[];
  sectors: string[];
  languages: string[];
  availability: string[];
  municipality_id: string;
  municipality_name: string;
  organisation_id: string | null;
  organisation_name: string | null;
}

type MentorRow = PersonRow & { meeting_modes: ('in_person' | 'online')[]; capacity: number; free: number };
type MenteeRow = PersonRow & { meeting_mode: 'in_person' | 'online' | 'either' };

const PERSON_COLUMNS = `x.id, x.user_id, u.display_name, x.expertise, x.sectors, x.languages, x.availability,
  x.municipality_id, mu.name AS municipality_name, x.organisation_id, o.name AS organisation_name`;
const PERSON_JOINS = `JOIN app_user u ON u.id = x.user_id JOIN municipality mu ON mu.id = x.municipality_id
  LEFT JOIN organisation o ON o.id = x.organisation_id`;

/** A program's instance for the engine, with the people's names for the view. */
export interface LoadedInstance {
  instance: MatchingInstance;
  mentors: Map<string, MentorRow>;
  mentees: Map<string, MenteeRow>;
  pins: PairRule[];
}

/**
 * The program as the engine sees it now: approved mentors (capacity left = capacity − proposals and active
 * pairings), open requests with no proposal or pairing under way and none completed (a mentee mentored to the end
 * is done; one whose pairing ended early is matched again), the pins, and as blocked the blocks and every pair that
 * failed before in the program: declined, left to expire or ended early.
 */
export async function loadInstance(m: EntityManager, programId: string): Promise<LoadedInstance> {
  const [program]: ProgramSettingsRow[] = await m.query(
    `SELECT weights, minimum_score, same_municipality, exclude_same_organisation FROM mentoring_program WHERE id = $1`,
    [programId],
  );
  const mentorRows: MentorRow[] = await m.query(
    `SELECT ${PERSON_COLUMNS}, x.meeting_modes, x.capacity,
            x.capacity - (SELECT count(*) FROM mentoring_pairing p
                           WHERE p.mentor_profile_id = x.id AND p.status IN ('proposed', 'active'))::int AS free
       FROM mentor_profile x ${PERSON_JOINS}
      WHERE x.program_id = $1 AND x.status = 'approved'`,
    [programId],
  );
  const menteeRows: MenteeRow[] = await m.query(
    `SELECT ${PERSON_COLUMNS}, x.meeting_mode
       FROM mentee_request x ${PERSON_JOINS}
      WHERE x.program_id = $1 AND x.status = 'open'
        AND NOT EXISTS (SELECT 1 FROM mentoring_pairing p
                         WHERE p.mentee_request_id = x.id AND p.status IN ('proposed', 'active', 'completed'))`,
    [programId],
  );
  const rules = await pairRulesOf(m, programId);
  const declined: { mentorId: string; menteeId: string }[] = await m.query(
    `SELECT DISTINCT mentor_profile_id AS "mentorId", mentee_request_id AS "menteeId"
       FROM mentoring_pairing WHERE program_id = $1 AND status IN ('declined', 'expired', 'ended_early')`,
    [programId],
  );
  const pins = rules.filter((r) => r.kind === 'pin');
  const pair = (r: PairRule) => ({ mentorId: r.mentorProfileId, menteeId: r.menteeRequestId });
  const instance: MatchingInstance = {
    settings: {
      weights: program.weights,
      minimumScore: program.minimum_score,
      sameMunicipality: program.same_municipality,
      excludeSameOrganisation: program.exclude_same_organisation,
    },
    mentors: mentorRows.map((r) => ({
      id: r.id,
      personId: r.user_id,
      expertise: r.expertise,
      sectors: r.sectors,
      languages: r.languages,
      municipalityId: r.municipality_id,
      organisationId: r.organisation_id,
      freeCapacity: Math.max(0, r.free),
      availability: r.availability,
      modes: r.meeting_modes,
    })),
    mentees: menteeRows.map((r) => ({
      id: r.id,
      personId: r.user_id,
      expertise: r.expertise,
      sectors: r.sectors,
      languages: r.languages,
      municipalityId: r.municipality_id,
      organisationId: r.organisation_id,
      availability: r.availability,
      mode: r.meeting_mode,
    })),
    fixed: pins.map(pair),
    blocked: [...rules.filter((r) => r.kind === 'block').map(pair), ...declined],
  };
  return {
    instance,
    mentors: new Map(mentorRows.map((r) => [r.id, r])),
    mentees: new Map(menteeRows.map((r) => [r.id, r])),
    pins,
  };
}

const MODE_NAMES: Record<string, { fi: string; en: string }> = {
  in_person: { fi: 'kasvotusten', en: 'in person' },
  online: { fi: 'verkossa', en: 'online' },
};

function labelsFor(municipalities: ReadonlyMap<string, string>): LabelFor {
  return (category, key, locale) => {
    if (category === 'municipality') return municipalities.get(key) ?? key;
    if (category === 'mode') return MODE_NAMES[key]?.[locale] ?? key;
    return taxonomyLabel(category, key, locale);
  };
}

const idName = (id: string, name: string | null) => (name === null ? null : { id, name });

function runMentor(r: MentorRow): MentoringRunMentor {
  return {
    profileId: r.id,
    person: { id: r.user_id, name: r.display_name },
    municipality: { id: r.municipality_id, name: r.municipality_name },
    organisation: r.organisation_id ? idName(r.organisation_id, r.organisation_name) : null,
    capacity: r.capacity,
  };
}

function runMentee(r: MenteeRow): MentoringRunMentee {
  return {
    requestId: r.id,
    person: { id: r.user_id, name: r.display_name },
    municipality: { id: r.municipality_id, name: r.municipality_name },
    organisation: r.organisation_id ? idName(r.organisation_id, r.organisation_name) : null,
  };
}

const byMenteeName = (a: { mentee: MentoringRunMentee }, b: { mentee: MentoringRunMentee }): number =>
  a.mentee.person.name.localeCompare(b.mentee.person.name, 'fi') ||
  a.mentee.requestId.localeCompare(b.mentee.requestId);

/** The engine's result in the view's terms; explanations (both languages) are built for the proposed pairs only. */
export function describeResult(loaded: LoadedInstance, result: MatchingResult): StoredRunResult {
  const municipalities = new Map<string, string>();
  for (const r of [...loaded.mentors.values(), ...loaded.mentees.values()])
    municipalities.set(r.municipality_id, r.municipality_name);
  const labels = labelsFor(municipalities);
  const suggestions: MatchingSuggestion[] = result.proposals.map((p) => {
    const mentor = loaded.mentors.get(p.mentorId) as MentorRow;
    const mentee = loaded.mentees.get(p.menteeId) as MenteeRow;
    return {
      mentor: runMentor(mentor),
      mentee: runMentee(mentee),
      score: p.score,
      contributions: p.contributions.map((c) => ({ factor: c.factor, points: c.points, shared: [...c.shared] })),
      pinned: p.fixed,
      explanation: { fi: explainProposal(p, labels, 'fi'), en: explainProposal(p, labels, 'en') },
    };
  });
  const pinById = new Map(loaded.pins.map((r) => [`${r.mentorProfileId}/${r.menteeRequestId}`, r]));
  return {
    mentorsConsidered: loaded.instance.mentors.filter((x) => x.freeCapacity > 0).length,
    menteesConsidered: loaded.instance.mentees.length,
    suggestions: suggestions.sort(byMenteeName),
    unmatched: result.unmatched
      .map((u) => ({ mentee: runMentee(loaded.mentees.get(u.menteeId) as MenteeRow), reason: u.reason }))
      .sort(byMenteeName),
    rejectedPins: result.rejectedFixed.flatMap((r) => {
      const rule = pinById.get(`${r.mentorId}/${r.menteeId}`);
      return rule ? [{ ruleId: rule.id, mentor: rule.mentor, mentee: rule.mentee, reason: r.reason }] : [];
    }),
  };
}
