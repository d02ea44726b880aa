// The baseline: node:http + pg answering GET /api/courses and GET /api/courses/{id} for one fixed learner with the
// same JSON as the app's learning service, from hand-written SQL run on every request: no framework, session, guard,
// logging or cache (the app keeps sessions for 2 s and course structures per content version on each node).
// Run as a child of api-bench.mjs: env DATABASE_URL, BARE_PORT, BENCH_USER_ID; prints "ready" on stdout.
import { createServer } from 'node:http';
import pg from 'pg';

const POOL_SIZE = 20; // server/src/database/data-source.ts: extra.max
const PAGE_SIZE = 50; // DEFAULT_PAGE_SIZE
const LOCALES = ['fi', 'en'];

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: POOL_SIZE, connectionTimeoutMillis: 5000 });
const userId = process.env.BENCH_USER_ID;

const present = (t) => t !== undefined && t !== null && String(t).trim() !== '';
const available = (f) => {
  const ls = Object.keys(f).filter((l) => present(f[l]));
  return [...ls.filter((l) => l === 'fi'), ...ls.filter((l) => l !== 'fi')];
};
function localizer(locale) {
  const t = {
    fallback: false,
    text(f) {
      f = f ?? {};
      if (present(f[locale])) return f[locale];
      const other = available(f)[0];
      if (other === undefined) return '';
      t.fallback = true;
      return f[other] ?? '';
    },
  };
  return t;
}
const asLocale = (v) => (LOCALES.includes(v ?? '') ? v : 'fi');
const fileUrl = (id) => (id ? `/api/files/${id}` : null);
const iso = (v) => (v === null || v === undefined ? null : new Date(v).toISOString());
const contentLocales = (f) => available(f).filter((l) => LOCALES.includes(l));

function enrollmentState(row, outline, done, passed) {
  const required = outline.lessons.filter((l) => l.required).map((l) => l.id);
  const quizzes = [...new Set(outline.requiredQuizIds)];
  const counted =
    required.length === 0 && quizzes.length === 0
      ? { l: outline.lessons.map((l) => l.id), q: [] }
      : { l: [...new Set(required)], q: quizzes };
  const total = counted.l.length + counted.q.length;
  const doneCount = counted.l.filter((id) => done.has(id)).length + counted.q.filter((id) => passed.has(id)).length;
  const undone = outline.lessons.filter((l) => !done.has(l.id));
  const next = undone.find((l) => l.required) ?? undone[0];
  const completedAt = iso(row.completed_at);
  return {
    enrollmentId: row.enrollment_id,
    progressPercent: completedAt ? 100 : total === 0 ? 0 : Math.floor((doneCount * 100) / total),
    completedAt,
    dueDate: row.due_date,
    continueLessonId: next ? next.id : null,
  };
}

const visible = (first) =>
  `c.status = 'published' AND (c.municipality_ids IS NULL${principal.municipality_id ? ` OR $${first}::uuid = ANY(c.municipality_ids)` : ''})`;
const visibleParams = () => (principal.municipality_id ? [principal.municipality_id] : []);

