import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AuditService } from '../../platform/audit/audit.service';
import type { Principal } from '../../platform/auth/principal';
import { loadQuiz } from './authoring-tree';
import { invalid, lockCourseOf, touchCourse } from './course-scope';
import type { AuthoringQuizDto, QuizInputDto } from './dto/quiz.dto';
import type { StoredQuizQuestion } from './quiz.entity';
import { quizQuestions } from './quiz-content';

/** Replaces a quiz's settings and questions; ids sent back are kept so earlier attempts still line up. */
@Injectable()
export class QuizzesService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async replace(actor: Principal, id: string, dto: QuizInputDto): Promise<AuthoringQuizDto> {
    return this.db.transaction(async (m) => {
      const course = await lockCourseOf(m, actor, 'quiz', id);
      const [before]: { questions: StoredQuizQuestion[] }[] = await m.query(
        `SELECT questions FROM quiz WHERE id = $1`,
        [id],
      );
      const { questions, problems } = quizQuestions(dto.questions, before.questions);
      if (problems.length > 0) throw invalid(problems);
      await m.query(
        `UPDATE quiz SET title = $2::jsonb, required = $3, pass_mark_percent = $4, max_attempts = $5, questions = $6::jsonb WHERE id = $1`,
        [id, JSON.stringify(dto.title), dto.required, dto.passMarkPercent, dto.maxAttempts, JSON.stringify(questions)],
      );
      await touchCourse(m, course.id);
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'quiz.update',
          entityType: 'quiz',
          entityId: id,
          details: {
            courseId: course.id,
            questions: questions.length,
            passMarkPercent: dto.passMarkPercent,
            maxAttempts: dto.maxAttempts,
            required: dto.required,
          },
        },
        m,
      );
      return loadQuiz(m, id);
    });
  }
}
