import {
  AGREEMENT_MAX_WEEKS,
  AGREEMENT_MIN_WEEKS,
  ErrorCode,
  type MentoringGoal,
  type MentoringTask,
  type PairingDetail,
} from '@kotopaikka/contracts';

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import type {
  MentoringAgreementInputDto,
  MentoringGoalInputDto,
  MentoringGoalUpdateDto,
  MentoringTaskInputDto,
  MentoringTaskUpdateDto,
} from './dto/pairing-input.dto';
import { pairingFor } from './pairing-access';
import { pairingDetail } from './pairing-detail';
import { activePairingOfParty, HAS_MET_SQL } from './pairing-guards';
import { noticesToOthers, type PairingNotice, PairingNotices } from './pairing-notices';

interface GoalRow {
  id: string;
  title: string;
  progress: number;
  comment: string;
  updated_at: Date;
}

interface TaskRow {
  id: string;
  title: string;
  due_on: string | null;
  goal_id: string | null;
  done_at: Date | null;
}

const GOAL_COLUMNS = 'id, title, progress, comment, updated_at';
const TASK_COLUMNS = `id, title, to_char(due_on, 'YYYY-MM-DD') AS due_on, goal_id, done_at`;

const toGoal = (g: GoalRow): MentoringGoal => ({
  id: g.id,
  title: g.title,
  progress: g.progress,
  comment: g.comment,
  updatedAt: g.updated_at.toISOString(),
});

const toTask = (t: TaskRow): MentoringTask => ({
  id: t.id,
  title: t.title,
  dueOn: t.due_on,
  goalId: t.goal_id,
  doneAt: t.done_at ? t.done_at.toISOString() : null,
});

/**
 * What the pair plans together on an active pairing: the agreement (each write a new version both confirm again),
 * and goals and tasks. Only the two people write; every change locks the pairing's row.
 */
@Injectable()
export class PairingPlanService {
  constructor(
    private readonly db: DataSource,
    private readonly notices: PairingNotices,
  ) {}

  async writeAgreement(actor: Principal, pairingId: string, dto: MentoringAgreementInputDto): Promise<PairingDetail> {
    const notices: PairingNotice[] = [];
    const detail = await this.db.transaction(async (m) => {
      const access = await activePairingOfParty(m, actor, pairingId);
      // Weeks count from the day the pairing started, in Finland.
      const [{ days }]: { days: number }[] = await m.query(
        `SELECT ($2::date - (started_at AT TIME ZONE 'Europe/Helsinki')::date) AS days
           FROM mentoring_pairing WHERE id = $1`,
        [pairingId, dto.endsOn],
      );
      if (days === null || days < AGREEMENT_MIN_WEEKS * 7 || days > AGREEMENT_MAX_WEEKS * 7)
        throw ApiException.invalid(
          'endsOn',
          `must be ${AGREEMENT_MIN_WEEKS} to ${AGREEMENT_MAX_WEEKS} weeks after the pairing started`,
        );
      await m.query(
        `INSERT INTO mentoring_agreement (pairing_id, goals, meeting_frequency, preferred_days, mode, ends_on,
                                         confidentiality, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (pairing_id) DO UPDATE
           SET goals = EXCLUDED.goals, meeting_frequency = EXCLUDED.meeting_frequency,
               preferred_days = EXCLUDED.preferred_days, mode = EXCLUDED.mode, ends_on = EXCLUDED.ends_on,
               confidentiality = EXCLUDED.confidentiality, version = mentoring_agreement.version + 1,
               mentor_confirmed_version = NULL, mentee_confirmed_version = NULL,
               updated_by = EXCLUDED.updated_by, updated_at = now()`,
        [
          pairingId,
          dto.goals,
          dto.meetingFrequency,
          dto.preferredDays,
          dto.mode,
          dto.endsOn,
          dto.confidentiality,
          actor.id,
        ],
      );
      // A new end date is a new reminder a week before it.
      await m.query(
        `UPDATE mentoring_pairing
            SET ends_on = $2, completion_reminded_at = CASE WHEN ends_on = $2 THEN completion_reminded_at END,
                updated_at = now()
          WHERE id = $1`,
        [pairingId, dto.endsOn],
      );
      notices.push(...noticesToOthers(access.row, actor.id, 'mentoring.agreement_changed'));
      return pairingDetail(m, await pairingFor(m, actor, pairingId));
    });
    await this.notices.send(notices);
    return detail;
  }

  async confirmAgreement(actor: Principal, pairingId: string, version: number): Promise<PairingDetail> {
    return this.db.transaction(async (m) => {
      const access = await activePairingOfParty(m, actor, pairingId);
      const rows: { version: number }[] = await m.query(
        `SELECT version FROM mentoring_agreement WHERE pairing_id = $1 FOR UPDATE`,
        [pairingId],
      );
      if (!rows[0]) throw ApiException.conflict(ErrorCode.Conflict, 'There is no agreement to confirm yet');
      if (rows[0].version !== version)
        throw ApiException.conflict(
          ErrorCode.Conflict,
          `The agreement has changed (version ${rows[0].version}): read it again before confirming`,
        );
      const column = access.side === 'mentor' ? 'mentor_confirmed_version' : 'mentee_confirmed_version';
      await m.query(`UPDATE mentoring_agreement SET ${column} = $2 WHERE pairing_id = $1`, [pairingId, version]);
      return pairingDetail(m, access);
    });
  }

