import type { LocalizedText } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { controlErrorKey } from '../../core/http/form-errors';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { LOCALES, localizedGroup, trimmed } from '../data-access/localized';

export interface TitleDialogData {
  headingKey: string;
  title: LocalizedText | null;
}

/** Names a module or lesson in every language (add and rename). */
@Component({
  selector: 'kp-title-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.headingKey | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @for (locale of locales; track locale) {
          <mat-form-field class="kp-full">
            <mat-label>{{ 'authoring.common.name' | t }} ({{ 'authoring.lang.' + locale | t }})</mat-label>
            <input
              matInput
              [formControlName]="locale"
              [attr.lang]="locale"
              required
              maxlength="200"
              autocomplete="off"
            />
            @if (errorKey(form.controls[locale]); as error) {
              <mat-error>{{ error.key | t: error.params }}</mat-error>
            }
          </mat-form-field>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>
          {{ 'authoring.common.cancel' | t }}
        </button>
        <button mat-flat-button type="submit">
          {{ 'authoring.common.save' | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .kp-full {
      inline-size: 100%;
    }
  `,
})
export class TitleDialog {
  private readonly ref = inject<MatDialogRef<TitleDialog, LocalizedText>>(MatDialogRef);
  protected readonly data = inject<TitleDialogData>(MAT_DIALOG_DATA);
  protected readonly locales = LOCALES;
  protected readonly errorKey = controlErrorKey;
  protected readonly form = localizedGroup(inject(NonNullableFormBuilder), this.data.title, 200);

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.ref.close(trimmed(this.form.getRawValue()));
  }
}
