import type { CourseAuthoring } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { ApplicationRef, Component, inject } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { Translator } from '../../core/i18n/translator';
import { adminTestProviders } from '../../testing/admin-testing';
import { nextRequest, until } from '../../testing/test-app';
import { CourseEditorStore } from '../data-access/course-editor-store';
import { aCourse, aQuiz } from '../testing/authoring-fixtures';
import { LessonEditor } from './lesson-editor';

@Component({
  selector: 'kp-lesson-editor-host',
  imports: [LessonEditor],
  providers: [CourseEditorStore],
  template: `<kp-lesson-editor />`,
})
class LessonEditorHost {
  readonly store = inject(CourseEditorStore);
}

describe('LessonEditor', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<LessonEditorHost>;
  const course = aCourse();
  const lesson = course.modules[0].lessons[0];
  const courseUrl = `/api/courses/${course.id}/authoring`;
  const stable = () => TestBed.inject(ApplicationRef).whenStable();
  const root = () => fixture.nativeElement as HTMLElement;
  const t = (key: string, params?: Record<string, string>) => TestBed.inject(Translator).t(key, params);
  const addButton = (kind: string) =>
    Array.from(root().querySelectorAll<HTMLButtonElement>('.kp-add-blocks button')).find(
      (b) => b.textContent?.trim() === t('authoring.block.addKind', { kind: t(`authoring.block.kind.${kind}`) }),
    ) as HTMLButtonElement;

  function withBlocks(blocks: CourseAuthoring['modules'][number]['lessons'][number]['blocks']): CourseAuthoring {
    const next = structuredClone(course);
    next.modules[0].lessons[0].blocks = blocks;
    return next;
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: adminTestProviders() });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LessonEditorHost);
    fixture.componentInstance.store.set(structuredClone(course));
    fixture.componentInstance.store.selectedLessonId.set(lesson.id);
    await stable();
  });

  afterEach(() => http.verify());

  it('names the lesson, says it has no blocks yet and offers one button per block kind', () => {
    expect(root().querySelector('h2')?.textContent).toContain('Yksi');
    expect(root().textContent).toContain(t('authoring.lesson.noBlocks'));
    expect(root().querySelectorAll('.kp-add-blocks button').length).toBe(5);
  });

  it('opens a new text block with focus in its first field', async () => {
    addButton('text').click();
    await stable();
    const section = root().querySelector('.kp-new-block');
    expect(section?.querySelector('h3')?.textContent).toContain(t('authoring.block.kind.text'));
    expect(section?.contains(document.activeElement)).toBeTrue();
    expect(document.activeElement?.matches('input, textarea')).toBeTrue();
  });

  it('adds a quiz and moves focus into the new quiz editor instead of leaving it below the page', async () => {
    addButton('quiz').click();
    const request = await nextRequest(http, 'POST', `/api/lessons/${lesson.id}/blocks`);
    expect(request.request.body.kind).toBe('quiz');
    expect(request.request.body.quiz.title).toEqual(lesson.title);
    const quiz = aQuiz({ questions: [] });
    request.flush({ id: 'b-new', kind: 'quiz', quiz });
    (await nextRequest(http, 'GET', courseUrl)).flush(withBlocks([{ id: 'b-new', kind: 'quiz', quiz }]));
    await stable();
    await until(() => root().querySelector('.kp-blocks > li:last-child kp-quiz-editor'), 'the new quiz editor');
    const editor = root().querySelector('.kp-blocks > li:last-child kp-quiz-editor');
    expect(editor).not.toBeNull();
    expect(document.activeElement).toBe(editor?.querySelector('input') ?? null);
    expect(root().querySelector('[role=status]')?.textContent?.trim()).toBe(t('authoring.block.added'));
  });

  it('saves whether the lesson is required', async () => {
    root().querySelector<HTMLInputElement>('mat-checkbox input')?.click();
    const request = await nextRequest(http, 'PATCH', `/api/lessons/${lesson.id}`);
    expect(request.request.body).toEqual({ required: false });
    request.flush({});
    (await nextRequest(http, 'GET', courseUrl)).flush(course);
    await stable();
  });
});
