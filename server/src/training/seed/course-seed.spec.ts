import type { L10n, SeedCourse, SeedLesson } from './course-seed.types';
import { seedCourses } from './index';

const LANGUAGES: (keyof L10n)[] = ['fi', 'en'];
const MIN_LESSON_WORDS = 250;

/** Words a reader sees: Markdown links keep their text, symbols and list markers are dropped. */
function countWords(markdown: string): number {
  const plain = markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, ' ')
    .replace(/[#*_`>|~]/g, ' ');
  return plain.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

function lessonWords(lesson: SeedLesson, language: keyof L10n): number {
  return lesson.blocks.reduce(
    (sum, block) => (block.kind === 'text' ? sum + countWords(block.markdown[language]) : sum),
    0,
  );
}

function isL10n(value: object): boolean {
  return 'fi' in value || 'en' in value;
}

/** Walks any value and reports every L10n with a missing or blank language, and every blank string. */
function blankFields(value: unknown, path: string, problems: string[]): void {
  if (typeof value === 'string') {
    if (value.trim() === '') problems.push(`${path} is blank`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => blankFields(item, `${path}[${index}]`, problems));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (isL10n(value)) {
    const record = value as Record<string, unknown>;
    for (const language of LANGUAGES) {
      const text = record[language];
      if (typeof text !== 'string' || text.trim() === '') problems.push(`${path}.${language} is missing or blank`);
    }
    return;
  }
  for (const [key, child] of Object.entries(value)) blankFields(child, `${path}.${key}`, problems);
}

/** Every rule a seed course must satisfy, as readable problem lines (empty when the course is sound). */
function courseProblems(course: SeedCourse): string[] {
  const problems: string[] = [];
  blankFields(course, course.slug, problems);
  if (course.modules.length < 3) problems.push(`${course.slug} has ${course.modules.length} modules`);
  if (course.audiences.length === 0) problems.push(`${course.slug} has no audience`);
  if (!(course.estimatedMinutes > 0)) problems.push(`${course.slug} has no estimated duration`);

  let quizCount = 0;
  course.modules.forEach((module, m) => {
    if (module.lessons.length < 2) problems.push(`${course.slug} module ${m + 1} has ${module.lessons.length} lessons`);
    module.lessons.forEach((lesson, l) => {
      const where = `${course.slug} ${m + 1}.${l + 1}`;
      for (const language of LANGUAGES) {
        const words = lessonWords(lesson, language);
        if (words < MIN_LESSON_WORDS) problems.push(`${where} has ${words} words in ${language}`);
      }
      for (const block of lesson.blocks) {
        if (block.kind !== 'quiz') continue;
        const quiz = block.quiz;
        if (quiz.questions.length >= 5) quizCount += 1;
        if (!(quiz.passMarkPercent >= 1 && quiz.passMarkPercent <= 100)) {
          problems.push(`${where} pass mark ${quiz.passMarkPercent}`);
        }
        quiz.questions.forEach((question, q) => {
          const at = `${where} question ${q + 1}`;
          const correct = question.options.filter((option) => option.correct).length;
          if (question.options.length < 2) problems.push(`${at} has ${question.options.length} options`);
          if (correct < 1) problems.push(`${at} has no correct option`);
          if (question.kind !== 'multiple' && correct !== 1) problems.push(`${at} has ${correct} correct options`);
          if (question.kind === 'true_false' && question.options.length !== 2) {
            problems.push(`${at} is true/false with ${question.options.length} options`);
          }
        });
      }
    });
  });
  if (quizCount === 0) problems.push(`${course.slug} has no quiz of at least 5 questions`);
  return problems;
}

describe('seed courses', () => {
  it('leaves the "choose every correct option" hint of multiple-choice questions to the quiz UI', () => {
    // The UI puts the hint in each multiple-choice legend; a prompt saying it too is read out twice.
    const prompts = seedCourses.flatMap((course) =>
      course.modules.flatMap((module) =>
        module.lessons.flatMap((lesson) =>
          lesson.blocks.flatMap((block) =>
            block.kind === 'quiz' ? block.quiz.questions.filter((q) => q.kind === 'multiple').map((q) => q.prompt) : [],
          ),
        ),
      ),
    );
    expect(prompts.length).toBeGreaterThan(0);
    for (const prompt of prompts) {
      expect(prompt.fi).not.toMatch(/valitse kaikki/i);
      expect(prompt.en).not.toMatch(/choose all|select all/i);
    }
  });

  it('has three courses with unique slugs', () => {
    const slugs = seedCourses.map((course) => course.slug);
    expect(slugs.length).toBeGreaterThanOrEqual(3);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it.each(seedCourses.map((course) => [course.slug, course] as const))(
    '%s is complete in both languages',
    (_slug, course) => {
      expect(courseProblems(course)).toEqual([]);
    },
  );

  describe('the checker itself', () => {
    const sound = seedCourses[0];
    const copy = (): SeedCourse => structuredClone(sound);

    it('reports a blank translation', () => {
      const broken = copy();
      broken.modules[1].lessons[0].title.en = '  ';
      expect(courseProblems(broken)).toContainEqual(expect.stringContaining('.en is missing or blank'));
    });

    it('reports a lesson that is too short', () => {
      const broken = copy();
      broken.modules[0].lessons[0].blocks = broken.modules[0].lessons[0].blocks.filter(
        (block) => block.kind !== 'text',
      );
      expect(courseProblems(broken)).toContainEqual(expect.stringMatching(/ 1\.1 has 0 words in fi$/));
    });

    it('reports a true/false question with two correct answers', () => {
      const broken = copy();
      const quizBlock = broken.modules
        .flatMap((module) => module.lessons)
        .flatMap((lesson) => lesson.blocks)
        .find((block) => block.kind === 'quiz');
      if (quizBlock?.kind !== 'quiz') throw new Error('the first course has no quiz');
      const question = quizBlock.quiz.questions.find((candidate) => candidate.kind === 'true_false');
      if (!question) throw new Error('the first course has no true/false question');
      question.options.forEach((option) => (option.correct = true));
      expect(courseProblems(broken)).toContainEqual(expect.stringContaining('has 2 correct options'));
    });
  });
});
