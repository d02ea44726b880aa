import type { CourseAuthoring } from '@kotopaikka/contracts';

import { HttpTestingController } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { adminTestProviders } from '../../testing/admin-testing';
import { aCourse } from '../testing/authoring-fixtures';
import { CourseCover } from './course-cover';

const FILE_ID = 'f0000000-0000-4000-8000-00000000000c';

describe('CourseCover', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<CourseCover>;
  let saved: CourseAuthoring[];
  const stable = () => TestBed.inject(ApplicationRef).whenStable();
  const root = () => fixture.nativeElement as HTMLElement;

  const create = async (course: CourseAuthoring) => {
    fixture = TestBed.createComponent(CourseCover);
    fixture.componentRef.setInput('course', course);
    saved = [];
    fixture.componentInstance.saved.subscribe((c) => saved.push(c));
    await stable();
  };

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: adminTestProviders() });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('uploads the chosen image and then saves its id as the cover', async () => {
    const course = aCourse();
    await create(course);
    const picker = root().querySelector<HTMLInputElement>('[data-field="cover"]');
    if (!picker) throw new Error('no picker');
    const image = new File(['png'], 'kansi.png', { type: 'image/png' });
    const transfer = new DataTransfer();
    transfer.items.add(image);
    picker.files = transfer.files;
    picker.dispatchEvent(new Event('change'));
    await stable();

    const upload = http.expectOne({ method: 'POST', url: '/api/files' });
    const body = upload.request.body as FormData;
    expect((body.get('file') as File).name).toBe('kansi.png');
    http.expectNone({ method: 'PATCH' });
    upload.flush({
      id: FILE_ID,
      fileName: 'kansi.png',
      mimeType: 'image/png',
      sizeBytes: 3,
      sha256: 'ab',
      url: `/api/files/${FILE_ID}`,
    });
    await stable();

    const patch = http.expectOne({
      method: 'PATCH',
      url: `/api/courses/${course.id}`,
    });
    expect(patch.request.body).toEqual({ coverFileId: FILE_ID });
    const withCover = aCourse({ coverImageUrl: `/api/files/${FILE_ID}` });
    patch.flush(withCover);
    await stable();

    expect(saved).toEqual([withCover]);
  });

  it('shows the current cover with the course title as its text and removes it', async () => {
    const course = aCourse({ coverImageUrl: `/api/files/${FILE_ID}` });
    await create(course);
    const image = root().querySelector('img');
    expect(image?.getAttribute('src')).toBe(`/api/files/${FILE_ID}`);
    const alt = image?.getAttribute('alt') ?? '';
    expect(alt.includes(course.title.fi) || alt.includes(course.title.en)).toBeTrue();

    root().querySelector<HTMLButtonElement>('[data-action="remove-cover"]')?.click();
    await stable();

    const patch = http.expectOne({
      method: 'PATCH',
      url: `/api/courses/${course.id}`,
    });
    expect(patch.request.body).toEqual({ coverFileId: null });
    patch.flush(aCourse());
    await stable();
    expect(saved.length).toBe(1);
  });
});
