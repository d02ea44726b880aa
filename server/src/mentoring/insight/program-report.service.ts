import {
  MENTORING_UNMATCHED_REASONS,
  type MentoringProgramReport,
  type MentoringUnmatchedReason,
  PAIRING_STATUSES,
  type PairingStatus,
  SMALL_GROUP_MAX,
} from '@kotopaikka/contracts';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Principal } from '../../platform/auth/principal';
import { type InsightScope, programForReport } from './insight-access';

interface FigureRow {
  mentors: number;
  mentees: number;
  matched: number;
  by_status: Partial<Record<PairingStatus, number>> | null;
  meetings: number;
  usefulness: string | null;
  match: string | null;
  responses: number;
  goals: number;
  goals_reached: number;
  run_result: unknown;
}

/** Pairings in scope (alias `mp`): either side signed up in one of the reader's municipalities. $2 all, $3 ids. */
const SCOPED_PAIRINGS = `
  SELECT mp.* FROM mentoring_pairing mp
    JOIN mentor_profile pr ON pr.id = mp.mentor_profile_id
    JOIN mentee_request rq ON rq.id = mp.mentee_request_id
   WHERE mp.program_id = $1 AND ($2::boolean OR pr.municipality_id = ANY($3::uuid[]) OR rq.municipality_id = ANY($3::uuid[]))`;

const ACCEPTED = `('active', 'completed', 'ended_early')`;

const FIGURES_SQL = `
  WITH scoped AS (${SCOPED_PAIRINGS})
  SELECT
    (SELECT count(*)::int FROM mentor_profile p
      WHERE p.program_id = $1 AND (p.status = 'approved' OR (p.status = 'withdrawn' AND p.decided_at IS NOT NULL))
        AND ($2 OR p.municipality_id = ANY($3::uuid[]))) AS mentors,
    (SELECT count(*)::int FROM mentee_request r
      WHERE r.program_id = $1 AND ($2 OR r.municipality_id = ANY($3::uuid[]))
        AND (r.status = 'open' OR EXISTS (SELECT 1 FROM mentoring_pairing x
                                           WHERE x.mentee_request_id = r.id AND x.status IN ${ACCEPTED}))) AS mentees,
    (SELECT count(*)::int FROM mentee_request r
      WHERE r.program_id = $1 AND ($2 OR r.municipality_id = ANY($3::uuid[]))
        AND EXISTS (SELECT 1 FROM mentoring_pairing x WHERE x.mentee_request_id = r.id AND x.status IN ${ACCEPTED}))
      AS matched,
    (SELECT json_object_agg(status, n) FROM (SELECT status, count(*)::int AS n FROM scoped GROUP BY status) s) AS by_status,
    (SELECT count(*)::int FROM mentoring_meeting mt JOIN scoped s ON s.id = mt.pairing_id WHERE mt.held_at <= $4)
      AS meetings,
    (SELECT round(avg(f.usefulness), 1) FROM mentoring_feedback f JOIN scoped s ON s.id = f.pairing_id) AS usefulness,
    (SELECT round(avg(f.match), 1) FROM mentoring_feedback f JOIN scoped s ON s.id = f.pairing_id) AS match,
    (SELECT count(*)::int FROM mentoring_feedback f JOIN scoped s ON s.id = f.pairing_id) AS responses,
    (SELECT count(*)::int FROM mentoring_goal g JOIN scoped s ON s.id = g.pairing_id) AS goals,
    (SELECT count(*)::int FROM mentoring_goal g JOIN scoped s ON s.id = g.pairing_id WHERE g.progress = 100)
      AS goals_reached,
    (SELECT r.result FROM mentoring_run r WHERE r.program_id = $1 ORDER BY r.created_at DESC, r.id DESC LIMIT 1)
      AS run_result`;

/** The latest run's unmatched mentees in scope, by reason; a result not in the expected shape counts nothing. */
export function unmatchedByReason(
  result: unknown,
  municipalityIds: string[] | null,
): Record<MentoringUnmatchedReason, number> {
  const counts = Object.fromEntries(MENTORING_UNMATCHED_REASONS.map((r) => [r, 0])) as Record<
    MentoringUnmatchedReason,
    number
  >;
  const unmatched = (result as { unmatched?: unknown } | null)?.unmatched;
  if (!Array.isArray(unmatched)) return counts;
  for (const entry of unmatched as { reason?: unknown; mentee?: { municipality?: { id?: unknown } } }[]) {
    const reason = entry?.reason as MentoringUnmatchedReason;
    if (!MENTORING_UNMATCHED_REASONS.includes(reason)) continue;
    const municipalityId = entry.mentee?.municipality?.id;
    if (municipalityIds && !(typeof municipalityId === 'string' && municipalityIds.includes(municipalityId))) continue;
    counts[reason] += 1;
  }
  return counts;
}

const rate = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** Withholds a count of 1–4 for a reader of figures; `null` stays "withheld", 0 stays 0. */
function withholding(scope: InsightScope): { count: (n: number) => number | null; small: (n: number) => boolean } {
  const small = (n: number): boolean => scope.withholdsSmallGroups && n > 0 && n <= SMALL_GROUP_MAX;
  return { small, count: (n) => (small(n) ? null : n) };
}

/** A program's figures for its coordinators and decision-makers, over the people of their municipalities. */
@Injectable()
export class ProgramReportService {
  constructor(private readonly db: DataSource) {}

  async report(actor: Principal, programId: string, now = new Date()): Promise<MentoringProgramReport> {
    const { program, scope } = await programForReport(this.db.manager, actor, programId);
    const [row]: FigureRow[] = await this.db.query(FIGURES_SQL, [
      programId,
      scope.municipalityIds === null,
      scope.municipalityIds ?? [],
      now,
    ]);
    const status = Object.fromEntries(PAIRING_STATUSES.map((s) => [s, row.by_status?.[s] ?? 0])) as Record<
      PairingStatus,
      number
    >;
    const accepted = status.active + status.completed + status.ended_early;
    const settled = accepted + status.declined + status.expired;
    const ended = status.completed + status.ended_early;
    const unmatched = unmatchedByReason(row.run_result, scope.municipalityIds);
    const { count, small } = withholding(scope);
    const people = [row.mentors, row.mentees, row.matched, row.responses, ...Object.values(unmatched)];
    const pairs = [...Object.values(status), accepted, settled, ended, settled + status.proposed];
    const ratingsShown = !small(row.responses);
    return {
      program: { id: program.id, name: program.name },
      generatedAt: now.toISOString(),
      recruited: { mentors: count(row.mentors), mentees: count(row.mentees) },
      matched: count(row.matched),
      unmatched: MENTORING_UNMATCHED_REASONS.map((reason) => ({ reason, count: count(unmatched[reason]) })),
      proposals: {
        sent: count(settled + status.proposed),
        accepted: count(accepted),
        declined: count(status.declined),
        expired: count(status.expired),
        open: count(status.proposed),
      },
      acceptanceRate: small(settled) ? null : rate(accepted, settled),
      pairsByStatus: Object.fromEntries(PAIRING_STATUSES.map((s) => [s, count(status[s])])) as Record<
        PairingStatus,
        number | null
      >,
      earlyEndingRate: small(ended) ? null : rate(status.ended_early, ended),
      meetingsHeld: row.meetings,
      ratings: {
        usefulness: ratingsShown && row.usefulness !== null ? Number(row.usefulness) : null,
        match: ratingsShown && row.match !== null ? Number(row.match) : null,
        responses: count(row.responses),
      },
      goals: { total: row.goals, reached: row.goals_reached },
      suppressed: [...people, ...pairs].some(small),
    };
  }
}
