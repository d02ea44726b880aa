import type {
  ApiErrorBody,
  AuthoringBlock,
  AuthoringLesson,
  AuthoringModule,
  AuthoringQuiz,
  CourseAuthoring,
  CourseOrderRequest,
  QuizInput,
} from '@kotopaikka/contracts';

import { count, fieldsOf, signedIn } from '../../accounts/users/people.test-support';
import { municipalityId } from '../../testing/fixtures';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';

const L = (fi: string, en = ''): { fi: string; en: string } => ({ fi, en });

const newCourse = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  title: L('Perehdytyksen perusteet', 'Onboarding basics'),
  summary: L('Lyhyt kurssi', 'A short course'),
  estimatedMinutes: 45,
  audiences: ['employer', 'onboarding_staff'],
  ...extra,
});

const quizInput = (extra: Partial<QuizInput> = {}): QuizInput => ({
  title: L('Tarkistus', 'Check'),
  required: true,
  passMarkPercent: 60,
  maxAttempts: 3,
  questions: [
    {
      kind: 'single',
      prompt: L('Mikä on hygieniapassi?', 'What is the hygiene passport?'),
      options: [
        { text: L('Todistus elintarvikehygienian osaamisesta'), correct: true, feedback: L('Oikein') },
        { text: L('Ajokortti'), correct: false, feedback: null },
      ],
    },
    {
      kind: 'true_false',
      prompt: L('Työturvallisuuskortti on vapaaehtoinen kaikilla työmailla.'),
      options: [
        { text: L('Tosi'), correct: false, feedback: L('Ei aina') },
        { text: L('Epätosi'), correct: true, feedback: null },
      ],
    },
  ],
  ...extra,
});

