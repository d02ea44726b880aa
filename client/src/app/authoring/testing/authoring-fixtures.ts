import type { AuthoringQuiz, CourseAuthoring } from '@kotopaikka/contracts';

/** Test-only course data for the authoring specs. */
export function aCourse(overrides: Partial<CourseAuthoring> = {}): CourseAuthoring {
  return {
    id: 'c0c0c0c0-0000-4000-8000-000000000001',
    status: 'draft',
    title: { fi: 'Kielitietoinen ohjaus', en: 'Language-aware guidance' },
    summary: { fi: 'Tiivistelmä', en: 'Summary' },
    coverImageUrl: null,
    estimatedMinutes: 90,
    audiences: ['guidance_professional'],
    municipalityIds: [],
    updatedAt: '2026-11-27T10:00:00.000Z',
    modules: [
      {
        id: 'm0000000-0000-4000-8000-000000000001',
        title: { fi: 'Alku', en: 'Start' },
        lessons: [
          {
            id: 'l0000000-0000-4000-8000-000000000001',
            title: { fi: 'Yksi', en: 'One' },
            required: true,
            blocks: [],
          },
          {
            id: 'l0000000-0000-4000-8000-000000000002',
            title: { fi: 'Kaksi', en: 'Two' },
            required: true,
            blocks: [],
          },
          {
            id: 'l0000000-0000-4000-8000-000000000003',
            title: { fi: 'Kolme', en: 'Three' },
            required: true,
            blocks: [],
          },
        ],
      },
      {
        id: 'm0000000-0000-4000-8000-000000000002',
        title: { fi: 'Loppu', en: 'End' },
        lessons: [],
      },
    ],
    ...overrides,
  };
}

export function aQuiz(overrides: Partial<AuthoringQuiz> = {}): AuthoringQuiz {
  return {
    id: 'q0000000-0000-4000-8000-000000000001',
    title: { fi: 'Tietovisa', en: 'Quiz' },
    required: true,
    passMarkPercent: 80,
    maxAttempts: null,
    questions: [
      {
        id: 'qq000000-0000-4000-8000-000000000001',
        kind: 'single',
        prompt: { fi: 'Kysymys', en: 'Question' },
        options: [
          {
            id: 'o0000000-0000-4000-8000-000000000001',
            text: { fi: 'A', en: 'A' },
            correct: true,
            feedback: null,
          },
          {
            id: 'o0000000-0000-4000-8000-000000000002',
            text: { fi: 'B', en: 'B' },
            correct: false,
            feedback: null,
          },
          {
            id: 'o0000000-0000-4000-8000-000000000003',
            text: { fi: 'C', en: 'C' },
            correct: false,
            feedback: null,
          },
        ],
      },
    ],
    ...overrides,
  };
}

/** Types into an input or textarea the way a user does (value, then the input event forms listen to). */
export function typeInto(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  element.value = value;
  element.dispatchEvent(new Event('input'));
}
