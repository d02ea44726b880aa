import type { CourseDetail, EnrollmentState, PublicQuiz, QuizAttemptResult } from '@kotopaikka/contracts';

import { createUser, TEST_PASSWORD } from '../../testing/fixtures';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { certificateJobs, createTestCourse, type TestCourse } from './learning.test-support';

describe('quizzes', () => {
  let t: TestApp;

  async function enrolledLearner(course: TestCourse): Promise<{ agent: TestAgent; enrollmentId: string }> {
    const user = await createUser(t.db);
    const agent = t.agent();
    expect((await agent.login(user.email, TEST_PASSWORD)).status).toBe(200);
    const res = await agent.post<EnrollmentState>(`/api/courses/${course.id}/enroll`);
    return { agent, enrollmentId: res.body.enrollmentId };
  }

  async function attempts(enrollmentId: string): Promise<number> {
    const [row] = (await t.db.query(`SELECT count(*)::int AS n FROM quiz_attempt WHERE enrollment_id = $1`, [
      enrollmentId,
    ])) as { n: number }[];
    return row.n;
  }

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('never sends the key before an attempt', async () => {
    const course = await createTestCourse(t.db, { quiz: { maxAttempts: 2 } });
    const { agent } = await enrolledLearner(course);
    const res = await agent.get<PublicQuiz>(`/api/quizzes/${course.quizId}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      attemptsUsed: 0,
      attemptsLeft: 2,
      passed: false,
      key: null,
      lastAttempt: null,
      title: 'Tentti',
    });
    expect(res.body.questions.map((q) => q.options.map((o) => o.id))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    const text = JSON.stringify(res.body);
    expect(text).not.toContain('correct');
    expect(text).not.toContain('Oikein');

    const draft = await createTestCourse(t.db, { status: 'draft', quiz: {} });
    expect((await agent.get(`/api/quizzes/${draft.quizId}`)).status).toBe(404);
  });

  it('refuses unknown options and another quiz’s questions with 400 naming the field, writing nothing', async () => {
    const course = await createTestCourse(t.db, { quiz: {} });
    const other = await createTestCourse(t.db, { quiz: {} });
    const { agent, enrollmentId } = await enrolledLearner(course);
    const wrongOption = await agent.post<{ code: string; details: { field: string }[] }>(
      `/api/quizzes/${course.quizId}/attempts`,
      {
        answers: [
          { questionId: 'q1', optionIds: ['a'] },
          { questionId: 'q2', optionIds: ['c', 'zz'] },
        ],
      },
    );
    expect(wrongOption.status).toBe(400);
    expect(wrongOption.body.code).toBe('validation_failed');
    expect(wrongOption.body.details.map((d) => d.field)).toContain('answers.1.optionIds.1');

    const foreign = await agent.post<{ details: { field: string }[] }>(`/api/quizzes/${course.quizId}/attempts`, {
      answers: [...course.correct, { questionId: 'q3', optionIds: ['a'] }],
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.details.map((d) => d.field)).toContain('answers.2.questionId');
    expect(
      (await agent.post(`/api/quizzes/${course.quizId}/attempts`, { answers: [{ questionId: 'q1' }] })).status,
    ).toBe(400);
    expect(await attempts(enrollmentId)).toBe(0);

    // Not enrolled in the other course: refused, nothing written.
    const notEnrolled = await agent.post<{ code: string }>(`/api/quizzes/${other.quizId}/attempts`, {
      answers: other.correct,
    });
    expect(notEnrolled.status).toBe(403);
    expect(notEnrolled.body.code).toBe('not_enrolled');
  });

  it('fails, then passes: feedback of the chosen options, the key only after the pass, and the course completes', async () => {
    const course = await createTestCourse(t.db, { lessonsPerModule: 1, quiz: { maxAttempts: 3 } });
    const { agent, enrollmentId } = await enrolledLearner(course);
    await agent.post(`/api/lessons/${course.lessonIds[0]}/progress`, { done: true });

    const fail = await agent.post<QuizAttemptResult>(`/api/quizzes/${course.quizId}/attempts`, {
      answers: course.wrong,
    });
    expect(fail.status).toBe(201);
    expect(fail.body).toMatchObject({
      attemptNumber: 1,
      scorePercent: 0,
      passed: false,
      attemptsLeft: 2,
      keyRevealed: false,
    });
    expect(fail.body.questions[0]).toMatchObject({
      questionId: 'q1',
      correct: false,
      chosenOptionIds: ['b'],
      feedback: [{ optionId: 'b', text: 'Väärin' }],
      correctOptionIds: null,
    });
    expect(fail.body.course.completedAt).toBeNull();
    expect((await agent.get<PublicQuiz>(`/api/quizzes/${course.quizId}`)).body).toMatchObject({
      attemptsUsed: 1,
      key: null,
      lastAttempt: { attemptNumber: 1, passed: false },
    });

    const pass = await agent.post<QuizAttemptResult>(`/api/quizzes/${course.quizId}/attempts`, {
      answers: course.correct,
    });
    expect(pass.body).toMatchObject({ attemptNumber: 2, scorePercent: 100, passed: true, keyRevealed: true });
    expect(pass.body.questions.map((q) => q.correctOptionIds)).toEqual([['a'], ['c']]);
    expect(pass.body.course.completedAt).not.toBeNull();
    expect(await certificateJobs(t.db, enrollmentId)).toBe(1);

    const after = (await agent.get<PublicQuiz>(`/api/quizzes/${course.quizId}`)).body;
    expect(after).toMatchObject({ passed: true, bestScorePercent: 100, attemptsLeft: 1 });
    expect(after.key).toEqual([
      { questionId: 'q1', correctOptionIds: ['a'] },
      { questionId: 'q2', correctOptionIds: ['c'] },
    ]);
    const page = (await agent.get<CourseDetail>(`/api/courses/${course.id}`)).body;
    expect(page.modules[0].lessons[0].blocks.find((b) => b.kind === 'quiz')).toMatchObject({ passed: true });
  });

  it('stops at the attempt limit and reveals the key after the last attempt', async () => {
    const course = await createTestCourse(t.db, { quiz: { maxAttempts: 2 } });
    const { agent, enrollmentId } = await enrolledLearner(course);
    const first = await agent.post<QuizAttemptResult>(`/api/quizzes/${course.quizId}/attempts`, {
      answers: course.wrong,
    });
    expect(first.body.keyRevealed).toBe(false);
    const last = await agent.post<QuizAttemptResult>(`/api/quizzes/${course.quizId}/attempts`, {
      answers: course.wrong,
    });
    expect(last.body).toMatchObject({ attemptNumber: 2, attemptsLeft: 0, keyRevealed: true });
    const refused = await agent.post<{ code: string }>(`/api/quizzes/${course.quizId}/attempts`, {
      answers: course.correct,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('attempts_exhausted');
    expect(await attempts(enrollmentId)).toBe(2);
    expect((await agent.get<PublicQuiz>(`/api/quizzes/${course.quizId}`)).body.key).not.toBeNull();
  });

  it('never passes a required quiz left without questions, so no certificate is issued for nothing', async () => {
    const course = await createTestCourse(t.db, { lessonsPerModule: 1, quiz: {} });
    const { agent, enrollmentId } = await enrolledLearner(course);
    await agent.post(`/api/lessons/${course.lessonIds[0]}/progress`, { done: true });
    // Emptied after publishing (courses stay editable in place).
    await t.db.query(`UPDATE quiz SET questions = '[]' WHERE id = $1`, [course.quizId]);
    const res = await agent.post<{ code: string }>(`/api/quizzes/${course.quizId}/attempts`, { answers: [] });
    expect([res.status, res.body.code]).toEqual([409, 'course_incomplete']);
    expect(await attempts(enrollmentId)).toBe(0);
    const [row] = (await t.db.query(`SELECT completed_at FROM enrollment WHERE id = $1`, [enrollmentId])) as {
      completed_at: Date | null;
    }[];
    expect(row.completed_at).toBeNull();
    expect(await certificateJobs(t.db, enrollmentId)).toBe(0);
  });

  it('numbers concurrent submissions distinctly', async () => {
    const course = await createTestCourse(t.db, { quiz: { maxAttempts: null } });
    const { agent, enrollmentId } = await enrolledLearner(course);
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        agent.post<QuizAttemptResult>(`/api/quizzes/${course.quizId}/attempts`, { answers: course.wrong }),
      ),
    );
    expect(results.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    const numbers = (await t.db.query(
      `SELECT attempt_no FROM quiz_attempt WHERE enrollment_id = $1 ORDER BY attempt_no`,
      [enrollmentId],
    )) as { attempt_no: number }[];
    expect(numbers.map((n) => n.attempt_no)).toEqual([1, 2, 3].slice(0, numbers.length));
    expect(numbers.length).toBe(results.filter((r) => r.status === 201).length);
    // Unlimited attempts: the key stays hidden until a pass.
    expect((await agent.get<PublicQuiz>(`/api/quizzes/${course.quizId}`)).body).toMatchObject({
      attemptsLeft: null,
      key: null,
    });
  });
});