describe('course authoring', () => {
  let t: TestApp;
  let admin: TestAgent;
  let coordinator: TestAgent;
  let keuruuCoordinator: TestAgent;
  let member: TestAgent;
  let aanekoski: string;
  let keuruu: string;

  beforeAll(async () => {
    t = await startTestApp({ redis: false });
    aanekoski = await municipalityId(t.db, 'Äänekoski');
    keuruu = await municipalityId(t.db, 'Keuruu');
    ({ agent: admin } = await signedIn(t, { role: 'admin' }));
    ({ agent: coordinator } = await signedIn(t, { role: 'coordinator', managedMunicipalities: ['Äänekoski'] }));
    ({ agent: keuruuCoordinator } = await signedIn(t, {
      role: 'coordinator',
      municipality: 'Keuruu',
      managedMunicipalities: ['Keuruu'],
    }));
    ({ agent: member } = await signedIn(t));
  });

  afterAll(async () => {
    await t.close();
  });

  async function course(agent: TestAgent, extra: Record<string, unknown> = {}): Promise<CourseAuthoring> {
    const res = await agent.post<CourseAuthoring>('/api/courses', newCourse(extra));
    expect(res.status).toBe(201);
    return res.body;
  }

  async function moduleOf(agent: TestAgent, courseId: string, title: string): Promise<AuthoringModule> {
    const res = await agent.post<AuthoringModule>(`/api/courses/${courseId}/modules`, { title: L(title) });
    expect(res.status).toBe(201);
    return res.body;
  }

  async function lessonOf(agent: TestAgent, moduleId: string, title: string): Promise<AuthoringLesson> {
    const res = await agent.post<AuthoringLesson>(`/api/modules/${moduleId}/lessons`, { title: L(title) });
    expect(res.status).toBe(201);
    return res.body;
  }

  async function textBlock(agent: TestAgent, lessonId: string, text: string): Promise<AuthoringBlock> {
    const res = await agent.post<AuthoringBlock>(`/api/lessons/${lessonId}/blocks`, {
      kind: 'text',
      markdown: L(text, text),
    });
    expect(res.status).toBe(201);
    return res.body;
  }

  it('a coordinator builds a course in their municipality, edits it, and every change is audited', async () => {
    const c = await course(coordinator, { municipalityIds: [aanekoski] });
    expect(c).toMatchObject({
      status: 'draft',
      municipalityIds: [aanekoski],
      title: L('Perehdytyksen perusteet', 'Onboarding basics'),
      modules: [],
    });
    const mod = await moduleOf(coordinator, c.id, 'Ensimmäiset päivät');
    const lesson = await lessonOf(coordinator, mod.id, 'Tervetuloa');
    const text = await textBlock(coordinator, lesson.id, '## Tervetuloa taloon');
    const reflection = await coordinator.post<AuthoringBlock>(`/api/lessons/${lesson.id}/blocks`, {
      kind: 'reflection',
      prompt: L('Mitä muistat omasta ensimmäisestä päivästäsi?'),
    });
    expect(reflection.status).toBe(201);
    const video = await coordinator.post<AuthoringBlock>(`/api/lessons/${lesson.id}/blocks`, {
      kind: 'video',
      url: 'https://www.youtube-nocookie.com/embed/abc123',
      title: L('Esittely'),
      transcript: L('Puhuja kertoo perehdytyksestä.'),
    });
    expect(video.status).toBe(201);

    const renamed = await coordinator.patch<CourseAuthoring>(`/api/courses/${c.id}`, {
      title: L('Perehdytys käytännössä', 'Onboarding in practice'),
      estimatedMinutes: 50,
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({
      title: L('Perehdytys käytännössä', 'Onboarding in practice'),
      estimatedMinutes: 50,
    });
    expect((await coordinator.patch(`/api/modules/${mod.id}`, { title: L('Alku') })).status).toBe(200);
    expect(
      (await coordinator.patch<AuthoringLesson>(`/api/lessons/${lesson.id}`, { required: false })).body.required,
    ).toBe(false);
    const edited = await coordinator.patch<AuthoringBlock>(`/api/blocks/${text.id}`, {
      markdown: L('## Hyvä alku', '## A good start'),
    });
    expect(edited.body).toEqual({ id: text.id, kind: 'text', markdown: L('## Hyvä alku', '## A good start') });

    const tree = await coordinator.get<CourseAuthoring>(`/api/courses/${c.id}/authoring`);
    expect(tree.status).toBe(200);
    expect(tree.body.modules.map((m) => m.title.fi)).toEqual(['Alku']);
    expect(tree.body.modules[0].lessons[0].blocks.map((b) => b.kind)).toEqual(['text', 'reflection', 'video']);

    const audited: { action: string }[] = await t.db.query(
      `SELECT action FROM audit_entry WHERE entity_id = $1 OR details->>'courseId' = $1 ORDER BY created_at, action`,
      [c.id],
    );
    expect(audited.map((a) => a.action).sort()).toEqual(
      [
        'block.create',
        'block.create',
        'block.create',
        'block.update',
        'course.create',
        'course.update',
        'lesson.create',
        'lesson.update',
        'module.create',
        'module.update',
      ].sort(),
    );

    expect((await coordinator.delete(`/api/blocks/${reflection.body.id}`)).status).toBe(204);
    expect((await coordinator.delete(`/api/lessons/${lesson.id}`)).status).toBe(204);
    expect((await coordinator.delete(`/api/modules/${mod.id}`)).status).toBe(204);
    expect(await count(t.db, `lesson_block b JOIN lesson l ON l.id = b.lesson_id WHERE l.course_id = $1`, [c.id])).toBe(
      0,
    );
  });

  it('an admin authors anywhere; coordinators only everywhere-courses or their own municipalities; members never', async () => {
    const keuruuCourse = await course(admin, { municipalityIds: [keuruu] });
    const everywhere = await course(keuruuCoordinator);
    expect(everywhere.municipalityIds).toEqual([]);

    expect((await coordinator.get(`/api/courses/${keuruuCourse.id}/authoring`)).status).toBe(403);
    expect((await coordinator.patch(`/api/courses/${keuruuCourse.id}`, { estimatedMinutes: 5 })).status).toBe(403);
    expect((await coordinator.post(`/api/courses/${keuruuCourse.id}/modules`, { title: L('x') })).status).toBe(403);
    expect((await coordinator.post('/api/courses', newCourse({ municipalityIds: [keuruu] }))).status).toBe(403);
    // Offering an own course in someone else's municipality is refused too.
    expect(
      (await coordinator.patch(`/api/courses/${everywhere.id}`, { municipalityIds: [keuruu, aanekoski] })).status,
    ).toBe(403);
    expect((await keuruuCoordinator.get(`/api/courses/${keuruuCourse.id}/authoring`)).status).toBe(200);
    expect((await coordinator.get(`/api/courses/${everywhere.id}/authoring`)).status).toBe(200);

    expect((await member.post('/api/courses', newCourse())).status).toBe(403);
    expect((await member.get(`/api/courses/${everywhere.id}/authoring`)).status).toBe(403);
    expect((await member.patch(`/api/courses/${everywhere.id}`, { estimatedMinutes: 5 })).status).toBe(403);
    expect((await member.post(`/api/courses/${everywhere.id}/publish`)).status).toBe(403);
    expect((await coordinator.get(`/api/courses/00000000-0000-4000-8000-000000000000/authoring`)).status).toBe(404);
    expect(
      (await t.db.query(`SELECT estimated_minutes FROM course WHERE id = $1`, [keuruuCourse.id]))[0].estimated_minutes,
    ).toBe(45);
  });

  it('rejects unknown fields, wrong types, overlong text and bad ids with 400 naming the field, writing nothing', async () => {
    const before = await count(t.db, 'course');
    const cases: [unknown, string][] = [
      [newCourse({ colour: 'red' }), 'colour'],
      [newCourse({ estimatedMinutes: '45' }), 'estimatedMinutes'],
      [newCourse({ title: L('x'.repeat(201)) }), 'title.fi'],
      [newCourse({ title: { fi: 'x', en: 'y', sv: 'z' } }), 'title.sv'],
      [newCourse({ audiences: ['astronaut'] }), 'audiences'],
      [newCourse({ municipalityIds: ['not-a-uuid'] }), 'municipalityIds'],
      [newCourse({ municipalityIds: ['00000000-0000-4000-8000-000000000000'] }), 'municipalityIds'],
    ];
    for (const [body, field] of cases) {
      const res = await admin.post<ApiErrorBody>('/api/courses', body);
      expect([res.status, fieldsOf(res.body)]).toEqual([400, [field]]);
    }
    expect((await admin.get<ApiErrorBody>('/api/courses/nope/authoring')).body.details).toEqual([
      { field: 'id', problems: expect.any(Array) },
    ]);
    expect(await count(t.db, 'course')).toBe(before);
  });

  it('validates each block kind and the quiz, naming the field', async () => {
    const c = await course(coordinator);
    const lesson = await lessonOf(coordinator, (await moduleOf(coordinator, c.id, 'M')).id, 'L');
    const blocks = `/api/lessons/${lesson.id}/blocks`;
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'video', url: 'https://www.youtube.com/watch?v=abc', title: L('v') }, 'transcript'],
      [{ kind: 'video', url: 'https://evil.example/video', transcript: L('t') }, 'url'],
      [{ kind: 'video', url: 'http://vimeo.com/1', transcript: L('t') }, 'url'],
      [{ kind: 'video', url: 'https://vimeo.com/1', captionsUrl: 'javascript:alert(1)' }, 'captionsUrl'],
      [{ kind: 'text', markdown: L('', '') }, 'markdown'],
      [{ kind: 'text', markdown: L('x'.repeat(50001)) }, 'markdown.fi'],
      [{ kind: 'text', markdown: L('ok'), prompt: L('?') }, 'prompt'],
      [{ kind: 'reflection' }, 'prompt'],
      [{ kind: 'file', fileId: '00000000-0000-4000-8000-000000000000' }, 'fileId'],
      [{ kind: 'poem', markdown: L('x') }, 'kind'],
      [{ kind: 'quiz' }, 'quiz'],
      [{ kind: 'quiz', quiz: quizInput({ passMarkPercent: 0 }) }, 'quiz.passMarkPercent'],
    ];
    for (const [body, field] of cases) {
      const res = await coordinator.post<ApiErrorBody>(blocks, body);
      expect([JSON.stringify(body).slice(0, 60), res.status, fieldsOf(res.body)]).toEqual([
        JSON.stringify(body).slice(0, 60),
        400,
        [field],
      ]);
    }
    expect(await count(t.db, 'lesson_block WHERE lesson_id = $1', [lesson.id])).toBe(0);
    expect(await count(t.db, 'quiz WHERE course_id = $1', [c.id])).toBe(0);

    const captioned = await coordinator.post<AuthoringBlock>(blocks, {
      kind: 'video',
      url: 'https://player.vimeo.com/video/1',
      captionsUrl: 'https://example.org/captions.vtt',
    });
    expect(captioned.status).toBe(201);
    // Clearing the only alternative to a transcript is refused.
    const cleared = await coordinator.patch<ApiErrorBody>(`/api/blocks/${captioned.body.id}`, { captionsUrl: null });
    expect([cleared.status, fieldsOf(cleared.body)]).toEqual([400, ['transcript']]);
    const wrongKind = await coordinator.patch<ApiErrorBody>(`/api/blocks/${captioned.body.id}`, { markdown: L('x') });
    expect([wrongKind.status, fieldsOf(wrongKind.body)]).toEqual([400, ['markdown']]);
  });

  it('creates a quiz with its block, keeps ids of unchanged questions and options, and validates the key', async () => {
    const c = await course(coordinator);
    const lesson = await lessonOf(coordinator, (await moduleOf(coordinator, c.id, 'M')).id, 'L');
    const created = await coordinator.post<Extract<AuthoringBlock, { kind: 'quiz' }>>(
      `/api/lessons/${lesson.id}/blocks`,
      { kind: 'quiz', quiz: quizInput() },
    );
    expect(created.status).toBe(201);
    const quiz = created.body.quiz;
    expect(quiz).toMatchObject({ passMarkPercent: 60, maxAttempts: 3, required: true });
    expect(quiz.questions.map((q) => q.options.filter((o) => o.correct).length)).toEqual([1, 1]);

    const [first, second] = quiz.questions;
    const replaced = await coordinator.put<AuthoringQuiz>(`/api/quizzes/${quiz.id}`, {
      ...quizInput({ maxAttempts: null, passMarkPercent: 80 }),
      questions: [
        {
          id: second.id,
          kind: second.kind,
          prompt: second.prompt,
          options: second.options.map((o) => ({ id: o.id, text: o.text, correct: o.correct, feedback: o.feedback })),
        },
        {
          id: first.id,
          kind: 'multiple',
          prompt: L('Mitkä ovat lupakortteja?'),
          options: [
            { id: first.options[0].id, text: L('Hygieniapassi'), correct: true, feedback: null },
            { text: L('Tulityökortti'), correct: true, feedback: null },
            { text: L('Kirjastokortti'), correct: false, feedback: L('Ei lupakortti') },
          ],
        },
      ],
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ maxAttempts: null, passMarkPercent: 80 });
    expect(replaced.body.questions.map((q) => q.id)).toEqual([second.id, first.id]);
    expect(replaced.body.questions[0].options.map((o) => o.id)).toEqual(second.options.map((o) => o.id));
    expect(replaced.body.questions[1].options[0].id).toBe(first.options[0].id);
    expect(new Set(replaced.body.questions[1].options.map((o) => o.id)).size).toBe(3);

    const bad: [QuizInput, string][] = [
      [
        quizInput({
          questions: [
            {
              ...quizInput().questions[0],
              options: quizInput().questions[0].options.map((o) => ({ ...o, correct: true })),
            },
          ],
        }),
        'questions.0.options',
      ],
      [
        quizInput({
          questions: [
            {
              ...quizInput().questions[1],
              options: [...quizInput().questions[1].options, { text: L('Ehkä'), correct: false, feedback: null }],
            },
          ],
        }),
        'questions.0.options',
      ],
      [
        quizInput({ questions: [{ ...quizInput().questions[0], id: '00000000-0000-4000-8000-000000000000' }] }),
        'questions.0.id',
      ],
      [
        quizInput({
          questions: [
            {
              ...quizInput().questions[0],
              options: [
                { id: second.options[0].id, text: L('a'), correct: true, feedback: null },
                { text: L('b'), correct: false, feedback: null },
              ],
            },
          ],
        }),
        'questions.0.options.0.id',
      ],
      [quizInput({ maxAttempts: 0 }), 'maxAttempts'],
      [
        { ...quizInput(), questions: [{ ...quizInput().questions[0], kind: 'essay' }] } as unknown as QuizInput,
        'questions.0.kind',
      ],
    ];
    for (const [body, field] of bad) {
      const res = await coordinator.put<ApiErrorBody>(`/api/quizzes/${quiz.id}`, body);
      expect([res.status, fieldsOf(res.body)]).toEqual([400, [field]]);
    }
    const stored: { questions: { id: string }[]; pass_mark_percent: number }[] = await t.db.query(
      `SELECT questions, pass_mark_percent FROM quiz WHERE id = $1`,
      [quiz.id],
    );
    expect(stored[0].pass_mark_percent).toBe(80);
    expect(stored[0].questions.map((q) => q.id)).toEqual([second.id, first.id]);
    expect((await keuruuCoordinator.put(`/api/quizzes/${quiz.id}`, quizInput())).status).toBe(200);
    expect((await member.put(`/api/quizzes/${quiz.id}`, quizInput())).status).toBe(403);

    // Deleting a quiz block takes its quiz with it, so no orphan keeps counting towards completion.
    expect((await coordinator.delete(`/api/blocks/${created.body.id}`)).status).toBe(204);
    expect(await count(t.db, 'quiz WHERE id = $1', [quiz.id])).toBe(0);
  });

  it('persists a new order of modules, lessons and blocks, moving across parents, and refuses mismatched sets', async () => {
    const c = await course(admin);
    const m1 = await moduleOf(admin, c.id, 'M1');
    const m2 = await moduleOf(admin, c.id, 'M2');
    const l1 = await lessonOf(admin, m1.id, 'L1');
    const l2 = await lessonOf(admin, m1.id, 'L2');
    const l3 = await lessonOf(admin, m2.id, 'L3');
    const b1 = await textBlock(admin, l1.id, 'B1');
    const b2 = await textBlock(admin, l1.id, 'B2');
    const b3 = await textBlock(admin, l3.id, 'B3');

    const order: CourseOrderRequest = {
      modules: [
        {
          id: m2.id,
          lessons: [
            { id: l3.id, blockIds: [] },
            { id: l1.id, blockIds: [b2.id, b3.id] },
          ],
        },
        { id: m1.id, lessons: [{ id: l2.id, blockIds: [b1.id] }] },
      ],
    };
    const res = await admin.put<CourseAuthoring>(`/api/courses/${c.id}/order`, order);
    expect(res.status).toBe(200);
    const shape = (tree: CourseAuthoring): unknown =>
      tree.modules.map((m) => ({
        id: m.id,
        lessons: m.lessons.map((l) => ({ id: l.id, blockIds: l.blocks.map((b) => b.id) })),
      }));
    expect(shape(res.body)).toEqual(order.modules);
    expect(shape((await admin.get<CourseAuthoring>(`/api/courses/${c.id}/authoring`)).body)).toEqual(order.modules);

    const mismatches: [CourseOrderRequest, string][] = [
      [
        { modules: [{ ...order.modules[0], lessons: [...order.modules[0].lessons, ...order.modules[1].lessons] }] },
        'modules',
      ],
      [
        {
          modules: [
            { id: m2.id, lessons: [{ id: l3.id, blockIds: [b1.id] }, order.modules[0].lessons[1]] },
            { id: m1.id, lessons: [] },
          ],
        },
        'modules.lessons',
      ],
      [
        { modules: [order.modules[0], { id: m1.id, lessons: [{ id: l2.id, blockIds: [b1.id, b1.id] }] }] },
        'modules.lessons.blockIds',
      ],
      [
        { modules: [order.modules[0], { id: m1.id, lessons: [{ id: l2.id, blockIds: [] }] }] },
        'modules.lessons.blockIds',
      ],
      // Same length, one id twice and one missing.
      [
        {
          modules: [
            {
              id: m2.id,
              lessons: [
                { id: l3.id, blockIds: [] },
                { id: l1.id, blockIds: [b2.id, b2.id] },
              ],
            },
            order.modules[1],
          ],
        },
        'modules.lessons.blockIds',
      ],
      [
        {
          modules: [
            { id: m2.id, lessons: [...order.modules[0].lessons, ...order.modules[1].lessons] },
            { id: m2.id, lessons: [] },
          ],
        },
        'modules',
      ],
    ];
    for (const [body, field] of mismatches) {
      const bad = await admin.put<ApiErrorBody>(`/api/courses/${c.id}/order`, body);
      expect([bad.status, fieldsOf(bad.body)]).toEqual([400, [field]]);
    }
    expect(shape((await admin.get<CourseAuthoring>(`/api/courses/${c.id}/authoring`)).body)).toEqual(order.modules);
    expect((await coordinator.put(`/api/courses/${c.id}/order`, order)).status).toBe(200);
    expect((await member.put(`/api/courses/${c.id}/order`, order)).status).toBe(403);
  });

  it('publishes only a course that can be completed, naming what is missing, stays editable when published, and archives', async () => {
    const c = await course(coordinator, { title: L('', 'Only English'), municipalityIds: [aanekoski] });
    const refusal = async (): Promise<[number, string, ApiErrorBody['details']]> => {
      const res = await coordinator.post<ApiErrorBody>(`/api/courses/${c.id}/publish`);
      return [res.status, res.body.code, res.body.details];
    };
    expect(await refusal()).toEqual([
      409,
      'course_incomplete',
      [
        { field: 'title.fi', problems: ['finnish_title_missing'] },
        { field: 'lessons', problems: ['no_lessons'] },
      ],
    ]);
    const lesson = await lessonOf(coordinator, (await moduleOf(coordinator, c.id, 'M')).id, 'L');
    await coordinator.patch(`/api/lessons/${lesson.id}`, { required: false });
    expect((await refusal())[2]).toEqual([
      { field: 'title.fi', problems: ['finnish_title_missing'] },
      { field: 'required', problems: ['nothing_required'] },
    ]);
    // A required quiz without questions: it could never be passed honestly.
    const quizBlock = await coordinator.post<AuthoringBlock>(`/api/lessons/${lesson.id}/blocks`, {
      kind: 'quiz',
      quiz: quizInput({ questions: [] }),
    });
    expect(quizBlock.status).toBe(201);
    const quizId = (quizBlock.body as Extract<AuthoringBlock, { kind: 'quiz' }>).quiz.id;
    expect((await refusal())[2]).toEqual([
      { field: 'title.fi', problems: ['finnish_title_missing'] },
      { field: `quizzes.${quizId}`, problems: ['quiz_without_questions'] },
    ]);
    expect((await coordinator.put(`/api/quizzes/${quizId}`, quizInput())).status).toBe(200);
    expect((await refusal())[2]).toEqual([{ field: 'title.fi', problems: ['finnish_title_missing'] }]);
    expect((await t.db.query(`SELECT status FROM course WHERE id = $1`, [c.id]))[0].status).toBe('draft');

    await coordinator.patch(`/api/courses/${c.id}`, { title: L('Vain suomeksi', 'Only English') });
    const published = await coordinator.post<CourseAuthoring>(`/api/courses/${c.id}/publish`);
    expect([published.status, published.body.status]).toEqual([200, 'published']);
    const edited = await coordinator.patch<CourseAuthoring>(`/api/courses/${c.id}`, {
      summary: L('Päivitetty', 'Updated'),
    });
    expect(edited.body).toMatchObject({ status: 'published', summary: L('Päivitetty', 'Updated') });
    const archived = await coordinator.post<CourseAuthoring>(`/api/courses/${c.id}/archive`);
    expect(archived.body.status).toBe('archived');
    const rows: { published_at: Date | null }[] = await t.db.query(`SELECT published_at FROM course WHERE id = $1`, [
      c.id,
    ]);
    expect(rows[0].published_at).not.toBeNull();
    expect(
      await count(t.db, `audit_entry WHERE entity_id = $1 AND action IN ('course.publish', 'course.archive')`, [c.id]),
    ).toBe(2);
  });

  it('lets only admins narrow or archive a published course offered in every municipality', async () => {
    const everywhere = await course(coordinator);
    await lessonOf(coordinator, (await moduleOf(coordinator, everywhere.id, 'M')).id, 'L');
    // A draft has no learners yet: its author may still narrow it, and widen it again.
    expect((await coordinator.patch(`/api/courses/${everywhere.id}`, { municipalityIds: [aanekoski] })).status).toBe(
      200,
    );
    expect((await coordinator.patch(`/api/courses/${everywhere.id}`, { municipalityIds: [] })).status).toBe(200);
    expect((await coordinator.post(`/api/courses/${everywhere.id}/publish`)).status).toBe(200);

    const narrow = await coordinator.patch<ApiErrorBody>(`/api/courses/${everywhere.id}`, {
      municipalityIds: [aanekoski],
    });
    expect([narrow.status, narrow.body.code]).toEqual([403, 'course_scope_admin_only']);
    const archive = await coordinator.post<ApiErrorBody>(`/api/courses/${everywhere.id}/archive`);
    expect([archive.status, archive.body.code]).toEqual([403, 'course_scope_admin_only']);
    // Its content stays theirs to edit.
    expect((await coordinator.patch(`/api/courses/${everywhere.id}`, { estimatedMinutes: 50 })).status).toBe(200);
    const [row] = (await t.db.query(`SELECT status, municipality_ids, estimated_minutes FROM course WHERE id = $1`, [
      everywhere.id,
    ])) as {
      status: string;
      municipality_ids: string[] | null;
      estimated_minutes: number;
    }[];
    expect(row).toEqual({ status: 'published', municipality_ids: null, estimated_minutes: 50 });

    expect((await admin.patch(`/api/courses/${everywhere.id}`, { municipalityIds: [aanekoski] })).status).toBe(200);
    expect((await admin.post(`/api/courses/${everywhere.id}/archive`)).status).toBe(200);
  });
});
