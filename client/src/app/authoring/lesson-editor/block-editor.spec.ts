import { ErrorCode } from '@kotopaikka/contracts';

import { HttpEventType } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { adminTestProviders } from '../../testing/admin-testing';
import { typeInto } from '../testing/authoring-fixtures';
import { BlockEditor } from './block-editor';

const LESSON_ID = 'l0000000-0000-4000-8000-000000000001';

describe('BlockEditor', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<BlockEditor>;
  const stable = () => TestBed.inject(ApplicationRef).whenStable();
  const root = () => fixture.nativeElement as HTMLElement;

  async function create(kind: 'file' | 'video'): Promise<void> {
    TestBed.configureTestingModule({ providers: adminTestProviders() });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(BlockEditor);
    fixture.componentRef.setInput('lessonId', LESSON_ID);
    fixture.componentRef.setInput('newKind', kind);
    await stable();
  }

  function choose(name: string, type: string): void {
    const input = root().querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    const transfer = new DataTransfer();
    transfer.items.add(new File(['%PDF-1.4'], name, { type }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
  }

  afterEach(() => http.verify());

  it('uploads a file with progress, then adds the block that uses it', async () => {
    await create('file');
    choose('ohje.pdf', 'application/pdf');
    await stable();
    const upload = http.expectOne({ method: 'POST', url: '/api/files' });
    expect(upload.request.body instanceof FormData).toBeTrue();
    upload.event({
      type: HttpEventType.UploadProgress,
      loaded: 50,
      total: 100,
    });
    await stable();
    expect(root().querySelector('mat-progress-bar')).toBeTruthy();
    upload.flush({
      id: 'f0000000-0000-4000-8000-000000000001',
      fileName: 'ohje.pdf',
      mimeType: 'application/pdf',
      sizeBytes: 8,
      sha256: 'x',
      url: '/api/files/f',
    });
    await stable();
    expect(root().querySelector('mat-progress-bar')).toBeNull();

    root().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await stable();
    const add = http.expectOne({
      method: 'POST',
      url: `/api/lessons/${LESSON_ID}/blocks`,
    });
    expect(add.request.body).toEqual({
      kind: 'file',
      fileId: 'f0000000-0000-4000-8000-000000000001',
    });
    add.flush({
      id: 'b1',
      kind: 'file',
      fileId: 'f0000000-0000-4000-8000-000000000001',
      fileName: 'ohje.pdf',
      mimeType: 'application/pdf',
      sizeBytes: 8,
    });
  });

  for (const [status, code] of [
    [415, ErrorCode.UnsupportedMediaType],
    [413, ErrorCode.PayloadTooLarge],
  ] as const) {
    it(`shows the server's ${status} refusal of an upload and adds no block`, async () => {
      await create('file');
      choose('ohjelma.exe', 'application/octet-stream');
      await stable();
      http
        .expectOne({ method: 'POST', url: '/api/files' })
        .flush({ statusCode: status, code, error: 'refused', message: 'refused' }, { status, statusText: 'refused' });
      await stable();
      const alert = root().querySelector('[role="alert"]');
      expect(alert?.textContent?.trim()).toBeTruthy();
      root().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
      await stable();
      http.expectNone(`/api/lessons/${LESSON_ID}/blocks`);
    });
  }

  it('asks a video for a transcript in every language or a captions link, and maps the server’s url problem', async () => {
    await create('video');
    const inputs = Array.from(root().querySelectorAll<HTMLInputElement>('input[matinput]'));
    typeInto(inputs[0], 'https://video.example.fi/v/1');
    typeInto(inputs[1], 'Video');
    typeInto(inputs[2], 'Video');
    root().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await stable();
    http.expectNone(`/api/lessons/${LESSON_ID}/blocks`);
    expect(root().querySelector('[role="alert"]')).toBeTruthy();

    const captions = root().querySelector<HTMLInputElement>('input[formcontrolname="captionsUrl"]');
    if (!captions) throw new Error('no captions field');
    typeInto(captions, 'https://video.example.fi/v/1.vtt');
    root().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await stable();
    const add = http.expectOne({
      method: 'POST',
      url: `/api/lessons/${LESSON_ID}/blocks`,
    });
    expect(add.request.body).toEqual({
      kind: 'video',
      url: 'https://video.example.fi/v/1',
      title: { fi: 'Video', en: 'Video' },
      transcript: null,
      captionsUrl: 'https://video.example.fi/v/1.vtt',
    });
    add.flush(
      {
        statusCode: 400,
        code: ErrorCode.ValidationFailed,
        error: 'Bad Request',
        message: 'invalid',
        details: [{ field: 'body.url', problems: ['host not allowed'] }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await stable();
    expect(inputs[0].getAttribute('aria-invalid')).toBe('true');
  });
});
