import type { Audience } from '@kotopaikka/contracts';

/** Content in every language of the course, Finnish first. */
export interface L10n {
  fi: string;
  en: string;
}

export interface SeedCourse {
  slug: string;
  title: L10n;
  summary: L10n;
  estimatedMinutes: number;
  audiences: Audience[];
  modules: SeedModule[];
}

export interface SeedModule {
  title: L10n;
  lessons: SeedLesson[];
}

export interface SeedLesson {
  title: L10n;
  required: boolean;
  blocks: SeedBlock[];
}

export type SeedBlock =
  | { kind: 'text'; markdown: L10n }
  | { kind: 'reflection'; prompt: L10n }
  | { kind: 'video'; url: string; title: L10n; transcript: L10n }
  | { kind: 'quiz'; quiz: SeedQuiz };

export interface SeedQuiz {
  title: L10n;
  passMarkPercent: number;
  maxAttempts: number | null;
  questions: SeedQuestion[];
}

export interface SeedQuestion {
  kind: 'single' | 'multiple' | 'true_false';
  prompt: L10n;
  options: SeedOption[];
}

export interface SeedOption {
  text: L10n;
  correct: boolean;
  feedback: L10n;
}