async function catalog() {
  const rows = (
    await pool.query(
      `SELECT c.id, c.title, c.summary, c.cover_file_id, c.estimated_minutes, c.audiences, c.status,
              to_char(COALESCE(c.published_at, c.created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS sort_at,
              e.id AS enrollment_id, e.due_date::text AS due_date, e.completed_at
         FROM course c LEFT JOIN enrollment e ON e.course_id = c.id AND e.user_id = $1
        WHERE ${visible(2)}
        ORDER BY COALESCE(c.published_at, c.created_at) DESC, c.id DESC
        LIMIT ${PAGE_SIZE + 1}`,
      [userId, ...visibleParams()],
    )
  ).rows;
  const page = rows.slice(0, PAGE_SIZE);
  const enrolled = page.filter((r) => r.enrollment_id !== null);
  const courseIds = enrolled.map((r) => r.id);
  const [user, outlineRows, progressRows] = await Promise.all([
    pool.query(`SELECT locale FROM app_user WHERE id = $1`, [userId]),
    courseIds.length === 0
      ? { rows: [] }
      : pool.query(
          `SELECT l.course_id, 'lesson' AS kind, l.id, l.required, l.title, m.position AS module_position, l.position AS lesson_position
             FROM lesson l JOIN course_module m ON m.id = l.module_id WHERE l.course_id = ANY($1::uuid[])
           UNION ALL
           SELECT q.course_id, 'quiz', q.id, q.required, q.title, 0, 0 FROM quiz q
            WHERE q.course_id = ANY($1::uuid[]) AND EXISTS (SELECT 1 FROM lesson_block b WHERE b.quiz_id = q.id)
           ORDER BY course_id, module_position, lesson_position, id`,
          [courseIds],
        ),
    enrolled.length === 0
      ? { rows: [] }
      : pool.query(
          `SELECT e.id,
                  COALESCE((SELECT array_agg(lp.lesson_id::text) FROM lesson_progress lp WHERE lp.enrollment_id = e.id), '{}') AS done,
                  COALESCE((SELECT array_agg(DISTINCT qa.quiz_id::text) FROM quiz_attempt qa WHERE qa.enrollment_id = e.id AND qa.passed), '{}') AS passed
             FROM enrollment e WHERE e.id = ANY($1::uuid[])`,
          [enrolled.map((r) => r.enrollment_id)],
        ),
  ]);
  const locale = asLocale(user.rows[0]?.locale);
  const outlines = new Map(courseIds.map((id) => [id, { lessons: [], requiredQuizIds: [] }]));
  for (const r of outlineRows.rows) {
    const o = outlines.get(r.course_id);
    if (r.kind === 'lesson') o.lessons.push({ id: r.id, required: r.required });
    else if (r.required) o.requiredQuizIds.push(r.id);
  }
  const progress = new Map(progressRows.rows.map((r) => [r.id, r]));
  const items = page.map((row) => {
    const text = localizer(locale);
    const p = progress.get(row.enrollment_id);
    const enrollment = row.enrollment_id
      ? enrollmentState(row, outlines.get(row.id), new Set(p?.done ?? []), new Set(p?.passed ?? []))
      : null;
    return {
      id: row.id,
      title: text.text(row.title),
      summary: text.text(row.summary),
      coverImageUrl: fileUrl(row.cover_file_id),
      estimatedMinutes: row.estimated_minutes,
      audiences: row.audiences,
      locales: contentLocales(row.title),
      status: row.status,
      fallback: text.fallback,
      enrollment,
    };
  });
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > PAGE_SIZE ? Buffer.from(JSON.stringify([last.sort_at, last.id]), 'utf8').toString('base64url') : null;
  return { items, nextCursor };
}

function block(row, text, reflections, passed) {
  const c = row.content ?? {};
  const f = (k) => (c[k] && typeof c[k] === 'object' ? c[k] : {});
  const id = row.block_id;
  switch (row.kind) {
    case 'video': {
      const transcript = f('transcript');
      return {
        id,
        kind: 'video',
        url: typeof c.url === 'string' ? c.url : '',
        title: text.text(f('title')),
        transcript: Object.keys(transcript).length > 0 ? text.text(transcript) : null,
        captionsUrl: typeof c.captionsUrl === 'string' ? c.captionsUrl : null,
      };
    }
    case 'file':
      return {
        id,
        kind: 'file',
        fileId: row.file_id,
        fileName: row.file_name ?? '',
        mimeType: row.mime_type ?? 'application/octet-stream',
        sizeBytes: row.size_bytes ?? 0,
        url: fileUrl(row.file_id),
      };
    case 'reflection':
      return { id, kind: 'reflection', prompt: text.text(f('prompt')), answer: reflections[id] ?? null };
    case 'quiz':
      return {
        id,
        kind: 'quiz',
        quizId: row.quiz_id,
        title: text.text(row.quiz_title ?? {}),
        required: row.quiz_required ?? true,
        passed: passed.has(row.quiz_id),
      };
    default:
      return { id, kind: 'text', markdown: text.text(f('markdown')) };
  }
}

