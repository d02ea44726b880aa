import { ErrorCode, type PairRule } from '@kotopaikka/contracts';

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import { MentoringProgramsService } from '../programs/mentoring-programs.service';
import type { PairRuleInputDto } from './dto/pair-rule.dto';

const RULE_SELECT = `
  SELECT r.id, r.mentor_profile_id AS "mentorProfileId", r.mentee_request_id AS "menteeRequestId", r.kind,
         jsonb_build_object('id', mu.id, 'name', mu.display_name) AS mentor,
         jsonb_build_object('id', eu.id, 'name', eu.display_name) AS mentee,
         to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"
    FROM mentoring_pair_rule r
    JOIN mentor_profile mp ON mp.id = r.mentor_profile_id
    JOIN app_user mu ON mu.id = mp.user_id
    JOIN mentee_request mr ON mr.id = r.mentee_request_id
    JOIN app_user eu ON eu.id = mr.user_id`;

/** The program's pins and blocks, oldest first. */
export function pairRulesOf(m: EntityManager, programId: string): Promise<PairRule[]> {
  return m.query(`${RULE_SELECT} WHERE r.program_id = $1 ORDER BY r.created_at, r.id`, [programId]);
}

/**
 * Pins and blocks of mentor–mentee pairs, set by those who manage the program while it is not closed. A pair has
 * one rule: a second one on the same pair replaces the first (pinning a blocked pair unblocks it), so the
 * coordinator never has to delete before changing their mind.
 */
@Injectable()
export class PairRulesService {
  constructor(
    private readonly db: DataSource,
    private readonly programs: MentoringProgramsService,
  ) {}

  async list(actor: Principal, programId: string): Promise<PairRule[]> {
    await this.programs.managed(this.db.manager, actor, programId, false);
    return pairRulesOf(this.db.manager, programId);
  }

  async set(actor: Principal, programId: string, dto: PairRuleInputDto): Promise<PairRule> {
    const id = await this.db.transaction(async (m) => {
      await this.openProgram(m, actor, programId);
      const mentor: { id: string }[] = await m.query(
        `SELECT id FROM mentor_profile WHERE id = $1 AND program_id = $2`,
        [dto.mentorProfileId, programId],
      );
      if (!mentor[0]) throw ApiException.invalid('mentorProfileId', 'must be a mentor profile of this program');
      const mentee: { id: string }[] = await m.query(
        `SELECT id FROM mentee_request WHERE id = $1 AND program_id = $2`,
        [dto.menteeRequestId, programId],
      );
      if (!mentee[0]) throw ApiException.invalid('menteeRequestId', 'must be a mentee request of this program');
      const [{ id }]: { id: string }[] = await m.query(
        `INSERT INTO mentoring_pair_rule (program_id, mentor_profile_id, mentee_request_id, kind, created_by)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT ON CONSTRAINT uq_mentoring_pair_rule_pair DO UPDATE
           SET kind = EXCLUDED.kind, created_by = EXCLUDED.created_by, created_at = now()
         RETURNING id`,
        [programId, dto.mentorProfileId, dto.menteeRequestId, dto.kind, actor.id],
      );
      return id;
    });
    const rows: PairRule[] = await this.db.query(`${RULE_SELECT} WHERE r.id = $1`, [id]);
    return rows[0];
  }

  async remove(actor: Principal, programId: string, ruleId: string): Promise<void> {
    await this.db.transaction(async (m) => {
      await this.openProgram(m, actor, programId);
      const [, deleted]: [unknown, number] = await m.query(
        `DELETE FROM mentoring_pair_rule WHERE id = $1 AND program_id = $2`,
        [ruleId, programId],
      );
      if (deleted === 0) throw ApiException.notFound('Pair rule');
    });
  }

  private async openProgram(m: EntityManager, actor: Principal, programId: string): Promise<void> {
    const program = await this.programs.managed(m, actor, programId, true);
    if (program.row.status === 'closed')
      throw ApiException.conflict(ErrorCode.Conflict, 'A closed program’s pairs are no longer pinned or blocked');
  }
}
