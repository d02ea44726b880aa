// Training specs' helpers: a signed-in API client for seeding, a course seeded through the authoring API, and the text
// of a certificate PDF read through its font's ToUnicode map (as server/src/training/certificates/pdf-text.ts does).
import { inflateSync } from 'node:zlib';
import { request } from 'playwright-core';

import { BASE_URL, DEMO_PASSWORD, eventually } from './platform.mjs';

/** An API client signed in as this user (or anonymous for `null`), sending the CSRF token on every change, like the app does. */
export async function apiAs(email, password = DEMO_PASSWORD) {
  const context = await request.newContext({ baseURL: BASE_URL });
  let token = (await (await context.get('/api/auth/csrf')).json()).token;
  const call = async (method, path, data) => {
    const res = await context.fetch(path, { method, data, headers: { 'x-csrf-token': token } });
    if (!res.ok()) throw new Error(`${method} ${path} answered ${res.status()}: ${await res.text()}`);
    token = res.headers()['x-csrf-token'] ?? token;
    return res.status() === 204 ? null : res.json();
  };
  if (email !== null) await call('POST', '/api/auth/login', { email, password });
  return {
    get: (path) => call('GET', path),
    post: (path, data = {}) => call('POST', path, data),
    put: (path, data) => call('PUT', path, data),
    patch: (path, data) => call('PATCH', path, data),
    dispose: () => context.dispose(),
  };
}

export const both = (fi, en) => ({ fi, en });

const DEFAULT_QUESTIONS = [
  {
    prompt: both('Onko selkokieli hyödyllistä?', 'Is plain language useful?'),
    right: both('Kyllä', 'Yes'),
    wrong: both('Ei', 'No'),
  },
  {
    prompt: both('Kuka perehdyttää?', 'Who does the induction?'),
    right: both('Työnantaja', 'The employer'),
    wrong: both('Ei kukaan', 'Nobody'),
  },
];

/**
 * A course offered everywhere, published unless `publish: false`: one module with a text lesson and a quiz lesson (two
 * single-choice questions, the right option first). `title` is `{ fi, en }` or one name marked "(fi)"/"(en)"; the other
 * texts default to a short Finnish/English course, and a spec that shows them passes its own. Answers the ids and texts
 * a spec needs.
 */
export async function seedCourse(
  api,
  {
    title,
    maxAttempts = null,
    passMarkPercent = 100,
    publish = true,
    moduleTitle = both('Perusteet', 'Basics'),
    readingTitle = both('Lukutehtävä', 'Reading'),
    markdown = both(
      '## Tervetuloa\n\nTämä oppitunti kertoo kurssin aiheesta.',
      '## Welcome\n\nThis lesson introduces the topic.',
    ),
    quizTitle = both('Loppukoe', 'Final quiz'),
    questions = DEFAULT_QUESTIONS,
  },
) {
  const titles = typeof title === 'string' ? both(`${title} (fi)`, `${title} (en)`) : title;
  const course = await api.post('/api/courses', {
    title: titles,
    summary: both('Lyhyt kurssi e2e-testiä varten.', 'A short course for an e2e test.'),
    estimatedMinutes: 30,
    audiences: ['employer', 'decision_maker', 'immigrant_participant'],
  });
  const module = await api.post(`/api/courses/${course.id}/modules`, { title: moduleTitle });
  const reading = await api.post(`/api/modules/${module.id}/lessons`, { title: readingTitle, required: true });
  await api.post(`/api/lessons/${reading.id}/blocks`, { kind: 'text', markdown });
  const quizLesson = await api.post(`/api/modules/${module.id}/lessons`, { title: quizTitle, required: true });
  const block = await api.post(`/api/lessons/${quizLesson.id}/blocks`, {
    kind: 'quiz',
    quiz: {
      title: quizTitle,
      required: true,
      passMarkPercent,
      maxAttempts,
      questions: questions.map((q) => ({
        kind: 'single',
        prompt: q.prompt,
        options: [q.right, q.wrong].map((text, i) => ({
          text,
          correct: i === 0,
          feedback: both('Palaute.', 'Feedback.'),
        })),
      })),
    },
  });
  if (publish) await api.post(`/api/courses/${course.id}/publish`);
  return {
    id: course.id,
    title: titles,
    moduleId: module.id,
    readingId: reading.id,
    quizLessonId: quizLesson.id,
    quizId: block.quiz.id,
    rightAnswers: questions.flatMap((q) => [q.right.fi, q.right.en]),
  };
}

