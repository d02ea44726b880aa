import { signedIn } from '../accounts/users/people.test-support';
import type { TestUserInput } from '../testing/fixtures';
import { createOrganisation, municipalityId } from '../testing/fixtures';
import type { OperationCall } from '../testing/operation-matrix';
import type { TestAgent, TestResponse } from '../testing/test-agent';
import type { TestApp } from '../testing/test-app';
import { CertificatesService } from './certificates/certificates.service';
import { createEnrollment } from './certificates/training-fixtures.test-support';
import { createTestCourse } from './learning/learning.test-support';

/**
 * The people of the training authorisation matrix, one column each: every role, and the audiences and places
 * that change what a member may. "Laukaa" is the in-scope municipality, "Keuruu" the other one.
 */
export const PERSONAS: readonly { name: string; user: TestUserInput; organisation?: true }[] = [
  { name: 'admin', user: { role: 'admin', municipality: 'Laukaa' } },
  {
    name: 'coordinator of Laukaa',
    user: { role: 'coordinator', municipality: 'Laukaa', managedMunicipalities: ['Laukaa'] },
  },
  {
    name: 'coordinator of Keuruu',
    user: { role: 'coordinator', municipality: 'Keuruu', managedMunicipalities: ['Keuruu'] },
  },
  { name: 'mentor', user: { role: 'mentor', municipality: 'Laukaa' } },
  { name: 'learner', user: { role: 'member', municipality: 'Laukaa' } },
  { name: 'learner in Keuruu', user: { role: 'member', municipality: 'Keuruu' } },
  { name: 'decision-maker', user: { role: 'member', audience: 'decision_maker', municipality: 'Laukaa' } },
  { name: 'employer', user: { role: 'member', audience: 'employer', municipality: 'Laukaa' }, organisation: true },
  { name: 'employer without organisation', user: { role: 'member', audience: 'employer', municipality: 'Laukaa' } },
];

/** One expected status per persona, in PERSONAS order. */
export type Statuses = readonly [number, number, number, number, number, number, number, number, number];

/** A persona's column. */
export const personaIndex = (name: string): number => PERSONAS.findIndex((p) => p.name === name);

const ADMIN = personaIndex('admin');
const COORDINATOR_KEURUU = personaIndex('coordinator of Keuruu');
const LEARNER = personaIndex('learner');
const LEARNER_KEURUU = personaIndex('learner in Keuruu');

/** A course with one of each thing a route acts on. */
export interface CourseFixture {
  id: string;
  moduleId: string;
  lessonId: string;
  textBlockId: string;
  reflectionBlockId: string;
  quizId: string;
  wrongAnswers: { questionId: string; optionIds: string[] }[];
  /** A file block's file, on the shared courses. */
  fileId: string | null;
}

export interface World {
  t: TestApp;
  /** In PERSONAS order. */
  agents: TestAgent[];
  userIds: string[];
  laukaa: string;
  keuruu: string;
  /** Published, offered everywhere; every persona enrolled, the learner with progress and a reflection. */
  published: CourseFixture;
  /** Published, offered everywhere; nobody enrolled. */
  unenrolled: CourseFixture;
  /** A draft offered only in Laukaa. */
  draft: CourseFixture;
  /** Published, offered only in Keuruu; the admin, the Keuruu coordinator and the Keuruu learner enrolled. */
  keuruuCourse: CourseFixture;
  /** The learner's certificate of a completed course. */
  certificateCode: string;
}

const L = (fi: string, en: string): { fi: string; en: string } => ({ fi, en });

/** Written straight into the tables (learning.test-support), so the matrix does not lean on the routes it tests. */
async function courseFixture(
  t: TestApp,
  status: 'draft' | 'published',
  municipality: string | null,
): Promise<CourseFixture> {
  const c = await createTestCourse(t.db, {
    status,
    municipalities: municipality ? [municipality] : undefined,
    reflection: true,
    quiz: {},
  });
  const [module] = (await t.db.query(`SELECT id FROM course_module WHERE course_id = $1`, [c.id])) as { id: string }[];
  if (!c.reflectionBlockId || !c.quizId) throw new Error('test course without its reflection or quiz');
  return {
    id: c.id,
    moduleId: module.id,
    lessonId: c.lessonIds[0],
    textBlockId: c.blockIds[0][0],
    reflectionBlockId: c.reflectionBlockId,
    quizId: c.quizId,
    wrongAnswers: c.wrong,
    fileId: null,
  };
}

