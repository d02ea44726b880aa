import type { CourseSummary } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { Translator } from '../../core/i18n/translator';
import { adminTestProviders, answerMunicipalities, page, signInAs } from '../../testing/admin-testing';
import { CourseList } from './course-list';

const draft = {
  id: 'c0c0c0c0-0000-4000-8000-000000000009',
  title: 'Luonnos',
  status: 'draft',
} as CourseSummary;

describe('CourseList', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<CourseList>;
  const el = () => fixture.nativeElement as HTMLElement;
  const stable = () => TestBed.inject(ApplicationRef).whenStable();
  const t = (key: string) => TestBed.inject(Translator).t(key);

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [...adminTestProviders(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
    await signInAs('coordinator');
    fixture = TestBed.createComponent(CourseList);
    fixture.detectChanges();
    http.expectOne((req) => req.url === '/api/authoring/courses').flush(page([draft]));
    await stable();
  });

  afterEach(() => http.verify());

  it('groups the courses by status', () => {
    const draftGroup = el().querySelector('#kp-group-draft');
    expect(draftGroup?.textContent).toContain('(1)');
    expect(el().textContent).toContain('Luonnos');
  });

  it('opens the new-course form with focus in its first field, and cancelling returns focus to the button', async () => {
    const create = el().querySelector<HTMLButtonElement>('.kp-create-course');
    expect(create?.textContent?.trim()).toBe(t('authoring.list.create'));
    create?.focus();
    create?.click();
    await stable();
    answerMunicipalities(http);
    await stable();
    expect(el().querySelector('.kp-create-course')).toBeNull();
    expect(document.activeElement).toBe(el().querySelector('.kp-new-course input'));

    Array.from(el().querySelectorAll<HTMLButtonElement>('.kp-new-course > button')).pop()?.click();
    await stable();
    expect(document.activeElement).toBe(el().querySelector('.kp-create-course'));
  });
});