/** Enrolls, does the reading and passes the quiz through the API; answers the certificate code once the job has made it. */
export async function completeThroughApi(api, course, timeoutMs = 30_000) {
  await api.post(`/api/courses/${course.id}/enroll`);
  await api.post(`/api/lessons/${course.readingId}/progress`, { done: true });
  const quiz = await api.get(`/api/quizzes/${course.quizId}`);
  await api.post(`/api/quizzes/${course.quizId}/attempts`, {
    answers: quiz.questions.map((q) => ({
      questionId: q.id,
      optionIds: [q.options.find((o) => course.rightAnswers.includes(o.text)).id],
    })),
  });
  await api.post(`/api/lessons/${course.quizLessonId}/progress`, { done: true });
  return certificateCode(api, course.id, timeoutMs);
}

/** Waits for the certificate job of this course's completion and answers its code. */
export function certificateCode(api, courseId, timeoutMs = 30_000) {
  return eventually(
    async () => {
      const mine = await api.get('/api/me/courses');
      return (mine.items ?? mine).find((c) => c.course.id === courseId)?.certificateCode;
    },
    `the certificate of course ${courseId}`,
    timeoutMs,
  );
}

/** The text of a certificate PDF drawn in one embedded font (pdfkit writes glyph ids; the ToUnicode map gives characters). */
export function pdfText(pdf) {
  const raw = pdf.toString('latin1');
  const streams = [];
  const header = /<<((?:[^<>]|<<[^<>]*>>|<[^<>]*>)*)>>\s*stream\r?\n/g;
  for (let m = header.exec(raw); m; m = header.exec(raw)) {
    const length = /\/Length (\d+)/.exec(m[1] ?? '');
    if (!length) continue;
    const start = m.index + m[0].length;
    const data = pdf.subarray(start, start + Number(length[1]));
    streams.push(
      (m[1] ?? '').includes('/FlateDecode') ? inflateSync(data).toString('latin1') : data.toString('latin1'),
    );
  }
  const cmaps = streams.filter((s) => s.includes('beginbfrange'));
  if (cmaps.length !== 1) throw new Error(`expected one ToUnicode map, found ${cmaps.length}`);
  const glyphs = new Map();
  for (const range of cmaps[0].matchAll(/<([0-9a-f]+)> <([0-9a-f]+)> \[([^\]]*)\]/gi)) {
    const first = parseInt(range[1], 16);
    [...range[3].matchAll(/<([0-9a-f ]+)>/gi)].forEach((entry, i) => {
      glyphs.set(first + i, String.fromCharCode(...entry[1].split(' ').map((hex) => parseInt(hex, 16))));
    });
  }
  const lines = [];
  for (const content of streams.filter((s) => /T[Jj]/.test(s) && !s.includes('beginbfrange'))) {
    for (const op of content.matchAll(/\[([^\]]*)\]\s*TJ|<([0-9a-f]*)>\s*Tj/gi)) {
      const hex = [...(op[1] ?? `<${op[2]}>`).matchAll(/<([0-9a-f]*)>/gi)].map((h) => h[1]).join('');
      let line = '';
      for (let i = 0; i + 4 <= hex.length; i += 4) line += glyphs.get(parseInt(hex.slice(i, i + 4), 16)) ?? '\uFFFD';
      lines.push(line);
    }
  }
  return lines.join('\n');
}
