import { ErrorCode, type FieldProblem } from '@kotopaikka/contracts';

import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { AuditService } from '../../platform/audit/audit.service';
import type { Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import { readableFileType } from '../files/file-scope';
import { loadAuthoringTree } from './authoring-tree';
import { assertMayWithdraw, invalid, lockCourse, mayAuthor } from './course-scope';
import type { CourseAuthoringDto, CreateCourseDto, UpdateCourseDto } from './dto/course.dto';
import type { CourseOrderDto } from './dto/structure.dto';
import { publishProblems } from './publish-check';

/** A readable, unique slug: the Finnish title folded to ASCII, with a random tail. */
function slugFor(title: { fi: string; en: string }): string {
  const base = (title.fi || title.en || 'kurssi')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'kurssi'}-${randomBytes(3).toString('hex')}`;
}

/** `sent` holds exactly the ids of `stored`, each once. */
function sameSet(stored: readonly string[], sent: readonly string[]): boolean {
  const set = new Set(stored);
  return sent.length === stored.length && new Set(sent).size === sent.length && sent.every((id) => set.has(id));
}

/** Courses as their authors see them: create, edit in place (also when published), publish, archive, reorder. */
@Injectable()
export class CoursesService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Principal, dto: CreateCourseDto): Promise<CourseAuthoringDto> {
    return this.db.transaction(async (m) => {
      const municipalityIds = await this.offeredIn(m, actor, dto.municipalityIds);
      if (dto.coverFileId) await this.assertCover(m, actor, dto.coverFileId);
      const [{ id }]: { id: string }[] = await m.query(
        `INSERT INTO course (slug, title, summary, estimated_minutes, audiences, municipality_ids, cover_file_id, created_by)
         VALUES ($1, $2::jsonb, $3::jsonb, $4, $5::text[], $6::uuid[], $7, $8) RETURNING id`,
        [
          slugFor(dto.title),
          JSON.stringify(dto.title),
          JSON.stringify(dto.summary),
          dto.estimatedMinutes,
          dto.audiences,
          municipalityIds,
          dto.coverFileId ?? null,
          actor.id,
        ],
      );
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'course.create',
          entityType: 'course',
          entityId: id,
          details: { title: dto.title, municipalityIds },
        },
        m,
      );
      return loadAuthoringTree(m, id);
    });
  }

  async authoring(actor: Principal, id: string): Promise<CourseAuthoringDto> {
    const rows: { municipality_ids: string[] | null }[] = await this.db.query(
      `SELECT municipality_ids FROM course WHERE id = $1`,
      [id],
    );
    if (!rows[0]) throw ApiException.notFound('Course');
    if (!mayAuthor(actor, rows[0].municipality_ids))
      throw ApiException.forbidden('This course is outside the municipalities you manage');
    return loadAuthoringTree(this.db.manager, id);
  }

  async update(actor: Principal, id: string, dto: UpdateCourseDto): Promise<CourseAuthoringDto> {
    return this.db.transaction(async (m) => {
      const course = await lockCourse(m, actor, id);
      if (dto.municipalityIds?.length) assertMayWithdraw(actor, course);
      const sets: string[] = [];
      const values: unknown[] = [id];
      const set = (column: string, value: unknown, cast = ''): void => {
        values.push(value);
        sets.push(`${column} = $${values.length}${cast}`);
      };
      if (dto.title !== undefined) set('title', JSON.stringify(dto.title), '::jsonb');
      if (dto.summary !== undefined) set('summary', JSON.stringify(dto.summary), '::jsonb');
      if (dto.estimatedMinutes !== undefined) set('estimated_minutes', dto.estimatedMinutes);
      if (dto.audiences !== undefined) set('audiences', dto.audiences, '::text[]');
      if (dto.municipalityIds !== undefined)
        set('municipality_ids', await this.offeredIn(m, actor, dto.municipalityIds), '::uuid[]');
      if (dto.coverFileId !== undefined) {
        if (dto.coverFileId !== null) await this.assertCover(m, actor, dto.coverFileId);
        set('cover_file_id', dto.coverFileId);
      }
      if (sets.length > 0) {
        await m.query(`UPDATE course SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, values);
        await this.audit.record(
          { actorId: actor.id, action: 'course.update', entityType: 'course', entityId: id, details: { ...dto } },
          m,
        );
      }
      return loadAuthoringTree(m, id);
    });
  }

  async publish(actor: Principal, id: string): Promise<CourseAuthoringDto> {
    return this.db.transaction(async (m) => {
      await lockCourse(m, actor, id);
      const problems = await publishProblems(m, id);
      if (problems.length > 0) {
        throw ApiException.conflict(
          ErrorCode.CourseIncomplete,
          problems.map((p) => `${p.field}: ${p.problems.join(', ')}`).join('; '),
          problems,
        );
      }
      await m.query(
        `UPDATE course SET status = 'published', published_at = coalesce(published_at, now()), updated_at = now() WHERE id = $1`,
        [id],
      );
      await this.audit.record({ actorId: actor.id, action: 'course.publish', entityType: 'course', entityId: id }, m);
      return loadAuthoringTree(m, id);
    });
  }

  async archive(actor: Principal, id: string): Promise<CourseAuthoringDto> {
    return this.db.transaction(async (m) => {
      assertMayWithdraw(actor, await lockCourse(m, actor, id));
      await m.query(`UPDATE course SET status = 'archived', updated_at = now() WHERE id = $1`, [id]);
      await this.audit.record({ actorId: actor.id, action: 'course.archive', entityType: 'course', entityId: id }, m);
      return loadAuthoringTree(m, id);
    });
  }

  /** The whole order at once: the sent ids must be exactly the course's; lessons and blocks may change parent. */
  async reorder(actor: Principal, id: string, dto: CourseOrderDto): Promise<CourseAuthoringDto> {
    return this.db.transaction(async (m) => {
      await lockCourse(m, actor, id);
      const ids = async (sql: string): Promise<string[]> =>
        ((await m.query(sql, [id])) as { id: string }[]).map((r) => r.id);
      const modules = await ids(`SELECT id FROM course_module WHERE course_id = $1`);
      const lessons = await ids(`SELECT id FROM lesson WHERE course_id = $1`);
      const blocks = await ids(
        `SELECT b.id FROM lesson_block b JOIN lesson l ON l.id = b.lesson_id WHERE l.course_id = $1`,
      );
      const sentLessons = dto.modules.flatMap((mod) => mod.lessons);
      const problems: FieldProblem[] = [];
      if (
        !sameSet(
          modules,
          dto.modules.map((mod) => mod.id),
        )
      )
        problems.push({ field: 'modules', problems: ['must list every module of the course exactly once'] });
      if (
        !sameSet(
          lessons,
          sentLessons.map((l) => l.id),
        )
      )
        problems.push({ field: 'modules.lessons', problems: ['must list every lesson of the course exactly once'] });
      if (
        !sameSet(
          blocks,
          sentLessons.flatMap((l) => l.blockIds),
        )
      )
        problems.push({
          field: 'modules.lessons.blockIds',
          problems: ['must list every block of the course exactly once'],
        });
      if (problems.length > 0) throw invalid(problems);
      // One statement per level, whatever the size of the course.
      await m.query(
        `UPDATE course_module SET position = v.position FROM unnest($1::uuid[], $2::int[]) AS v(id, position) WHERE course_module.id = v.id`,
        [dto.modules.map((mod) => mod.id), dto.modules.map((_, i) => i)],
      );
      const lessonRows = dto.modules.flatMap((mod) =>
        mod.lessons.map((l, i) => ({ id: l.id, parent: mod.id, position: i })),
      );
      await m.query(
        `UPDATE lesson SET module_id = v.parent, position = v.position FROM unnest($1::uuid[], $2::uuid[], $3::int[]) AS v(id, parent, position) WHERE lesson.id = v.id`,
        [lessonRows.map((r) => r.id), lessonRows.map((r) => r.parent), lessonRows.map((r) => r.position)],
      );
      const blockRows = sentLessons.flatMap((l) => l.blockIds.map((b, i) => ({ id: b, parent: l.id, position: i })));
      await m.query(
        `UPDATE lesson_block SET lesson_id = v.parent, position = v.position FROM unnest($1::uuid[], $2::uuid[], $3::int[]) AS v(id, parent, position) WHERE lesson_block.id = v.id`,
        [blockRows.map((r) => r.id), blockRows.map((r) => r.parent), blockRows.map((r) => r.position)],
      );
      await m.query(`UPDATE course SET updated_at = now() WHERE id = $1`, [id]);
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'course.reorder',
          entityType: 'course',
          entityId: id,
          details: { modules: dto.modules },
        },
        m,
      );
      return loadAuthoringTree(m, id);
    });
  }

  /** NULL (everywhere) for none; otherwise existing municipalities the actor may offer courses in. */
  private async offeredIn(
    m: EntityManager,
    actor: Principal,
    ids: string[] | null | undefined,
  ): Promise<string[] | null> {
    if (!ids || ids.length === 0) return null;
    const found: { id: string }[] = await m.query(`SELECT id FROM municipality WHERE id = ANY($1::uuid[])`, [ids]);
    if (found.length !== ids.length) throw ApiException.invalid('municipalityIds', 'no such municipality');
    if (!mayAuthor(actor, ids))
      throw ApiException.forbidden('You may offer courses only in the municipalities you manage');
    return ids;
  }

  private async assertCover(m: EntityManager, actor: Principal, fileId: string): Promise<void> {
    const mimeType = await readableFileType(m, actor, fileId);
    if (!mimeType?.startsWith('image/')) throw ApiException.invalid('coverFileId', 'must be an uploaded image');
  }
}