/** The smallest content the upload accepts as a PDF. */
export function pdfForm(): FormData {
  const body = new FormData();
  body.append(
    'file',
    new Blob([new Uint8Array(Buffer.from('%PDF-1.4\n%%EOF\n', 'latin1'))], { type: 'application/pdf' }),
    'ohje.pdf',
  );
  return body;
}

function ok<T>(res: TestResponse<T>, what: string): T {
  if (res.status >= 300) throw new Error(`${what} answered ${res.status}: ${res.text}`);
  return res.body;
}

/** An uploaded PDF in a file block of the course's first lesson, put there by the admin (who owns no course). */
async function attachFile(admin: TestAgent, course: CourseFixture): Promise<CourseFixture> {
  const file = ok(await admin.post<{ id: string }>('/api/files', pdfForm()), 'upload');
  ok(
    await admin.post(`/api/lessons/${course.lessonId}/blocks`, {
      kind: 'file',
      fileId: file.id,
      title: L('Ohje', 'Guide'),
    }),
    'file block',
  );
  return { ...course, fileId: file.id };
}

async function enroll(t: TestApp, course: CourseFixture, userIds: string[]): Promise<string[]> {
  return Promise.all(userIds.map((id) => createEnrollment(t.db, course.id, id)));
}

export async function buildWorld(t: TestApp): Promise<World> {
  const organisationId = await createOrganisation(t.db, 'Laukaan Puutyö Oy', 'Laukaa');
  const agents: TestAgent[] = [];
  const userIds: string[] = [];
  for (const persona of PERSONAS) {
    const { agent, id } = await signedIn(t, {
      ...persona.user,
      organisationId: persona.organisation ? organisationId : null,
    });
    agents.push(agent);
    userIds.push(id);
  }
  const admin = agents[ADMIN];
  const published = await attachFile(admin, await courseFixture(t, 'published', null));
  const draft = await attachFile(admin, await courseFixture(t, 'draft', 'Laukaa'));
  const keuruuCourse = await attachFile(admin, await courseFixture(t, 'published', 'Keuruu'));
  const unenrolled = await courseFixture(t, 'published', null);

  const enrollments = await enroll(t, published, userIds);
  await enroll(t, keuruuCourse, [userIds[ADMIN], userIds[COORDINATOR_KEURUU], userIds[LEARNER_KEURUU]]);
  await t.db.query(`INSERT INTO lesson_progress (enrollment_id, lesson_id) VALUES ($1, $2)`, [
    enrollments[LEARNER],
    published.lessonId,
  ]);
  for (const i of [LEARNER, LEARNER_KEURUU]) {
    await t.db.query(
      `INSERT INTO reflection_answer (enrollment_id, block_id, answer) VALUES ($1, $2, 'Opin kysymään.')`,
      [enrollments[i], published.reflectionBlockId],
    );
  }

  const completed = await createTestCourse(t.db);
  const enrollmentId = await createEnrollment(t.db, completed.id, userIds[LEARNER], { completedAt: new Date() });
  await t.app.get(CertificatesService).issue(enrollmentId);
  const [certificate] = (await t.db.query(`SELECT code FROM certificate WHERE enrollment_id = $1`, [enrollmentId])) as {
    code: string;
  }[];

  return {
    t,
    agents,
    userIds,
    laukaa: await municipalityId(t.db, 'Laukaa'),
    keuruu: await municipalityId(t.db, 'Keuruu'),
    published,
    unenrolled,
    draft,
    keuruuCourse,
    certificateCode: certificate.code,
  };
}

/** What a row acts on: a course, where a new course is offered, or a body of its own. */
export interface Subject {
  course?: CourseFixture;
  offeredIn?: string[] | null;
  body?: unknown;
}

