import { type AssignCourseResult, clientLink, type EnrollmentState, ErrorCode } from '@kotopaikka/contracts';

import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { TableRow } from '../../database/table-row';
import { AuditService } from '../../platform/audit/audit.service';
import { managesMunicipality, type Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import { SqlParams } from '../../platform/http/sql-support';
import { localizedParam } from '../../platform/notifications/localized-params';
import { NotificationService } from '../../platform/notifications/notification.service';
import type { CourseEntity } from '../courses/course.entity';
import { type EnrollmentRow, enrollmentState, loadOutlines, loadProgress } from './course-outline';
import type { AssignCourseDto } from './dto/enrollment.dto';
import { visibleCourseSql } from './learner-scope';

type CourseRow = TableRow<CourseEntity, 'id' | 'title' | 'municipalityIds'>;

@Injectable()
export class EnrollmentService {
  private readonly logger = new Logger('Enrollment');

  constructor(
    private readonly db: DataSource,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
  ) {}

  private async visibleCourse(p: Principal, courseId: string): Promise<CourseRow> {
    const params = new SqlParams();
    const id = params.add(courseId);
    const rows = (await this.db.query(
      `SELECT c.id, c.title, c.municipality_ids::text[] AS municipality_ids FROM course c WHERE c.id = ${id}::uuid AND ${visibleCourseSql(p, params)}`,
      params.values,
    )) as CourseRow[];
    if (!rows[0]) throw ApiException.notFound('Course');
    return rows[0];
  }

  /** Idempotent: a second enrollment answers the first. */
  async enroll(p: Principal, courseId: string): Promise<{ created: boolean; state: EnrollmentState }> {
    await this.visibleCourse(p, courseId);
    const inserted = (await this.db.query(
      `INSERT INTO enrollment (course_id, user_id) VALUES ($1, $2)
       ON CONFLICT ON CONSTRAINT uq_enrollment_course_user DO NOTHING RETURNING id`,
      [courseId, p.id],
    )) as { id: string }[];
    const [row] = (await this.db.query(
      `SELECT id AS enrollment_id, due_date::text AS due_date, completed_at FROM enrollment WHERE course_id = $1 AND user_id = $2`,
      [courseId, p.id],
    )) as EnrollmentRow[];
    const outline = (await loadOutlines(this.db, [courseId])).get(courseId) ?? { lessons: [], requiredQuizIds: [] };
    const progress = (await loadProgress(this.db, [row.enrollment_id])).get(row.enrollment_id) ?? {
      doneLessonIds: [],
      passedQuizIds: [],
    };
    return { created: inserted.length > 0, state: enrollmentState(row, outline, progress) };
  }

  /** Enrolls every active person of the group who is in the assigner's scope and to whom the course is offered. */
  async assign(p: Principal, courseId: string, body: AssignCourseDto): Promise<AssignCourseResult> {
    if (!body.organisationId && !body.audience && !body.municipalityId) {
      throw ApiException.invalid('organisationId', 'give organisationId, audience or municipalityId');
    }
    const course = await this.visibleCourse(p, courseId);
    if (body.municipalityId && !managesMunicipality(p, body.municipalityId))
      throw ApiException.forbidden('Not a municipality you manage');
    if (body.organisationId) {
      const [org] = (await this.db.query(`SELECT municipality_id FROM organisation WHERE id = $1`, [
        body.organisationId,
      ])) as { municipality_id: string }[];
      if (!org)
        throw new ApiException(
          HttpStatus.BAD_REQUEST,
          ErrorCode.ValidationFailed,
          'organisationId: no such organisation',
          [{ field: 'organisationId', problems: ['no such organisation'] }],
        );
      if (!managesMunicipality(p, org.municipality_id))
        throw ApiException.forbidden('Not an organisation of a municipality you manage');
    }

    const params = new SqlParams();
    const where = [`u.status = 'active'`];
    if (p.role !== 'admin') where.push(`u.municipality_id = ANY(${params.add(p.managedMunicipalityIds)}::uuid[])`);
    if (course.municipality_ids) where.push(`u.municipality_id = ANY(${params.add(course.municipality_ids)}::uuid[])`);
    if (body.organisationId) where.push(`u.organisation_id = ${params.add(body.organisationId)}::uuid`);
    if (body.audience) where.push(`u.audience = ${params.add(body.audience)}`);
    if (body.municipalityId) where.push(`u.municipality_id = ${params.add(body.municipalityId)}::uuid`);
    const filterValues = [...params.values];
    const courseParam = params.add(courseId);
    const assigner = params.add(p.id);
    const due = params.add(body.dueDate ?? null);

    const { inserted, matched } = await this.db.transaction(async (manager) => {
      const people = (await manager.query(
        `SELECT u.id FROM app_user u WHERE ${where.join(' AND ')}`,
        filterValues,
      )) as { id: string }[];
      const added = (await manager.query(
        `INSERT INTO enrollment (course_id, user_id, assigned_by, due_date)
         SELECT ${courseParam}::uuid, u.id, ${assigner}::uuid, ${due}::date FROM app_user u WHERE ${where.join(' AND ')}
         ON CONFLICT ON CONSTRAINT uq_enrollment_course_user DO NOTHING RETURNING user_id`,
        params.values,
      )) as { user_id: string }[];
      if (body.dueDate) {
        await manager.query(
          `UPDATE enrollment SET due_date = $1::date WHERE course_id = $2 AND user_id = ANY($3::uuid[])`,
          [body.dueDate, courseId, people.map((u) => u.id)],
        );
      }
      const group = {
        organisationId: body.organisationId ?? null,
        audience: body.audience ?? null,
        municipalityId: body.municipalityId ?? null,
      };
      // Who enrolled how many in what: an assignment can enrol a whole municipality at once.
      await this.audit.record(
        {
          actorId: p.id,
          action: 'course.assign',
          entityType: 'course',
          entityId: courseId,
          details: {
            group,
            dueDate: body.dueDate ?? null,
            enrolled: added.length,
            alreadyEnrolled: Math.max(0, people.length - added.length),
          },
        },
        manager,
      );
      return { inserted: added.map((r) => r.user_id), matched: people.length };
    });

    for (const userId of inserted) {
      try {
        await this.notifications.notify(
          userId,
          'training.assigned',
          { ...localizedParam('courseTitle', course.title), ...(body.dueDate ? { dueDate: body.dueDate } : {}) },
          clientLink('course', { courseId }),
        );
      } catch (err) {
        // The enrollment stands; a missed notice is not worth failing the assignment for.
        this.logger.warn({ err: (err as Error).message, userId }, 'assignment notice failed');
      }
    }
    return { enrolled: inserted.length, alreadyEnrolled: Math.max(0, matched - inserted.length) };
  }
}
