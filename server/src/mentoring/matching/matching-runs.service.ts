import { ErrorCode, type MatchingRunStatus, type MatchingRunView, type PublishRunResult } from '@kotopaikka/contracts';
import { solveMatching } from '@kotopaikka/matching';

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import { MentoringProgramsService } from '../programs/mentoring-programs.service';
import { type PairingPeople, ProposalNotices } from '../proposals/proposal-notices';
import { describeResult, loadInstance, type StoredRunResult } from './matching-instance';
import { overseenProgram } from './program-oversight';

interface RunRow {
  id: string;
  program_id: string;
  status: MatchingRunStatus;
  result: StoredRunResult;
  matched: number;
  total_score: number;
  created_at: Date;
  creator_id: string | null;
  creator_name: string | null;
  published_at: Date | null;
}

const RUN_SELECT = `
  SELECT r.id, r.program_id, r.status, r.result, r.matched, r.total_score, r.created_at, r.published_at,
         u.id AS creator_id, u.display_name AS creator_name
    FROM mentoring_run r LEFT JOIN app_user u ON u.id = r.created_by`;

/** A program is matched while it matches its first pairs or runs (rematching the people left). */
const MATCHING_STATUSES = ['matching', 'running'];

function toView(r: RunRow): MatchingRunView {
  return {
    id: r.id,
    programId: r.program_id,
    status: r.status,
    createdAt: r.created_at.toISOString(),
    createdBy: r.creator_id && r.creator_name !== null ? { id: r.creator_id, name: r.creator_name } : null,
    publishedAt: r.published_at ? r.published_at.toISOString() : null,
    mentorsConsidered: r.result.mentorsConsidered,
    menteesConsidered: r.result.menteesConsidered,
    matched: r.matched,
    totalScore: r.total_score,
    suggestions: r.result.suggestions,
    unmatched: r.result.unmatched,
    rejectedPins: r.result.rejectedPins,
  };
}

/**
 * Matching runs: a coordinator who manages the program runs the engine on who is left to match (a new draft,
 * superseding the earlier one), reviews it, and publishes it as proposals. Overseers (coordinators of any of the
 * program's municipalities) may read runs.
 */
@Injectable()
export class MatchingRunsService {
  constructor(
    private readonly db: DataSource,
    private readonly programs: MentoringProgramsService,
    private readonly notices: ProposalNotices,
  ) {}

  async run(actor: Principal, programId: string): Promise<MatchingRunView> {
    const id = await this.db.transaction(async (m) => {
      // The program's lock makes two runs (or a run and a publish) of one program take turns.
      const program = await this.programs.managed(m, actor, programId, true);
      if (!MATCHING_STATUSES.includes(program.row.status))
        throw ApiException.conflict(ErrorCode.Conflict, 'A program is matched while it is matching or running');
      const loaded = await loadInstance(m, programId);
      const result = solveMatching(loaded.instance);
      await m.query(`UPDATE mentoring_run SET status = 'superseded' WHERE program_id = $1 AND status = 'draft'`, [
        programId,
      ]);
      const [{ id }]: { id: string }[] = await m.query(
        `INSERT INTO mentoring_run (program_id, result, matched, total_score, created_by)
         VALUES ($1, $2::jsonb, $3, $4, $5) RETURNING id`,
        [programId, JSON.stringify(describeResult(loaded, result)), result.matched, result.totalScore, actor.id],
      );
      return id;
    });
    return this.load(this.db.manager, id);
  }

  async latest(actor: Principal, programId: string): Promise<MatchingRunView> {
    await overseenProgram(this.programs, this.db.manager, actor, programId);
    const rows: RunRow[] = await this.db.query(
      `${RUN_SELECT} WHERE r.program_id = $1 ORDER BY r.created_at DESC, r.id DESC LIMIT 1`,
      [programId],
    );
    if (!rows[0]) throw ApiException.notFound('Matching run');
    return toView(rows[0]);
  }

  async detail(actor: Principal, runId: string): Promise<MatchingRunView> {
    const run = await this.load(this.db.manager, runId);
    try {
      await overseenProgram(this.programs, this.db.manager, actor, run.programId);
    } catch (error) {
      // A run of a program one may not see does not exist for them.
      if (error instanceof ApiException && error.code === ErrorCode.NotFound)
        throw ApiException.notFound('Matching run');
      throw error;
    }
    return run;
  }

