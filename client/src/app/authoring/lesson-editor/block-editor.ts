import type { AuthoringBlock, BlockInput, BlockKind, StoredFileInfo } from '@kotopaikka/contracts';

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  type OnInit,
  output,
  signal,
} from '@angular/core';
import type { FormGroup } from '@angular/forms';
import {
  type AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { Observable } from 'rxjs';

import { errorMessageKey } from '../../core/http/api-error';
import { applyServerErrors, controlErrorKey } from '../../core/http/form-errors';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { AuthoringApi } from '../data-access/authoring-api';
import { FileUpload } from '../data-access/file-upload';

type FileInfo = Pick<StoredFileInfo, 'id' | 'fileName' | 'mimeType' | 'sizeBytes'>;
import { isBlank, LOCALES, localizedGroup, trimmed } from '../data-access/localized';

/** A video needs a transcript in every language or a captions link (WCAG 1.2). */
function transcriptOrCaptions(group: AbstractControl): ValidationErrors | null {
  const { transcript, captionsUrl } = (group as FormGroup).getRawValue() as {
    transcript: Record<string, string>;
    captionsUrl: string;
  };
  const complete = Object.values(transcript).every((t) => t.trim());
  return complete || captionsUrl.trim() ? null : { transcriptRequired: true };
}

/** Edits one text, video, file or reflection block; with no `block` it creates one of `kind` in `lessonId`. */
@Component({
  selector: 'kp-block-editor',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './block-editor.html',
})
export class BlockEditor implements OnInit {
  private readonly api = inject(AuthoringApi);
  private readonly translator = inject(Translator);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly block = input<AuthoringBlock | null>(null);
  readonly newKind = input<BlockKind>('text');
  readonly lessonId = input.required<string>();
  /** Names the save button after its block ("1. Text"), so the lesson's many save buttons are told apart. */
  readonly label = input<string | null>(null);
  readonly saved = output<void>();
  readonly cancelled = output<void>();

  protected readonly locales = LOCALES;
  protected readonly errorKey = controlErrorKey;
  protected readonly kind = computed(() => this.block()?.kind ?? this.newKind());
  // Its controls depend on the kind, known once the inputs are set.
  protected form: FormGroup = this.fb.group({});
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);
  private readonly uploader = new FileUpload(this.api);
  protected readonly uploadPercent = this.uploader.percent;
  protected readonly uploadError = this.uploader.error;
  protected readonly file = signal<FileInfo | null>(null);

  ngOnInit(): void {
    const block = this.block();
    switch (this.kind()) {
      case 'text':
        this.form = this.fb.group({
          markdown: localizedGroup(this.fb, block?.kind === 'text' ? block.markdown : null, 50000),
        });
        break;
      case 'reflection':
        this.form = this.fb.group({
          prompt: localizedGroup(this.fb, block?.kind === 'reflection' ? block.prompt : null, 4000),
        });
        break;
      case 'video': {
        const video = block?.kind === 'video' ? block : null;
        this.form = this.fb.group(
          {
            url: [
              video?.url ?? '',
              [Validators.required, Validators.maxLength(2000), Validators.pattern(/^https:\/\/\S+$/)],
            ],
            title: localizedGroup(this.fb, video?.title, 200),
            transcript: localizedGroup(this.fb, video?.transcript, 50000, false),
            captionsUrl: [
              video?.captionsUrl ?? '',
              [Validators.maxLength(2000), Validators.pattern(/^https:\/\/\S+$/)],
            ],
          },
          { validators: transcriptOrCaptions },
        );
        break;
      }
      case 'file':
        if (block?.kind === 'file') {
          this.file.set({
            id: block.fileId,
            fileName: block.fileName,
            mimeType: block.mimeType,
            sizeBytes: block.sizeBytes,
          });
        }
        break;
    }
  }

  protected upload(input: HTMLInputElement): void {
    this.uploader.start(input, (file) => this.file.set(file));
  }

  protected save(): void {
    const content = this.content();
    if (!content || this.saving()) return;
    const block = this.block();
    const { kind, ...changes } = content;
    const call: Observable<unknown> = block
      ? this.api.updateBlock(block.id, changes)
      : this.api.addBlock(this.lessonId(), { kind, ...changes });
    this.saving.set(true);
    this.failure.set(null);
    call.subscribe({
      next: () => {
        this.saving.set(false);
        this.form.markAsPristine();
        this.saved.emit();
      },
      error: (error: unknown) => {
        this.saving.set(false);
        if (!applyServerErrors(this.form, error)) this.failure.set(errorMessageKey(error));
        else this.failure.set('authoring.form.fixErrors');
      },
    });
  }

  private content(): BlockInput | null {
    if (this.kind() === 'file') {
      const file = this.file();
      if (!file) this.uploadError.set('authoring.file.required');
      return file ? { kind: 'file', fileId: file.id } : null;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return null;
    }
    const value = this.form.getRawValue() as Record<string, never>;
    switch (this.kind()) {
      case 'text':
        return { kind: 'text', markdown: trimmed(value['markdown']) };
      case 'reflection':
        return { kind: 'reflection', prompt: trimmed(value['prompt']) };
      case 'video': {
        const transcript = trimmed(value['transcript']);
        const captionsUrl = (value['captionsUrl'] as string).trim();
        return {
          kind: 'video',
          url: (value['url'] as string).trim(),
          title: trimmed(value['title']),
          transcript: isBlank(transcript) ? null : transcript,
          captionsUrl: captionsUrl || null,
        };
      }
      default:
        return null;
    }
  }

  protected group(name: string): FormGroup {
    return this.form.get(name) as FormGroup;
  }

  protected formatSize(bytes: number): string {
    return bytes >= 1048576
      ? `${this.translator.formatNumber(bytes / 1048576)} MB`
      : `${this.translator.formatNumber(Math.max(1, Math.round(bytes / 1024)))} kB`;
  }
}
