import { ErrorCode, type MenteeRequest, type MenteeRequestStatus } from '@kotopaikka/contracts';

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import { programForSignUp } from '../program-roles';
import { MentoringProgramsService } from '../programs/mentoring-programs.service';
import type { MenteeRequestInputDto } from './dto/mentee-request.dto';

const REQUEST_SELECT = `
  SELECT r.id, r.program_id AS "programId", jsonb_build_object('id', u.id, 'name', u.display_name) AS person,
         r.goals, r.expertise, r.sectors, r.languages, r.availability, r.meeting_mode AS "meetingMode",
         jsonb_build_object('id', mu.id, 'name', mu.name) AS municipality,
         CASE WHEN o.id IS NULL THEN NULL ELSE jsonb_build_object('id', o.id, 'name', o.name) END AS organisation,
         r.status
  FROM mentee_request r
  JOIN app_user u ON u.id = r.user_id
  JOIN municipality mu ON mu.id = r.municipality_id
  LEFT JOIN organisation o ON o.id = r.organisation_id`;

/**
 * Mentee requests. A person asks for a mentor in a recruiting program they can see and may withdraw; they see only
 * their own request, those who manage the program see all of its requests.
 */
@Injectable()
export class MenteeRequestsService {
  constructor(
    private readonly db: DataSource,
    private readonly programs: MentoringProgramsService,
  ) {}

  async ask(actor: Principal, programId: string, dto: MenteeRequestInputDto): Promise<MenteeRequest> {
    const id = await this.db.transaction(async (m) => {
      await programForSignUp(m, this.programs, actor, programId, dto.municipalityId, 'mentee');
      const existing: { status: MenteeRequestStatus }[] = await m.query(
        `SELECT status FROM mentee_request WHERE program_id = $1 AND user_id = $2 FOR UPDATE`,
        [programId, actor.id],
      );
      if (existing[0]?.status === 'open')
        throw ApiException.conflict(ErrorCode.Conflict, 'You already asked for a mentor in this program');
      const [{ id }]: { id: string }[] = await m.query(
        `INSERT INTO mentee_request (program_id, user_id, goals, expertise, sectors, languages, availability,
                                     meeting_mode, municipality_id, organisation_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT ON CONSTRAINT uq_mentee_request_program_user DO UPDATE
           SET goals = EXCLUDED.goals, expertise = EXCLUDED.expertise, sectors = EXCLUDED.sectors,
               languages = EXCLUDED.languages, availability = EXCLUDED.availability,
               meeting_mode = EXCLUDED.meeting_mode, municipality_id = EXCLUDED.municipality_id,
               organisation_id = EXCLUDED.organisation_id, status = 'open', updated_at = now()
         RETURNING id`,
        [
          programId,
          actor.id,
          dto.goals,
          dto.expertise,
          dto.sectors,
          dto.languages,
          dto.availability,
          dto.meetingMode,
          dto.municipalityId,
          actor.organisationId,
        ],
      );
      return id;
    });
    return this.load(this.db.manager, id);
  }

  async mine(actor: Principal, programId: string): Promise<MenteeRequest> {
    await this.programs.visible(this.db.manager, actor, programId);
    const rows: MenteeRequest[] = await this.db.query(`${REQUEST_SELECT} WHERE r.program_id = $1 AND r.user_id = $2`, [
      programId,
      actor.id,
    ]);
    if (!rows[0]) throw ApiException.notFound('Mentee request');
    return rows[0];
  }

  async forProgram(actor: Principal, programId: string): Promise<MenteeRequest[]> {
    await this.programs.managed(this.db.manager, actor, programId, false);
    return this.db.query(`${REQUEST_SELECT} WHERE r.program_id = $1 ORDER BY r.created_at, r.id`, [programId]);
  }

  /** The person's own withdrawal; someone else's request is not theirs to see (404). */
  async withdraw(actor: Principal, requestId: string): Promise<MenteeRequest> {
    await this.db.transaction(async (m) => {
      const rows: { user_id: string; status: MenteeRequestStatus }[] = await m.query(
        `SELECT user_id, status FROM mentee_request WHERE id = $1 FOR UPDATE`,
        [requestId],
      );
      if (!rows[0] || rows[0].user_id !== actor.id) throw ApiException.notFound('Mentee request');
      if (rows[0].status === 'withdrawn') throw ApiException.conflict(ErrorCode.Conflict, 'Already withdrawn');
      await m.query(`UPDATE mentee_request SET status = 'withdrawn', updated_at = now() WHERE id = $1`, [requestId]);
    });
    return this.load(this.db.manager, requestId);
  }

  private async load(m: EntityManager, id: string): Promise<MenteeRequest> {
    const rows: MenteeRequest[] = await m.query(`${REQUEST_SELECT} WHERE r.id = $1`, [id]);
    if (!rows[0]) throw ApiException.notFound('Mentee request');
    return rows[0];
  }
}
