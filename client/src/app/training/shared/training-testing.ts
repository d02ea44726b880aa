import type { CourseDetail, PublicQuiz } from '@kotopaikka/contracts';

import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { CsrfToken } from '../../core/http/csrf-token';
import { provideTestApp } from '../../testing/test-app';

/** Test-only helpers for the learner specs: the app's real HTTP pipeline, answered through HttpTestingController. */
export function setUpTrainingTest(): HttpTestingController {
  localStorage.clear();
  TestBed.configureTestingModule({ providers: provideTestApp() });
  TestBed.inject(CsrfToken).set('csrf');
  return TestBed.inject(HttpTestingController);
}

export function expectRequest(http: HttpTestingController, method: string, url: string): TestRequest {
  return http.expectOne((req) => req.method === method && req.url === url);
}

export const COURSE_ID = 'c0c0c0c0-0000-4000-8000-000000000001';
export const QUIZ_ID = 'a0a0a0a0-0000-4000-8000-000000000001';

export function aCourse(overrides: Partial<CourseDetail> = {}): CourseDetail {
  return {
    id: COURSE_ID,
    title: 'Rekrytointi ja perehdytys',
    summary: 'Miten perehdytät maahanmuuttajataustaisen työntekijän.',
    coverImageUrl: null,
    estimatedMinutes: 45,
    audiences: ['employer'],
    locales: ['fi', 'en'],
    status: 'published',
    fallback: false,
    enrollment: { enrollmentId: 'e1', progressPercent: 0, completedAt: null, dueDate: null, continueLessonId: 'l1' },
    locale: 'fi',
    municipalities: [],
    modules: [
      {
        id: 'm1',
        title: 'Aloitus',
        lessons: [
          {
            id: 'l1',
            title: 'Kaikki lohkotyypit',
            required: true,
            done: false,
            blocks: [
              { id: 'b-text', kind: 'text', markdown: '## Tervetuloa\n\nTämä on **tärkeää**.' },
              {
                id: 'b-video',
                kind: 'video',
                url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
                title: 'Perehdytyksen perusteet',
                transcript: 'Puhuja kertoo perehdytyksestä.',
                captionsUrl: null,
              },
              {
                id: 'b-file',
                kind: 'file',
                fileId: 'f1',
                fileName: 'tarkistuslista.pdf',
                mimeType: 'application/pdf',
                sizeBytes: 250_000,
                url: '/api/files/f1',
              },
              { id: 'b-reflection', kind: 'reflection', prompt: 'Mitä opit?', answer: null },
              { id: 'b-quiz', kind: 'quiz', quizId: QUIZ_ID, title: 'Tarkistus', required: true, passed: false },
            ],
          },
          {
            id: 'l2',
            title: 'Lyhyt oppitunti',
            required: true,
            done: false,
            blocks: [{ id: 'b2', kind: 'text', markdown: 'Lyhyt.' }],
          },
        ],
      },
    ],
    ...overrides,
  };
}

export function aQuiz(overrides: Partial<PublicQuiz> = {}): PublicQuiz {
  return {
    id: QUIZ_ID,
    title: 'Tarkistus',
    passMarkPercent: 60,
    maxAttempts: 3,
    attemptsUsed: 0,
    attemptsLeft: 3,
    passed: false,
    bestScorePercent: null,
    lastAttempt: null,
    key: null,
    questions: [
      {
        id: 'q1',
        kind: 'single',
        prompt: 'Mikä kortti tarvitaan ravintolatyöhön?',
        options: [
          { id: 'q1a', text: 'Hygieniapassi' },
          { id: 'q1b', text: 'Tulityökortti' },
        ],
      },
      {
        id: 'q2',
        kind: 'multiple',
        prompt: 'Mitkä auttavat perehdytyksessä?',
        options: [
          { id: 'q2a', text: 'Selkokieli' },
          { id: 'q2b', text: 'Kirjallinen tarkistuslista' },
          { id: 'q2c', text: 'Kiire' },
        ],
      },
      {
        id: 'q3',
        kind: 'true_false',
        prompt: 'Perehdytys päättyy ensimmäiseen päivään.',
        options: [
          { id: 'q3t', text: 'Tosi' },
          { id: 'q3f', text: 'Epätosi' },
        ],
      },
    ],
    ...overrides,
  };
}
