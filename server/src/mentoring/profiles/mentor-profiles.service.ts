import { ErrorCode, type MentorProfile, type MentorProfileStatus } from '@kotopaikka/contracts';

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { AuditService } from '../../platform/audit/audit.service';
import type { Principal } from '../../platform/auth/principal';
import { SessionService } from '../../platform/auth/session.service';
import { ApiException } from '../../platform/errors/api.exception';
import { dropMentorRoleIfLast } from '../mentor-role';
import { programForSignUp } from '../program-roles';
import { MentoringProgramsService } from '../programs/mentoring-programs.service';
import type { MentorProfileInputDto } from './dto/mentor-profile.dto';

const PROFILE_SELECT = `
  SELECT mp.id, mp.program_id AS "programId", jsonb_build_object('id', u.id, 'name', u.display_name) AS person,
         mp.expertise, mp.sectors, mp.languages, mp.availability, mp.meeting_modes AS "meetingModes",
         jsonb_build_object('id', mu.id, 'name', mu.name) AS municipality,
         CASE WHEN o.id IS NULL THEN NULL ELSE jsonb_build_object('id', o.id, 'name', o.name) END AS organisation,
         mp.capacity, mp.bio, mp.bio_locale AS "bioLocale", mp.status
  FROM mentor_profile mp
  JOIN app_user u ON u.id = mp.user_id
  JOIN municipality mu ON mu.id = mp.municipality_id
  LEFT JOIN organisation o ON o.id = mp.organisation_id`;

/** Statuses in which a coordinator may still approve or decline a mentor: before pairs run. */
const DECIDING_STATUSES = ['recruiting', 'matching'];

/**
 * Mentor profiles. A person opts in to a recruiting program they can see; a coordinator who manages the program
 * approves (a member becomes a mentor) or declines; the person may withdraw (the mentor role goes with their last
 * approved profile). Taxonomy keys are checked at the edge against libs/matching.
 */
