import { ErrorCode } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { ApplicationRef, Component, inject } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { adminTestProviders } from '../../testing/admin-testing';
import { until } from '../../testing/test-app';
import { CourseEditorStore } from '../data-access/course-editor-store';
import { aCourse } from '../testing/authoring-fixtures';
import { CourseStructure } from './course-structure';

@Component({
  selector: 'kp-structure-host',
  imports: [CourseStructure],
  providers: [CourseEditorStore],
  template: `<kp-course-structure />`,
})
class StructureHost {
  readonly store = inject(CourseEditorStore);
}

describe('CourseStructure keyboard reordering', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<StructureHost>;
  const course = aCourse();
  const [one, two, three] = course.modules[0].lessons;
  const stable = () => TestBed.inject(ApplicationRef).whenStable();
  const root = () => fixture.nativeElement as HTMLElement;
  const moveButton = (id: string, direction: 'up' | 'down') => {
    const button = root().querySelector<HTMLButtonElement>(`[data-move-id="${id}"][data-direction="${direction}"]`);
    if (!button) throw new Error(`no ${direction} button for ${id}`);
    return button;
  };
  const lessonTitles = () => Array.from(root().querySelectorAll('.kp-lesson-open')).map((b) => b.textContent?.trim());
  const announcement = () => root().querySelector('[data-testid="structure-announcer"]')?.textContent?.trim() ?? '';

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: adminTestProviders() });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(StructureHost);
    fixture.componentInstance.store.set(course);
    await stable();
  });

  afterEach(() => http.verify());

  it('names each move button after its item and disables moving past the ends', () => {
    expect(moveButton(two.id, 'up').getAttribute('aria-label')).toContain('Kaksi');
    expect(moveButton(one.id, 'up').disabled).toBeTrue();
    expect(moveButton(three.id, 'down').disabled).toBeTrue();
  });

  it('moves a lesson up: sends the whole new order, shows it, announces it and keeps focus on the lesson', async () => {
    const button = moveButton(two.id, 'up');
    button.focus();
    button.click();
    await stable();

    const request = http.expectOne({
      method: 'PUT',
      url: `/api/courses/${course.id}/order`,
    });
    expect(request.request.body).toEqual({
      modules: [
        {
          id: course.modules[0].id,
          lessons: [two, one, three].map((l) => ({ id: l.id, blockIds: [] })),
        },
        { id: course.modules[1].id, lessons: [] },
      ],
    });
    expect(lessonTitles()).toEqual(['Kaksi', 'Yksi', 'Kolme']);
    request.flush(course);
    // Focus returns to the moved lesson after the render that follows the answer.
    await until(
      () => announcement() && document.activeElement === moveButton(two.id, 'down'),
      'the announcement and focus on the moved lesson',
    );

    expect(announcement()).not.toBe('');
    expect(announcement()).toContain('Kaksi');
    expect(document.activeElement).toBe(moveButton(two.id, 'down'));
  });

  it('moves a module down and puts the old order back when the server refuses', async () => {
    moveButton(course.modules[0].id, 'down').click();
    await stable();

    const request = http.expectOne({
      method: 'PUT',
      url: `/api/courses/${course.id}/order`,
    });
    expect(request.request.body.modules.map((m: { id: string }) => m.id)).toEqual([
      course.modules[1].id,
      course.modules[0].id,
    ]);
    request.flush(
      {
        statusCode: 403,
        code: ErrorCode.Forbidden,
        error: 'Forbidden',
        message: 'no',
      },
      { status: 403, statusText: 'Forbidden' },
    );
    await until(() => announcement(), 'the announcement of the refusal');

    expect(root().querySelector('.kp-module .kp-node-title')?.textContent?.trim()).toBe('Alku');
    expect(announcement()).not.toBe('');
  });
});
