import type { StoredFileInfo } from '@kotopaikka/contracts';

import { HttpEventType } from '@angular/common/http';
import { signal } from '@angular/core';

import { apiErrorBody, errorMessageKey } from '../../core/http/api-error';
import type { AuthoringApi } from './authoring-api';

/** One file picker's upload: progress and failure as signals, shared by the block editor and the course cover. */
export class FileUpload {
  readonly percent = signal<number | null>(null);
  readonly error = signal<string | null>(null);

  constructor(private readonly api: AuthoringApi) {}

  /** Uploads the picker's file; `done` gets the stored file. The picker is cleared on failure so the same file can be retried. */
  start(input: HTMLInputElement, done: (file: StoredFileInfo) => void): void {
    const chosen = input.files?.[0];
    if (!chosen) return;
    this.error.set(null);
    this.percent.set(0);
    this.api.upload(chosen).subscribe({
      next: (event) => {
        if (event.type === HttpEventType.UploadProgress && event.total) {
          this.percent.set(Math.round((100 * event.loaded) / event.total));
        } else if (event.type === HttpEventType.Response && event.body) {
          this.percent.set(null);
          done(event.body);
        }
      },
      error: (error: unknown) => {
        this.percent.set(null);
        const status = apiErrorBody(error)?.statusCode;
        this.error.set(
          status === 415
            ? 'authoring.file.wrongType'
            : status === 413
              ? 'authoring.file.tooLarge'
              : errorMessageKey(error),
        );
        input.value = '';
      },
    });
  }
}