  /**
   * Publishes the program's latest draft as proposals, in one transaction: the program and the suggested mentors'
   * profiles are locked (in id order, as every capacity change locks them), each suggestion is checked again (the
   * mentor approved with capacity left, the request open without a live pairing, the pair not blocked since), and
   * the ones still valid become proposals with their e-mails in the outbox. Notifications follow the commit.
   */
  async publish(actor: Principal, runId: string): Promise<PublishRunResult> {
    const found: { program_id: string }[] = await this.db.query(`SELECT program_id FROM mentoring_run WHERE id = $1`, [
      runId,
    ]);
    if (!found[0]) throw ApiException.notFound('Matching run');
    let people: PairingPeople[] = [];
    const outcome = await this.db.transaction(async (m) => {
      const program = await this.programs.managed(m, actor, found[0].program_id, true);
      if (!MATCHING_STATUSES.includes(program.row.status))
        throw ApiException.conflict(ErrorCode.Conflict, 'A program’s runs are published while it matches or runs');
      const [run]: { status: MatchingRunStatus; result: StoredRunResult }[] = await m.query(
        `SELECT status, result FROM mentoring_run WHERE id = $1 FOR UPDATE`,
        [runId],
      );
      if (run.status !== 'draft')
        throw ApiException.conflict(
          ErrorCode.Conflict,
          `Only the latest draft is published; this run is ${run.status}`,
        );
      const suggestions = run.result.suggestions;
      const mentorIds = [...new Set(suggestions.map((s) => s.mentor.profileId))].sort();
      // Locked first, counted after (a new statement, so the count sees what the lock's last holder committed).
      const mentors: { id: string; user_id: string; status: string; capacity: number; live: number }[] = await m.query(
        `SELECT id, user_id, status, capacity, 0 AS live FROM mentor_profile
            WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
        [mentorIds],
      );
      const live: { id: string; live: number }[] = await m.query(
        `SELECT mentor_profile_id AS id, count(*)::int AS live FROM mentoring_pairing
          WHERE mentor_profile_id = ANY($1::uuid[]) AND status IN ('proposed', 'active') GROUP BY mentor_profile_id`,
        [mentorIds],
      );
      const liveById = new Map(live.map((l) => [l.id, l.live]));
      for (const mentor of mentors) mentor.live = liveById.get(mentor.id) ?? 0;
      const mentorById = new Map(mentors.map((r) => [r.id, r]));
      const ids: string[] = [];
      for (const s of suggestions) {
        const mentor = mentorById.get(s.mentor.profileId);
        if (!mentor || mentor.status !== 'approved' || mentor.live >= mentor.capacity) continue;
        // The request still open, with no live pairing (the partial unique index settles a race), not blocked since.
        const inserted: { id: string }[] = await m.query(
          `INSERT INTO mentoring_pairing (program_id, run_id, mentor_profile_id, mentee_request_id, mentor_user_id,
                                          mentee_user_id, score, contributions, explanation)
           SELECT $1, $2, $3, r.id, $4, r.user_id, $6, $7::jsonb, $8::jsonb
             FROM mentee_request r
            WHERE r.id = $5 AND r.program_id = $1 AND r.status = 'open' AND r.user_id <> $4
              AND NOT EXISTS (SELECT 1 FROM mentoring_pair_rule b
                               WHERE b.mentor_profile_id = $3 AND b.mentee_request_id = r.id AND b.kind = 'block')
           ON CONFLICT (mentee_request_id) WHERE status IN ('proposed', 'active') DO NOTHING
           RETURNING id`,
          [
            found[0].program_id,
            runId,
            mentor.id,
            mentor.user_id,
            s.mentee.requestId,
            s.score,
            JSON.stringify(s.contributions),
            JSON.stringify(s.explanation),
          ],
        );
        if (inserted[0]) {
          ids.push(inserted[0].id);
          mentor.live += 1;
        }
      }
      await m.query(
        `UPDATE mentoring_run SET status = 'published', published_by = $2, published_at = now() WHERE id = $1`,
        [runId, actor.id],
      );
      people = await this.notices.people(m, ids);
      for (const p of people) await this.notices.mail(m, 'mentoring_proposal', p, ['mentor', 'mentee']);
      return { proposed: ids.length, skipped: suggestions.length - ids.length };
    });
    for (const p of people) await this.notices.notify('mentoring.proposal', p, ['mentor', 'mentee']);
    return outcome;
  }

  private async load(m: EntityManager, runId: string): Promise<MatchingRunView> {
    const rows: RunRow[] = await m.query(`${RUN_SELECT} WHERE r.id = $1`, [runId]);
    if (!rows[0]) throw ApiException.notFound('Matching run');
    return toView(rows[0]);
  }
}