  /** One's private answer after the first meeting; "not a fit" alerts the program's coordinators. */
  async answerFitCheck(
    actor: Principal,
    pairingId: string,
    answer: 'good_fit' | 'not_sure' | 'not_a_fit',
  ): Promise<PairingDetail> {
    let alert = false;
    const result = await this.db.transaction(async (m) => {
      const access = await activePairingOfParty(m, actor, pairingId);
      const [{ met }]: { met: boolean }[] = await m.query(`SELECT ${HAS_MET_SQL} AS met`, [pairingId]);
      if (!met) throw ApiException.conflict(ErrorCode.Conflict, 'The fit check opens after the first meeting');
      const before: { answer: string }[] = await m.query(
        `SELECT answer FROM mentoring_fit_check WHERE pairing_id = $1 AND user_id = $2`,
        [pairingId, actor.id],
      );
      await m.query(
        `INSERT INTO mentoring_fit_check (pairing_id, user_id, answer) VALUES ($1, $2, $3)
         ON CONFLICT (pairing_id, user_id) DO UPDATE SET answer = EXCLUDED.answer, answered_at = now()`,
        [pairingId, actor.id, answer],
      );
      // Alerted once per change to "not a fit", not on every save of the same answer.
      alert = answer === 'not_a_fit' && before[0]?.answer !== 'not_a_fit';
      return { access, detail: await pairingDetail(m, access) };
    });
    if (alert) await this.notices.send(await this.notices.toCoordinators(result.access.row, 'mentoring.fit_alert'));
    return result.detail;
  }

  async addGoal(actor: Principal, pairingId: string, dto: MentoringGoalInputDto): Promise<MentoringGoal> {
    return this.db.transaction(async (m) => {
      await activePairingOfParty(m, actor, pairingId);
      const [row]: GoalRow[] = await m.query(
        `INSERT INTO mentoring_goal (pairing_id, title, updated_by) VALUES ($1, $2, $3) RETURNING ${GOAL_COLUMNS}`,
        [pairingId, dto.title, actor.id],
      );
      return toGoal(row);
    });
  }

  async updateGoal(
    actor: Principal,
    pairingId: string,
    goalId: string,
    dto: MentoringGoalUpdateDto,
  ): Promise<MentoringGoal> {
    return this.db.transaction(async (m) => {
      await activePairingOfParty(m, actor, pairingId);
      const rows: [GoalRow[], number] = await m.query(
        `UPDATE mentoring_goal
            SET title = coalesce($3, title), progress = coalesce($4, progress), comment = coalesce($5, comment),
                updated_by = $6, updated_at = now()
          WHERE id = $2 AND pairing_id = $1 RETURNING ${GOAL_COLUMNS}`,
        [pairingId, goalId, dto.title ?? null, dto.progress ?? null, dto.comment ?? null, actor.id],
      );
      const row = rows[0]?.[0];
      if (!row) throw ApiException.notFound('Goal');
      return toGoal(row);
    });
  }

  async deleteGoal(actor: Principal, pairingId: string, goalId: string): Promise<void> {
    await this.db.transaction(async (m) => {
      await activePairingOfParty(m, actor, pairingId);
      await deleteOwnRow(m, 'mentoring_goal', pairingId, goalId, 'Goal');
    });
  }

  async addTask(actor: Principal, pairingId: string, dto: MentoringTaskInputDto): Promise<MentoringTask> {
    return this.db.transaction(async (m) => {
      await activePairingOfParty(m, actor, pairingId);
      const goalId = dto.goalId ?? null;
      if (goalId !== null) {
        const goals: unknown[] = await m.query(`SELECT 1 FROM mentoring_goal WHERE id = $1 AND pairing_id = $2`, [
          goalId,
          pairingId,
        ]);
        if (goals.length === 0) throw ApiException.invalid('goalId', 'must be a goal of this pairing');
      }
      const [row]: TaskRow[] = await m.query(
        `INSERT INTO mentoring_task (pairing_id, goal_id, title, due_on) VALUES ($1, $2, $3, $4)
         RETURNING ${TASK_COLUMNS}`,
        [pairingId, goalId, dto.title, dto.dueOn],
      );
      return toTask(row);
    });
  }

  async updateTask(
    actor: Principal,
    pairingId: string,
    taskId: string,
    dto: MentoringTaskUpdateDto,
  ): Promise<MentoringTask> {
    return this.db.transaction(async (m) => {
      await activePairingOfParty(m, actor, pairingId);
      const rows: [TaskRow[], number] = await m.query(
        `UPDATE mentoring_task
            SET title = coalesce($3, title),
                due_on = CASE WHEN $4 THEN $5::date ELSE due_on END,
                done_at = CASE WHEN $6::boolean IS NULL THEN done_at
                               WHEN $6 THEN coalesce(done_at, now()) END
          WHERE id = $2 AND pairing_id = $1 RETURNING ${TASK_COLUMNS}`,
        [pairingId, taskId, dto.title ?? null, dto.dueOn !== undefined, dto.dueOn ?? null, dto.done ?? null],
      );
      const row = rows[0]?.[0];
      if (!row) throw ApiException.notFound('Task');
      return toTask(row);
    });
  }

  async deleteTask(actor: Principal, pairingId: string, taskId: string): Promise<void> {
    await this.db.transaction(async (m) => {
      await activePairingOfParty(m, actor, pairingId);
      await deleteOwnRow(m, 'mentoring_task', pairingId, taskId, 'Task');
    });
  }
}

/** Deletes a row of the pairing; one of another pairing is not there (404). */
async function deleteOwnRow(
  m: EntityManager,
  table: 'mentoring_goal' | 'mentoring_task',
  pairingId: string,
  id: string,
  what: string,
): Promise<void> {
  const [, deleted]: [unknown, number] = await m.query(`DELETE FROM ${table} WHERE id = $1 AND pairing_id = $2`, [
    id,
    pairingId,
  ]);
  if (deleted === 0) throw ApiException.notFound(what);
}
