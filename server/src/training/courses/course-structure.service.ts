import type { AuditAction } from '@kotopaikka/contracts';

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { AuditService } from '../../platform/audit/audit.service';
import type { Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import { readableFileType } from '../files/file-scope';
import { loadAuthoringTree } from './authoring-tree';
import { blockContent, foreignFields } from './block-content';
import { invalid, lockCourse, lockCourseOf, touchCourse } from './course-scope';
import type {
  AuthoringBlockDto,
  AuthoringLessonDto,
  AuthoringModuleDto,
  BlockInputDto,
  BlockUpdateDto,
  LessonInputDto,
  LessonUpdateDto,
  ModuleInputDto,
} from './dto/structure.dto';
import { quizQuestions } from './quiz-content';

/** Modules, lessons and blocks of a course; new ones go last, `PUT /courses/{id}/order` moves them. */
@Injectable()
export class CourseStructureService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async createModule(actor: Principal, courseId: string, dto: ModuleInputDto): Promise<AuthoringModuleDto> {
    return this.db.transaction(async (m) => {
      await lockCourse(m, actor, courseId);
      const [{ id }]: { id: string }[] = await m.query(
        `INSERT INTO course_module (course_id, position, title)
         VALUES ($1, (SELECT coalesce(max(position) + 1, 0) FROM course_module WHERE course_id = $1), $2::jsonb) RETURNING id`,
        [courseId, JSON.stringify(dto.title)],
      );
      return this.done(m, actor, courseId, 'module.create', 'course_module', id, { title: dto.title }, (t) =>
        t.modules.find((x) => x.id === id),
      );
    });
  }

  async updateModule(actor: Principal, id: string, dto: ModuleInputDto): Promise<AuthoringModuleDto> {
    return this.db.transaction(async (m) => {
      const course = await lockCourseOf(m, actor, 'module', id);
      await m.query(`UPDATE course_module SET title = $2::jsonb WHERE id = $1`, [id, JSON.stringify(dto.title)]);
      return this.done(m, actor, course.id, 'module.update', 'course_module', id, { title: dto.title }, (t) =>
        t.modules.find((x) => x.id === id),
      );
    });
  }

  async deleteModule(actor: Principal, id: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const course = await lockCourseOf(m, actor, 'module', id);
      // Quizzes hang off the course, not the block: remove those of the module's blocks so none is left counting.
      await m.query(
        `DELETE FROM quiz WHERE id IN (SELECT b.quiz_id FROM lesson_block b JOIN lesson l ON l.id = b.lesson_id WHERE l.module_id = $1)`,
        [id],
      );
      await m.query(`DELETE FROM course_module WHERE id = $1`, [id]);
      await this.done(m, actor, course.id, 'module.delete', 'course_module', id, {}, () => true);
    });
  }

  async createLesson(actor: Principal, moduleId: string, dto: LessonInputDto): Promise<AuthoringLessonDto> {
    return this.db.transaction(async (m) => {
      const course = await lockCourseOf(m, actor, 'module', moduleId);
      const [{ id }]: { id: string }[] = await m.query(
        `INSERT INTO lesson (course_id, module_id, position, title, required)
         VALUES ($1, $2, (SELECT coalesce(max(position) + 1, 0) FROM lesson WHERE module_id = $2), $3::jsonb, $4) RETURNING id`,
        [course.id, moduleId, JSON.stringify(dto.title), dto.required ?? true],
      );
      return this.done(m, actor, course.id, 'lesson.create', 'lesson', id, { moduleId, ...dto }, (t) =>
        findLesson(t.modules, id),
      );
    });
  }

  async updateLesson(actor: Principal, id: string, dto: LessonUpdateDto): Promise<AuthoringLessonDto> {
    return this.db.transaction(async (m) => {
      const course = await lockCourseOf(m, actor, 'lesson', id);
      await m.query(
        `UPDATE lesson SET title = coalesce($2::jsonb, title), required = coalesce($3, required) WHERE id = $1`,
        [id, dto.title ? JSON.stringify(dto.title) : null, dto.required ?? null],
      );
      return this.done(m, actor, course.id, 'lesson.update', 'lesson', id, { ...dto }, (t) =>
        findLesson(t.modules, id),
      );
    });
  }

  async deleteLesson(actor: Principal, id: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const course = await lockCourseOf(m, actor, 'lesson', id);
      await m.query(`DELETE FROM quiz WHERE id IN (SELECT quiz_id FROM lesson_block WHERE lesson_id = $1)`, [id]);
      await m.query(`DELETE FROM lesson WHERE id = $1`, [id]);
      await this.done(m, actor, course.id, 'lesson.delete', 'lesson', id, {}, () => true);
    });
  }

  async createBlock(actor: Principal, lessonId: string, dto: BlockInputDto): Promise<AuthoringBlockDto> {
    return this.db.transaction(async (m) => {
      const course = await lockCourseOf(m, actor, 'lesson', lessonId);
      const foreign = foreignFields(dto.kind, dto);
      if (foreign.length > 0) throw invalid(foreign);
      let quizId: string | null = null;
      if (dto.kind === 'quiz') {
        if (!dto.quiz) throw ApiException.invalid('quiz', 'a quiz block needs its quiz');
        const { questions, problems } = quizQuestions(dto.quiz.questions, []);
        if (problems.length > 0) throw invalid(problems.map((p) => ({ ...p, field: `quiz.${p.field}` })));
        const q = dto.quiz;
        const [row]: { id: string }[] = await m.query(
          `INSERT INTO quiz (course_id, title, pass_mark_percent, max_attempts, required, questions) VALUES ($1, $2::jsonb, $3, $4, $5, $6::jsonb) RETURNING id`,
          [course.id, JSON.stringify(q.title), q.passMarkPercent, q.maxAttempts, q.required, JSON.stringify(questions)],
        );
        quizId = row.id;
      }
      const built = blockContent(dto.kind, dto);
      if (isProblems(built)) throw invalid(built);
      if (built.fileId) await assertFile(m, actor, built.fileId);
      const [{ id }]: { id: string }[] = await m.query(
        `INSERT INTO lesson_block (lesson_id, position, kind, content, file_id, quiz_id)
         VALUES ($1, (SELECT coalesce(max(position) + 1, 0) FROM lesson_block WHERE lesson_id = $1), $2, $3::jsonb, $4, $5) RETURNING id`,
        [lessonId, dto.kind, JSON.stringify(built.content), built.fileId, quizId],
      );
      return this.done(
        m,
        actor,
        course.id,
        'block.create',
        'lesson_block',
        id,
        { lessonId, kind: dto.kind, quizId },
        (t) => findBlock(t.modules, id),
      );
    });
  }

  async updateBlock(actor: Principal, id: string, dto: BlockUpdateDto): Promise<AuthoringBlockDto> {
    return this.db.transaction(async (m) => {
      const course = await lockCourseOf(m, actor, 'block', id);
      const [before]: { kind: AuthoringBlockDto['kind']; content: Record<string, unknown>; file_id: string | null }[] =
        await m.query(`SELECT kind, content, file_id FROM lesson_block WHERE id = $1`, [id]);
      const foreign = foreignFields(before.kind, dto);
      if (foreign.length > 0) throw invalid(foreign);
      const built = blockContent(before.kind, dto, before.content, before.file_id);
      if (isProblems(built)) throw invalid(built);
      if (built.fileId && built.fileId !== before.file_id) await assertFile(m, actor, built.fileId);
      await m.query(`UPDATE lesson_block SET content = $2::jsonb, file_id = $3 WHERE id = $1`, [
        id,
        JSON.stringify(built.content),
        built.fileId,
      ]);
      return this.done(m, actor, course.id, 'block.update', 'lesson_block', id, { kind: before.kind }, (t) =>
        findBlock(t.modules, id),
      );
    });
  }

  async deleteBlock(actor: Principal, id: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const course = await lockCourseOf(m, actor, 'block', id);
      // Deleting the quiz cascades to its block; other kinds are deleted directly.
      await m.query(`DELETE FROM quiz WHERE id = (SELECT quiz_id FROM lesson_block WHERE id = $1)`, [id]);
      await m.query(`DELETE FROM lesson_block WHERE id = $1`, [id]);
      await this.done(m, actor, course.id, 'block.delete', 'lesson_block', id, {}, () => true);
    });
  }

  /** Audit, bump the course's `updatedAt`, and answer the changed node as it now stands. */
  private async done<T>(
    m: EntityManager,
    actor: Principal,
    courseId: string,
    action: AuditAction,
    entityType: string,
    entityId: string,
    details: Record<string, unknown>,
    pick: (tree: Awaited<ReturnType<typeof loadAuthoringTree>>) => T | undefined,
  ): Promise<T> {
    await touchCourse(m, courseId);
    await this.audit.record({ actorId: actor.id, action, entityType, entityId, details: { courseId, ...details } }, m);
    const node = pick(await loadAuthoringTree(m, courseId));
    if (node === undefined) throw ApiException.notFound();
    return node;
  }
}

function isProblems<T>(
  value: T | { field: string; problems: string[] }[],
): value is { field: string; problems: string[] }[] {
  return Array.isArray(value);
}

function findLesson(modules: AuthoringModuleDto[], id: string): AuthoringLessonDto | undefined {
  return modules.flatMap((mod) => mod.lessons).find((l) => l.id === id);
}

function findBlock(modules: AuthoringModuleDto[], id: string): AuthoringBlockDto | undefined {
  return modules.flatMap((mod) => mod.lessons.flatMap((l) => l.blocks)).find((b) => b.id === id);
}

async function assertFile(m: EntityManager, actor: Principal, fileId: string): Promise<void> {
  if (!(await readableFileType(m, actor, fileId))) throw ApiException.invalid('fileId', 'no such uploaded file');
}
