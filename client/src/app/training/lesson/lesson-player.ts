import type { CourseDetail, EnrollmentState, LessonBlock, QuizAttemptResult } from '@kotopaikka/contracts';

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  type ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { focusAfterRender } from '../../ui/focus/focus-after-render';
import { TrainingApi } from '../data-access/training-api';
import { QuizPanel } from '../quiz/quiz-panel';
import { courseLoader } from '../shared/course-loader';
import { lessonsInOrder, quizPending } from '../shared/lesson-order';
import { MarkdownView } from '../shared/markdown-view';
import { trainingErrorKey } from '../shared/training-errors';
import { fileTypeLabel, formatFileSize } from './file-size';
import { ReflectionBlock } from './reflection-block';
import { VideoBlock } from './video-block';

type FileBlock = Extract<LessonBlock, { kind: 'file' }>;

/** `/learning/courses/:id/lessons/:lessonId`: one lesson's blocks, its done state and the way on. */
@Component({
  selector: 'kp-lesson-player',
  imports: [
    MarkdownView,
    MatButtonModule,
    MatProgressBarModule,
    QuizPanel,
    ReflectionBlock,
    RouterLink,
    TranslatePipe,
    VideoBlock,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './lesson-player.html',
  styleUrls: ['../shared/training-page.scss', './lesson-player.scss'],
})
export class LessonPlayer {
  private readonly api = inject(TrainingApi);
  private readonly translator = inject(Translator);
  /** Route parameters, bound by withComponentInputBinding. */
  readonly id = input.required<string>();
  readonly lessonId = input.required<string>();

  protected readonly loader = courseLoader(this.api, this.id, inject(Translator).locale);
  protected readonly course = this.loader.value;
  private readonly position = computed(() => {
    const course = this.course();
    if (!course) return null;
    const lessons = lessonsInOrder(course);
    const index = lessons.findIndex((entry) => entry.lesson.id === this.lessonId());
    if (index < 0) return null;
    return { current: lessons[index], previous: lessons[index - 1] ?? null, next: lessons[index + 1] ?? null };
  });
  protected readonly lesson = computed(() => this.position()?.current.lesson ?? null);
  protected readonly moduleTitle = computed(() => this.position()?.current.moduleTitle ?? '');
  protected readonly previous = computed(() => this.position()?.previous?.lesson ?? null);
  protected readonly next = computed(() => this.position()?.next?.lesson ?? null);
  protected readonly enrolled = computed(() => !!this.course()?.enrollment);
  /** Read to the end, but a required quiz in it is not passed yet: not "done" to the learner. */
  protected readonly quizPending = computed(() => {
    const lesson = this.lesson();
    return !!lesson && quizPending(lesson);
  });
  private readonly focus = focusAfterRender();

  protected readonly marking = signal(false);
  protected readonly markErrorKey = signal<string | null>(null);
  protected readonly announcement = signal('');

  private readonly lessonEnd = viewChild<ElementRef<HTMLElement>>('lessonEnd');
  private readonly lessonHeading = viewChild<ElementRef<HTMLElement>>('lessonHeading');
  private shownLessonId: string | null = null;

  constructor() {
    // Reaching the end of the lesson marks it done; the button below does the same for those who prefer it.
    effect((onCleanup) => {
      const end = this.lessonEnd()?.nativeElement;
      const lesson = this.lesson();
      if (!end || !lesson || lesson.done || !this.enrolled() || typeof IntersectionObserver === 'undefined') return;
      const observer = new IntersectionObserver((entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          this.markDone(true);
        }
      });
      observer.observe(end);
      onCleanup(() => observer.disconnect());
    });
    effect(() => {
      this.lessonId();
      this.announcement.set('');
      this.markErrorKey.set(null);
    });
    // Previous/next keep this page: move focus to the new lesson's heading, as a page load would start there.
    effect(() => {
      const heading = this.lessonHeading()?.nativeElement;
      const shown = this.lesson()?.id ?? null;
      if (!heading || !shown || shown === this.shownLessonId) return;
      if (this.shownLessonId !== null) heading.focus();
      this.shownLessonId = shown;
    });
  }

  protected fileDescription(block: FileBlock): string {
    const size = formatFileSize(block.sizeBytes, this.translator.intlTag(), {
      b: this.translator.t('training.file.bytes'),
      kb: this.translator.t('training.file.kilobytes'),
      mb: this.translator.t('training.file.megabytes'),
    });
    return `${fileTypeLabel(block.mimeType, block.fileName)}, ${size}`;
  }

  protected markDone(reachedEnd = false): void {
    const lesson = this.lesson();
    if (!lesson || lesson.done || this.marking() || !this.enrolled()) return;
    const lastBlock = lesson.blocks[lesson.blocks.length - 1];
    this.marking.set(true);
    this.markErrorKey.set(null);
    const request = reachedEnd && lastBlock ? { lastBlockId: lastBlock.id } : { done: true };
    this.api.markLesson(lesson.id, request).subscribe({
      next: (progress) => {
        this.marking.set(false);
        this.loader.patch((course) => withLessonDone(course, lesson.id, !!progress.doneAt, progress.course));
        this.announcement.set(
          this.translator.t(
            progress.course.completedAt ? 'training.lesson.courseCompleted' : 'training.lesson.markedDone',
          ),
        );
        // The button is gone: continue from the state that replaced it (reaching the end moves nothing).
        if (!reachedEnd) this.focus('.kp-done-state');
      },
      error: (error: unknown) => {
        this.marking.set(false);
        this.markErrorKey.set(trainingErrorKey(error));
        if (!reachedEnd) this.focus('.kp-mark-error');
      },
    });
  }

  protected quizAttempted(quizId: string, result: QuizAttemptResult): void {
    this.loader.patch((course) => ({
      ...course,
      enrollment: result.course,
      modules: course.modules.map((module) => ({
        ...module,
        lessons: module.lessons.map((lesson) => ({
          ...lesson,
          blocks: lesson.blocks.map((block) =>
            block.kind === 'quiz' && block.quizId === quizId
              ? { ...block, passed: block.passed || result.passed }
              : block,
          ),
        })),
      })),
    }));
    if (result.course.completedAt) this.announcement.set(this.translator.t('training.lesson.courseCompleted'));
  }
}

function withLessonDone(
  course: CourseDetail,
  lessonId: string,
  done: boolean,
  enrollment: EnrollmentState,
): CourseDetail {
  return {
    ...course,
    enrollment,
    modules: course.modules.map((module) => ({
      ...module,
      lessons: module.lessons.map((lesson) => (lesson.id === lessonId ? { ...lesson, done } : lesson)),
    })),
  };
}