@Injectable()
export class MentorProfilesService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly programs: MentoringProgramsService,
    private readonly sessions: SessionService,
  ) {}

  async optIn(actor: Principal, programId: string, dto: MentorProfileInputDto): Promise<MentorProfile> {
    const id = await this.db.transaction(async (m) => {
      await programForSignUp(m, this.programs, actor, programId, dto.municipalityId, 'mentor');
      const existing: { status: MentorProfileStatus }[] = await m.query(
        `SELECT status FROM mentor_profile WHERE program_id = $1 AND user_id = $2 FOR UPDATE`,
        [programId, actor.id],
      );
      // A withdrawn offer may be made again; a pending or approved one is already there, a declined one decided.
      if (existing[0] && existing[0].status !== 'withdrawn')
        throw ApiException.conflict(ErrorCode.Conflict, `You already have a ${existing[0].status} mentor profile here`);
      const [{ id }]: { id: string }[] = await m.query(
        `INSERT INTO mentor_profile (program_id, user_id, expertise, sectors, languages, availability, meeting_modes,
                                     municipality_id, organisation_id, capacity, bio, bio_locale)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         ON CONFLICT ON CONSTRAINT uq_mentor_profile_program_user DO UPDATE
           SET expertise = EXCLUDED.expertise, sectors = EXCLUDED.sectors, languages = EXCLUDED.languages,
               availability = EXCLUDED.availability, meeting_modes = EXCLUDED.meeting_modes,
               municipality_id = EXCLUDED.municipality_id, organisation_id = EXCLUDED.organisation_id,
               capacity = EXCLUDED.capacity, bio = EXCLUDED.bio, bio_locale = EXCLUDED.bio_locale,
               status = 'pending', decided_by = NULL, decided_at = NULL, updated_at = now()
         RETURNING id`,
        [
          programId,
          actor.id,
          dto.expertise,
          dto.sectors,
          dto.languages,
          dto.availability,
          dto.meetingModes,
          dto.municipalityId,
          actor.organisationId,
          dto.capacity,
          dto.bio,
          dto.bioLocale,
        ],
      );
      return id;
    });
    return this.load(this.db.manager, id);
  }

  /** One's own profile in a program one may see; 404 when there is none. */
  async mine(actor: Principal, programId: string): Promise<MentorProfile> {
    await this.programs.visible(this.db.manager, actor, programId);
    const rows: MentorProfile[] = await this.db.query(
      `${PROFILE_SELECT} WHERE mp.program_id = $1 AND mp.user_id = $2`,
      [programId, actor.id],
    );
    if (!rows[0]) throw ApiException.notFound('Mentor profile');
    return rows[0];
  }

  /** Every profile of a program, for those who manage it. */
  async forProgram(actor: Principal, programId: string): Promise<MentorProfile[]> {
    await this.programs.managed(this.db.manager, actor, programId, false);
    return this.db.query(`${PROFILE_SELECT} WHERE mp.program_id = $1 ORDER BY mp.created_at, mp.id`, [programId]);
  }

  async decide(actor: Principal, profileId: string, decision: 'approved' | 'declined'): Promise<MentorProfile> {
    let promoted: string | null = null;
    await this.db.transaction(async (m) => {
      const profile = await lockProfile(m, profileId);
      const program = await this.programs.visible(m, actor, profile.program_id, true);
      if (!program.mayManage) throw ApiException.forbidden('Only the coordinators of the program decide on mentors');
      if (!DECIDING_STATUSES.includes(program.row.status))
        throw ApiException.conflict(ErrorCode.Conflict, 'Mentors are decided on while the program recruits or matches');
      if (profile.status !== 'pending')
        throw ApiException.conflict(ErrorCode.Conflict, `The profile is ${profile.status}, not pending`);
      await m.query(
        `UPDATE mentor_profile SET status = $2, decided_by = $3, decided_at = now(), updated_at = now() WHERE id = $1`,
        [profileId, decision, actor.id],
      );
      if (decision === 'approved') {
        // Only a member is promoted: a coordinator or admin who mentors keeps the role that already covers it.
        const [, changed]: [unknown, number] = await m.query(
          `UPDATE app_user SET role = 'mentor', updated_at = now() WHERE id = $1 AND role = 'member'`,
          [profile.user_id],
        );
        if (changed > 0) promoted = profile.user_id;
      }
      await this.audit.record(
        {
          actorId: actor.id,
          action: decision === 'approved' ? 'mentor_profile.approve' : 'mentor_profile.decline',
          entityType: 'mentor_profile',
          entityId: profileId,
          details: { programId: profile.program_id, userId: profile.user_id, roleGranted: promoted !== null },
        },
        m,
      );
    });
    if (promoted) this.sessions.forgetUser(promoted);
    return this.load(this.db.manager, profileId);
  }

  /** The person's own withdrawal; someone else's profile is not theirs to see (404). */
  async withdraw(actor: Principal, profileId: string): Promise<MentorProfile> {
    let demoted = false;
    await this.db.transaction(async (m) => {
      const profile = await lockProfile(m, profileId);
      if (profile.user_id !== actor.id) throw ApiException.notFound('Mentor profile');
      if (profile.status === 'withdrawn' || profile.status === 'declined')
        throw ApiException.conflict(ErrorCode.Conflict, `The profile is already ${profile.status}`);
      await m.query(`UPDATE mentor_profile SET status = 'withdrawn', updated_at = now() WHERE id = $1`, [profileId]);
      if (profile.status === 'approved') demoted = await dropMentorRoleIfLast(m, actor.id);
    });
    if (demoted) this.sessions.forgetUser(actor.id);
    return this.load(this.db.manager, profileId);
  }

  private async load(m: EntityManager, id: string): Promise<MentorProfile> {
    const rows: MentorProfile[] = await m.query(`${PROFILE_SELECT} WHERE mp.id = $1`, [id]);
    if (!rows[0]) throw ApiException.notFound('Mentor profile');
    return rows[0];
  }
}

async function lockProfile(
  m: EntityManager,
  id: string,
): Promise<{ program_id: string; user_id: string; status: MentorProfileStatus }> {
  const rows: { program_id: string; user_id: string; status: MentorProfileStatus }[] = await m.query(
    `SELECT program_id, user_id, status FROM mentor_profile WHERE id = $1 FOR UPDATE`,
    [id],
  );
  if (!rows[0]) throw ApiException.notFound('Mentor profile');
  return rows[0];
}
