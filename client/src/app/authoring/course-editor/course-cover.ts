import type { CourseAuthoring } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';

import { errorMessageKey } from '../../core/http/api-error';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { AuthoringApi } from '../data-access/authoring-api';
import { FileUpload } from '../data-access/file-upload';
import { pick } from '../data-access/localized';

/** The course's cover image: upload through `POST /api/files`, then set or clear `coverFileId` on the course. */
@Component({
  selector: 'kp-course-cover',
  imports: [MatButtonModule, MatProgressBarModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="kp-choices kp-cover">
      <legend>{{ 'authoring.cover.heading' | t }}</legend>
      @if (course().coverImageUrl; as url) {
        <img class="kp-cover-image" [src]="url" [alt]="altText()" />
        <button mat-stroked-button type="button" data-action="remove-cover" [disabled]="busy()" (click)="remove()">
          {{ 'authoring.cover.remove' | t }}
        </button>
      } @else {
        <p>{{ 'authoring.cover.none' | t }}</p>
      }
      <label class="kp-file-label">
        {{ (course().coverImageUrl ? 'authoring.cover.replace' : 'authoring.cover.choose') | t }}
        <input
          #picker
          type="file"
          accept="image/*"
          data-field="cover"
          [disabled]="busy()"
          (change)="upload(picker)"
          aria-describedby="kp-cover-hint"
        />
      </label>
      <p id="kp-cover-hint" class="kp-hint">{{ 'authoring.cover.hint' | t }}</p>
      @if (uploader.percent() !== null) {
        <mat-progress-bar
          mode="determinate"
          [value]="uploader.percent()"
          [attr.aria-label]="'authoring.file.uploading' | t"
        />
      }
      @if (uploader.error() ?? failure(); as key) {
        <p class="kp-error" role="alert">{{ key | t }}</p>
      }
      <p class="visually-hidden" role="status">
        @if (note(); as key) {
          {{ key | t }}
        }
      </p>
    </fieldset>
  `,
})
export class CourseCover {
  private readonly api = inject(AuthoringApi);
  private readonly translator = inject(Translator);

  readonly course = input.required<CourseAuthoring>();
  readonly saved = output<CourseAuthoring>();

  protected readonly uploader = new FileUpload(this.api);
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly note = signal<string | null>(null);

  protected busy(): boolean {
    return this.saving() || this.uploader.percent() !== null;
  }

  protected altText(): string {
    return this.translator.t('authoring.cover.alt', {
      title: pick(this.course().title, this.translator.locale()),
    });
  }

  protected upload(picker: HTMLInputElement): void {
    this.note.set(null);
    this.failure.set(null);
    this.uploader.start(picker, (file) => {
      picker.value = '';
      this.setCover(file.id, 'authoring.cover.saved');
    });
  }

  protected remove(): void {
    this.note.set(null);
    this.failure.set(null);
    this.setCover(null, 'authoring.cover.removed');
  }

  private setCover(fileId: string | null, doneKey: string): void {
    this.saving.set(true);
    this.api.setCover(this.course().id, fileId).subscribe({
      next: (course) => {
        this.saving.set(false);
        this.note.set(doneKey);
        this.saved.emit(course);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.failure.set(errorMessageKey(error));
      },
    });
  }
}
