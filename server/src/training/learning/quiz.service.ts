import { ErrorCode, type PublicQuiz, type QuizAnswer, type QuizAttemptResult } from '@kotopaikka/contracts';
import {
  answerKey,
  attemptsLeft,
  gradeAttempt,
  type LocalizedField,
  localizer,
  mayAttempt,
  mayRevealKey,
  publicQuiz,
  type Quiz,
  validateAnswers,
} from '@kotopaikka/training';

import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { UserEntity } from '../../accounts/users/user.entity';
import type { TableRow } from '../../database/table-row';
import type { Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import { isUniqueViolation, SqlParams } from '../../platform/http/sql-support';
import type { QuizEntity } from '../courses/quiz.entity';
import { CompletionService } from './completion.service';
import type { EnrollmentEntity } from './enrollment.entity';
import { asLocale, notEnrolled, type Queryable, visibleCourseSql } from './learner-scope';
import type { QuizAttemptEntity } from './quiz-attempt.entity';

type QuizRow = TableRow<QuizEntity, 'id' | 'courseId' | 'title' | 'passMarkPercent' | 'maxAttempts' | 'questions'> &
  TableRow<UserEntity, 'locale'> & { enrollment_id: EnrollmentEntity['id'] | null };

type AttemptRow = TableRow<QuizAttemptEntity, 'attemptNo' | 'scorePercent' | 'passed'>;

function asQuiz(row: QuizRow): Quiz<LocalizedField> {
  return {
    id: row.id,
    passMarkPercent: row.pass_mark_percent,
    maxAttempts: row.max_attempts,
    questions: row.questions,
  };
}

/** Quizzes graded on the server; the key leaves it only after a pass or the last allowed attempt. */
@Injectable()
export class QuizService {
  constructor(
    private readonly db: DataSource,
    private readonly completion: CompletionService,
  ) {}

  private async load(db: Queryable, p: Principal, quizId: string): Promise<QuizRow> {
    const params = new SqlParams();
    const id = params.add(quizId);
    const user = params.add(p.id);
    const rows = (await db.query(
      `SELECT q.id, q.course_id, q.title, q.pass_mark_percent, q.max_attempts, q.questions, e.id AS enrollment_id, u.locale
         FROM quiz q
         JOIN course c ON c.id = q.course_id
         JOIN app_user u ON u.id = ${user}::uuid
         LEFT JOIN enrollment e ON e.course_id = c.id AND e.user_id = u.id
        WHERE q.id = ${id}::uuid AND EXISTS (SELECT 1 FROM lesson_block b WHERE b.quiz_id = q.id) AND ${visibleCourseSql(p, params)}`,
      params.values,
    )) as QuizRow[];
    if (!rows[0]) throw ApiException.notFound('Quiz');
    return rows[0];
  }

  private async attempts(db: Queryable, enrollmentId: string | null, quizId: string): Promise<AttemptRow[]> {
    if (!enrollmentId) return [];
    return (await db.query(
      `SELECT attempt_no, score_percent, passed FROM quiz_attempt WHERE enrollment_id = $1 AND quiz_id = $2 ORDER BY attempt_no`,
      [enrollmentId, quizId],
    )) as AttemptRow[];
  }

  async get(p: Principal, quizId: string): Promise<PublicQuiz> {
    const row = await this.load(this.db, p, quizId);
    const attempts = await this.attempts(this.db, row.enrollment_id, quizId);
    const quiz = asQuiz(row);
    const text = localizer(asLocale(row.locale));
    const passed = attempts.some((a) => a.passed);
    const last = attempts[attempts.length - 1];
    const shown = publicQuiz(quiz);
    return {
      id: row.id,
      title: text.text(row.title),
      passMarkPercent: row.pass_mark_percent,
      maxAttempts: row.max_attempts,
      attemptsUsed: attempts.length,
      attemptsLeft: attemptsLeft(row.max_attempts, attempts.length),
      passed,
      bestScorePercent: attempts.length > 0 ? Math.max(...attempts.map((a) => a.score_percent)) : null,
      lastAttempt: last
        ? { attemptNumber: last.attempt_no, scorePercent: last.score_percent, passed: last.passed }
        : null,
      questions: shown.questions.map((q) => ({
        id: q.id,
        kind: q.kind,
        prompt: text.text(q.prompt),
        options: q.options.map((o) => ({ id: o.id, text: text.text(o.text) })),
      })),
      key: mayRevealKey(passed, attempts.length, row.max_attempts) ? answerKey(quiz) : null,
    };
  }

  async attempt(p: Principal, quizId: string, answers: QuizAnswer[]): Promise<QuizAttemptResult> {
    try {
      return await this.db.transaction((manager) => this.gradeAndStore(manager, p, quizId, answers));
    } catch (err) {
      // The enrollment lock makes this unreachable in practice; a clash still never yields two attempts with one number.
      if (isUniqueViolation(err, 'uq_quiz_attempt_number'))
        throw ApiException.conflict(ErrorCode.Conflict, 'Another attempt was submitted at the same time');
      throw err;
    }
  }

  private async gradeAndStore(
    manager: EntityManager,
    p: Principal,
    quizId: string,
    answers: QuizAnswer[],
  ): Promise<QuizAttemptResult> {
    const row = await this.load(manager, p, quizId);
    if (!row.enrollment_id) throw notEnrolled();
    const quiz = asQuiz(row);
    // Nothing to answer proves nothing: no attempt is stored (and gradeAttempt would not pass it either).
    if (quiz.questions.length === 0)
      throw ApiException.conflict(ErrorCode.CourseIncomplete, 'This quiz has no questions yet');
    const problems = validateAnswers(quiz, answers);
    if (problems.length > 0) {
      const details = problems.map((pr) => ({ field: pr.field, problems: [pr.code] }));
      throw new ApiException(
        HttpStatus.BAD_REQUEST,
        ErrorCode.ValidationFailed,
        details.map((d) => `${d.field}: ${d.problems[0]}`).join('; '),
        details,
      );
    }
    await this.completion.lock(manager, row.enrollment_id);
    const previous = await this.attempts(manager, row.enrollment_id, quizId);
    if (!mayAttempt(row.max_attempts, previous.length)) {
      throw ApiException.conflict(ErrorCode.AttemptsExhausted, 'No attempts left');
    }
    const grade = gradeAttempt(quiz, answers);
    const attemptNumber = previous.length + 1;
    const [stored] = (await manager.query(
      `INSERT INTO quiz_attempt (enrollment_id, quiz_id, attempt_no, answers, score_percent, passed)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6) RETURNING id`,
      [row.enrollment_id, quizId, attemptNumber, JSON.stringify(answers), grade.scorePercent, grade.passed],
    )) as { id: string }[];
    await manager.query(`UPDATE enrollment SET last_activity_at = now() WHERE id = $1`, [row.enrollment_id]);
    const course = await this.completion.settle(manager, { id: row.enrollment_id, courseId: row.course_id });

    const passedEver = grade.passed || previous.some((a) => a.passed);
    const keyRevealed = mayRevealKey(passedEver, attemptNumber, row.max_attempts);
    const key = new Map(answerKey(quiz).map((k) => [k.questionId, k.correctOptionIds]));
    const text = localizer(asLocale(row.locale));
    return {
      attemptId: stored.id,
      attemptNumber,
      scorePercent: grade.scorePercent,
      passed: grade.passed,
      attemptsLeft: attemptsLeft(row.max_attempts, attemptNumber),
      keyRevealed,
      questions: grade.questions.map((q) => ({
        questionId: q.questionId,
        correct: q.correct,
        chosenOptionIds: q.chosenOptionIds,
        feedback: q.feedback.map((f) => ({ optionId: f.optionId, text: text.text(f.text) })),
        correctOptionIds: keyRevealed ? (key.get(q.questionId) ?? []) : null,
      })),
      course,
    };
  }
}
