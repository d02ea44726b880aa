import type { Audience } from './accounts';
import type { IdName } from './common';

/** A course of one's own on the home page: where to go on, and by when. */
export interface HomeCourse {
  course: IdName;
  progressPercent: number;
  dueDate: string | null;
  /** The next lesson; null when every lesson is done (a quiz may remain). */
  nextLesson: IdName | null;
}

/** Completions of one audience in the quarter; `completed` null and `suppressed` true for 1–4 people (shown "<5"). */
export interface HomeAudienceCompletions {
  audience: Audience;
  completed: number | null;
  suppressed: boolean;
}

/** `GET /api/training/home`: training's part of the person's home page. */
export interface TrainingHome {
  /** The unfinished course last worked on. */
  continueWith: HomeCourse | null;
  /** Unfinished courses with a due date, soonest first (at most five). */
  due: HomeCourse[];
  /** For decision-makers, coordinators and admins: their municipalities at a glance; null for others. */
  glance: {
    /** Empty for admins: every municipality. */
    municipalities: IdName[];
    /** The current quarter, Helsinki calendar dates. */
    from: string;
    to: string;
    byAudience: HomeAudienceCompletions[];
  } | null;
}