const fresh =
  (status: 'draft' | 'published', municipality: string | null) =>
  async (w: World): Promise<Subject> => ({
    course: await courseFixture(w.t, status, municipality),
  });

/** The targets named in the matrix; "new …" makes a course for each call, so writes never spoil a later row. */
export const TARGETS = {
  '-': async (): Promise<Subject> => ({}),
  published: async (w: World): Promise<Subject> => ({ course: w.published }),
  'published, not enrolled': async (w: World): Promise<Subject> => ({ course: w.unenrolled }),
  'draft (Laukaa)': async (w: World): Promise<Subject> => ({ course: w.draft }),
  'published (Keuruu)': async (w: World): Promise<Subject> => ({ course: w.keuruuCourse }),
  'published, for Laukaa': async (w: World): Promise<Subject> => ({
    course: w.published,
    body: { municipalityId: w.laukaa },
  }),
  'offered everywhere': async (): Promise<Subject> => ({ offeredIn: null }),
  'offered in Laukaa': async (w: World): Promise<Subject> => ({ offeredIn: [w.laukaa] }),
  'certificate (learner)': async (): Promise<Subject> => ({}),
  'new published': fresh('published', null),
  'new draft (Laukaa)': fresh('draft', 'Laukaa'),
  'new draft (Keuruu)': fresh('draft', 'Keuruu'),
  'new published (Laukaa)': fresh('published', 'Laukaa'),
  'new published (Keuruu)': fresh('published', 'Keuruu'),
  'new draft': fresh('draft', null),
  'new published, narrowed to Laukaa': async (w: World): Promise<Subject> => ({
    ...(await fresh('published', null)(w)),
    body: { municipalityIds: [w.laukaa] },
  }),
  'new draft, narrowed to Laukaa': async (w: World): Promise<Subject> => ({
    ...(await fresh('draft', null)(w)),
    body: { municipalityIds: [w.laukaa] },
  }),
};
export type TargetName = keyof typeof TARGETS;

/** The path parameter and a valid body of one call. */
/** How a row calls its operation. */
export type Call = OperationCall;

function course(s: Subject): CourseFixture {
  if (!s.course) throw new Error('this operation needs a course target');
  return s.course;
}

/** The order the course has now: a valid PUT /courses/{id}/order body. */
async function currentOrder(w: World, courseId: string): Promise<unknown> {
  const rows = (await w.t.db.query(
    `SELECT m.id AS module_id, l.id AS lesson_id, coalesce(array_agg(b.id ORDER BY b.position) FILTER (WHERE b.id IS NOT NULL), '{}') AS block_ids
       FROM course_module m JOIN lesson l ON l.module_id = m.id LEFT JOIN lesson_block b ON b.lesson_id = l.id
      WHERE m.course_id = $1 GROUP BY m.id, m.position, l.id, l.position ORDER BY m.position, l.position`,
    [courseId],
  )) as { module_id: string; lesson_id: string; block_ids: string[] }[];
  const modules = new Map<string, { id: string; lessons: { id: string; blockIds: string[] }[] }>();
  for (const r of rows) {
    const mod = modules.get(r.module_id) ?? { id: r.module_id, lessons: [] };
    mod.lessons.push({ id: r.lesson_id, blockIds: r.block_ids });
    modules.set(r.module_id, mod);
  }
  return { modules: [...modules.values()] };
}

const QUIZ = {
  title: L('Tarkistus', 'Check'),
  required: true,
  passMarkPercent: 50,
  maxAttempts: null,
  questions: [
    {
      kind: 'true_false',
      prompt: L('Hygieniapassi vaaditaan elintarviketyössä.', 'Food work needs a hygiene passport.'),
      options: [
        { text: L('Tosi', 'True'), correct: true, feedback: null },
        { text: L('Epätosi', 'False'), correct: false, feedback: null },
      ],
    },
  ],
};

const byCourse = (s: Subject): Call => ({ param: course(s).id });