async function coursePage(courseId) {
  const [structure, people] = await Promise.all([
    pool.query(
      `SELECT c.id, c.title, c.summary, c.cover_file_id, c.estimated_minutes, c.audiences, c.status,
              (SELECT json_agg(json_build_object('id', mu.id, 'name', mu.name) ORDER BY mu.name)
                 FROM municipality mu WHERE mu.id = ANY(c.municipality_ids)) AS municipalities,
              m.id AS module_id, m.title AS module_title, l.id AS lesson_id, l.title AS lesson_title, l.required AS lesson_required,
              b.id AS block_id, b.kind, b.content, b.file_id, b.quiz_id,
              f.file_name, f.mime_type, f.size_bytes, q.title AS quiz_title, q.required AS quiz_required
         FROM course c
         LEFT JOIN course_module m ON m.course_id = c.id
         LEFT JOIN lesson l ON l.module_id = m.id
         LEFT JOIN lesson_block b ON b.lesson_id = l.id
         LEFT JOIN stored_file f ON f.id = b.file_id
         LEFT JOIN quiz q ON q.id = b.quiz_id
        WHERE c.id = $1::uuid AND ${visible(2)}
        ORDER BY m.position, m.id, l.position, l.id, b.position, b.id`,
      [courseId, ...visibleParams()],
    ),
    pool.query(
      `SELECT u.locale, e.id AS enrollment_id, e.due_date::text AS due_date, e.completed_at,
              COALESCE((SELECT array_agg(lp.lesson_id::text) FROM lesson_progress lp WHERE lp.enrollment_id = e.id), '{}') AS done,
              COALESCE((SELECT array_agg(DISTINCT qa.quiz_id::text) FROM quiz_attempt qa WHERE qa.enrollment_id = e.id AND qa.passed), '{}') AS passed,
              COALESCE((SELECT json_object_agg(ra.block_id, ra.answer) FROM reflection_answer ra WHERE ra.enrollment_id = e.id), '{}') AS reflections
         FROM app_user u LEFT JOIN enrollment e ON e.user_id = u.id AND e.course_id = $2
        WHERE u.id = $1`,
      [userId, courseId],
    ),
  ]);
  const rows = structure.rows;
  if (rows.length === 0) return null;
  const person = people.rows[0];
  const locale = asLocale(person?.locale);
  const text = localizer(locale);
  const done = new Set(person?.done ?? []);
  const passed = new Set(person?.passed ?? []);
  const reflections = person?.reflections ?? {};
  const modules = [];
  const lessons = [];
  const requiredQuizIds = [];
  for (const row of rows) {
    if (!row.module_id) continue;
    let module = modules[modules.length - 1];
    if (module?.id !== row.module_id)
      modules.push((module = { id: row.module_id, title: text.text(row.module_title ?? {}), lessons: [] }));
    if (!row.lesson_id) continue;
    let lesson = module.lessons[module.lessons.length - 1];
    if (lesson?.id !== row.lesson_id) {
      const required = row.lesson_required ?? true;
      lesson = {
        id: row.lesson_id,
        title: text.text(row.lesson_title ?? {}),
        required,
        done: done.has(row.lesson_id),
        blocks: [],
      };
      module.lessons.push(lesson);
      lessons.push({ id: row.lesson_id, required });
    }
    if (!row.block_id) continue;
    const b = block(row, text, reflections, passed);
    if (b.kind === 'quiz' && b.required) requiredQuizIds.push(b.quizId);
    lesson.blocks.push(b);
  }
  const first = rows[0];
  const enrollment = person?.enrollment_id ? enrollmentState(person, { lessons, requiredQuizIds }, done, passed) : null;
  const title = text.text(first.title);
  const summary = text.text(first.summary);
  return {
    id: first.id,
    title,
    summary,
    coverImageUrl: fileUrl(first.cover_file_id),
    estimatedMinutes: first.estimated_minutes,
    audiences: first.audiences,
    locales: contentLocales(first.title),
    status: first.status,
    locale,
    fallback: text.fallback,
    municipalities: first.municipalities ?? [],
    enrollment,
    modules,
  };
}

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}

const COURSE_PATH = /^\/api\/courses\/([0-9a-f-]{36})$/;
const server = createServer((req, res) => {
  const path = req.url.split('?')[0];
  const match = COURSE_PATH.exec(path);
  const work = path === '/api/courses' ? catalog() : match ? coursePage(match[1]) : Promise.resolve(undefined);
  work.then(
    (body) =>
      body === undefined
        ? send(res, 404, { code: 'not_found' })
        : body === null
          ? send(res, 404, { code: 'not_found' })
          : send(res, 200, body),
    (err) => send(res, 500, { code: 'internal', message: err.message }),
  );
});

// Loaded once: the bare server authenticates nothing (requests arrive only after listen, so no TDZ).
const principal = (await pool.query(`SELECT municipality_id FROM app_user WHERE id = $1`, [userId])).rows[0];
server.listen(Number(process.env.BARE_PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
