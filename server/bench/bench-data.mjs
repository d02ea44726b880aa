// Benchmark content: 50 published courses of 3 modules × 10 lessons (text + video each, a reflection and a quiz per
// module), and a learner enrolled in ten of them with some progress, so the catalog and course page do real work.

const COURSES = 50;
const MARKDOWN = `## Oppitunti\n\n${'Kotoutumistyön käytäntöjä Keski-Suomessa: palveluohjaus, kielitaito ja työelämä. '.repeat(8)}`;

export async function seedBenchCourses(client) {
  await client.query('BEGIN');
  await client.query(
    `INSERT INTO course (slug, status, title, summary, estimated_minutes, audiences, municipality_ids, published_at)
     SELECT 'bench-course-' || n, 'published',
            jsonb_build_object('fi', 'Vertailukurssi ' || n, 'en', 'Benchmark course ' || n),
            jsonb_build_object('fi', 'Kurssin ' || n || ' tiivistelmä: kotoutumisen perusteet työpaikalla.', 'en', 'Course ' || n || ' summary.'),
            90, CASE WHEN n % 5 = 0 THEN ARRAY['employer']::text[] ELSE '{}'::text[] END, NULL,
            now() - make_interval(mins => n)
       FROM generate_series(1, $1::int) n`,
    [COURSES],
  );
  await client.query(
    `INSERT INTO course_module (course_id, position, title)
     SELECT c.id, m, jsonb_build_object('fi', 'Moduuli ' || m, 'en', 'Module ' || m)
       FROM course c, generate_series(1, 3) m WHERE c.slug LIKE 'bench-course-%'`,
  );
  await client.query(
    `INSERT INTO lesson (course_id, module_id, position, title, required)
     SELECT m.course_id, m.id, l, jsonb_build_object('fi', 'Oppitunti ' || m.position || '.' || l, 'en', 'Lesson ' || m.position || '.' || l), l <> 7
       FROM course_module m JOIN course c ON c.id = m.course_id AND c.slug LIKE 'bench-course-%', generate_series(1, 10) l`,
  );
  await client.query(
    `INSERT INTO lesson_block (lesson_id, position, kind, content)
     SELECT l.id, 1, 'text', jsonb_build_object('markdown', jsonb_build_object('fi', $1::text, 'en', 'Lesson text in English.'))
       FROM lesson l JOIN course c ON c.id = l.course_id AND c.slug LIKE 'bench-course-%'
     UNION ALL
     SELECT l.id, 2, 'video', jsonb_build_object('url', 'https://video.example.fi/' || l.id, 'title', jsonb_build_object('fi', 'Video', 'en', 'Video'),
                                                 'transcript', jsonb_build_object('fi', 'Litterointi tähän.'), 'captionsUrl', NULL)
       FROM lesson l JOIN course c ON c.id = l.course_id AND c.slug LIKE 'bench-course-%'
     UNION ALL
     SELECT l.id, 3, 'reflection', jsonb_build_object('prompt', jsonb_build_object('fi', 'Mitä opit?', 'en', 'What did you learn?'))
       FROM lesson l JOIN course c ON c.id = l.course_id AND c.slug LIKE 'bench-course-%' WHERE l.position = 5`,
    [MARKDOWN],
  );
  // One quiz per module, in its last lesson.
  await client.query(
    `WITH mq AS (
       SELECT m.id AS module_id, m.course_id, m.position, gen_random_uuid() AS quiz_id
         FROM course_module m JOIN course c ON c.id = m.course_id AND c.slug LIKE 'bench-course-%'),
     quizzes AS (
       INSERT INTO quiz (id, course_id, title, pass_mark_percent, required, questions)
       SELECT quiz_id, course_id, jsonb_build_object('fi', 'Tentti ' || position, 'en', 'Quiz ' || position), 80, position <> 2, '[]'
         FROM mq RETURNING id)
     INSERT INTO lesson_block (lesson_id, position, kind, content, quiz_id)
     SELECT l.id, 4, 'quiz', '{}', mq.quiz_id FROM mq JOIN lesson l ON l.module_id = mq.module_id AND l.position = 10`,
  );
  await client.query('COMMIT');
}

/** Enrolls the learner in ten bench courses with lessons done, a passed quiz and a reflection in course 1. */
export async function enrollLearner(client, userId) {
  await client.query(
    `INSERT INTO enrollment (course_id, user_id, due_date, last_activity_at)
     SELECT c.id, $1, CASE WHEN n % 2 = 0 THEN DATE '2027-01-31' END, now() - make_interval(hours => n)
       FROM generate_series(1, 10) n JOIN course c ON c.slug = 'bench-course-' || n`,
    [userId],
  );
  await client.query(
    `INSERT INTO lesson_progress (enrollment_id, lesson_id)
     SELECT e.id, l.id FROM enrollment e JOIN course c ON c.id = e.course_id AND c.slug LIKE 'bench-course-%'
       JOIN lesson l ON l.course_id = e.course_id JOIN course_module m ON m.id = l.module_id
      WHERE e.user_id = $1 AND m.position = 1 AND l.position <= 6`,
    [userId],
  );
  await client.query(
    `INSERT INTO quiz_attempt (enrollment_id, quiz_id, attempt_no, answers, score_percent, passed)
     SELECT e.id, b.quiz_id, 1, '[]', 100, true
       FROM enrollment e JOIN course c ON c.id = e.course_id AND c.slug = 'bench-course-1'
       JOIN lesson l ON l.course_id = c.id JOIN course_module m ON m.id = l.module_id AND m.position = 1
       JOIN lesson_block b ON b.lesson_id = l.id AND b.kind = 'quiz'
      WHERE e.user_id = $1`,
    [userId],
  );
  await client.query(
    `INSERT INTO reflection_answer (enrollment_id, block_id, answer)
     SELECT e.id, b.id, 'Opin paljon.'
       FROM enrollment e JOIN course c ON c.id = e.course_id AND c.slug = 'bench-course-1'
       JOIN lesson l ON l.course_id = c.id JOIN lesson_block b ON b.lesson_id = l.id AND b.kind = 'reflection'
      WHERE e.user_id = $1`,
    [userId],
  );
  const { rows } = await client.query(`SELECT id FROM course WHERE slug = 'bench-course-1'`);
  return rows[0].id;
}