/** How to call each training operation, keyed `METHOD /path` as in the OpenAPI document. */
export const CALLS = {
  'GET /api/courses': (): Call => ({}),
  'GET /api/me/courses': (): Call => ({}),
  'GET /api/training/home': (): Call => ({}),
  'GET /api/courses/{id}': byCourse,
  'POST /api/courses/{id}/enroll': byCourse,
  'POST /api/lessons/{id}/progress': (s: Subject): Call => ({ param: course(s).lessonId, body: { done: true } }),
  'PUT /api/blocks/{id}/reflection': (s: Subject): Call => ({
    param: course(s).reflectionBlockId,
    body: { answer: 'Kysyn, mitä kollega tarvitsee.' },
  }),
  'GET /api/quizzes/{id}': (s: Subject): Call => ({ param: course(s).quizId }),
  'POST /api/quizzes/{id}/attempts': (s: Subject): Call => ({
    param: course(s).quizId,
    body: { answers: course(s).wrongAnswers },
  }),
  'POST /api/courses/{id}/assign': (s: Subject): Call => ({
    param: course(s).id,
    body: s.body ?? { audience: 'employer' },
  }),
  'GET /api/courses/{id}/reflections': byCourse,
  'GET /api/me/certificates': (): Call => ({}),
  'GET /api/certificates/{code}': (_s: Subject, w: World): Call => ({ param: w.certificateCode }),
  'GET /api/certificates/{code}/pdf': (_s: Subject, w: World): Call => ({ param: w.certificateCode }),
  'GET /api/reports/courses': (): Call => ({}),
  'GET /api/reports/courses/{id}': byCourse,
  'GET /api/reports/courses/{id}.csv': byCourse,
  'POST /api/files': (): Call => ({ body: pdfForm() }),
  'GET /api/files/{id}': (s: Subject): Call => ({ param: course(s).fileId ?? undefined }),
  'GET /api/authoring/courses': (): Call => ({}),
  'POST /api/courses': (s: Subject): Call => ({
    body: {
      title: L('Uusi kurssi', 'New course'),
      summary: L('Lyhyt', 'Short'),
      estimatedMinutes: 20,
      audiences: ['employer'],
      municipalityIds: s.offeredIn,
    },
  }),
  'GET /api/courses/{id}/authoring': byCourse,
  'PATCH /api/courses/{id}': (s: Subject): Call => ({ param: course(s).id, body: s.body ?? { estimatedMinutes: 35 } }),
  'POST /api/courses/{id}/publish': byCourse,
  'POST /api/courses/{id}/archive': byCourse,
  'PUT /api/courses/{id}/order': async (s: Subject, w: World): Promise<Call> => ({
    param: course(s).id,
    body: await currentOrder(w, course(s).id),
  }),
  'POST /api/courses/{id}/modules': (s: Subject): Call => ({
    param: course(s).id,
    body: { title: L('Lisäosa', 'Extra part') },
  }),
  'PATCH /api/modules/{id}': (s: Subject): Call => ({ param: course(s).moduleId, body: { title: L('Alku', 'Start') } }),
  'DELETE /api/modules/{id}': (s: Subject): Call => ({ param: course(s).moduleId }),
  'POST /api/modules/{id}/lessons': (s: Subject): Call => ({
    param: course(s).moduleId,
    body: { title: L('Lisätunti', 'Extra lesson') },
  }),
  'PATCH /api/lessons/{id}': (s: Subject): Call => ({ param: course(s).lessonId, body: { required: false } }),
  'DELETE /api/lessons/{id}': (s: Subject): Call => ({ param: course(s).lessonId }),
  'POST /api/lessons/{id}/blocks': (s: Subject): Call => ({
    param: course(s).lessonId,
    body: { kind: 'text', markdown: L('Lisää tekstiä', 'More text') },
  }),
  'PATCH /api/blocks/{id}': (s: Subject): Call => ({
    param: course(s).textBlockId,
    body: { markdown: L('Uusi teksti', 'New text') },
  }),
  'DELETE /api/blocks/{id}': (s: Subject): Call => ({ param: course(s).textBlockId }),
  'PUT /api/quizzes/{id}': (s: Subject): Call => ({ param: course(s).quizId, body: QUIZ }),
};
export type Operation = keyof typeof CALLS;
