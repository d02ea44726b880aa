import { ErrorCode, type Organisation, ORGANISATION_KINDS, type OrganisationKind } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Observable } from 'rxjs';

import { AdminScope } from '../../core/auth/admin-scope';
import { OrganisationsApi } from '../../core/data-access/organisations-api';
import { apiErrorCode, errorMessageKey } from '../../core/http/api-error';
import { applyServerErrors, controlErrorKey } from '../../core/http/form-errors';
import { TranslatePipe } from '../../core/i18n/translate-pipe';

export interface OrganisationDialogData {
  /** Null creates a new organisation. */
  organisation: Organisation | null;
  municipalityId: string;
}

@Component({
  selector: 'kp-organisation-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './organisation-dialog.html',
  styles: `
    mat-form-field {
      inline-size: 100%;
    }
    .kp-error {
      color: #8c1d18;
    }
  `,
})
export class OrganisationDialog {
  private readonly api = inject(OrganisationsApi);
  private readonly dialogRef = inject<MatDialogRef<OrganisationDialog, Organisation>>(MatDialogRef);
  private readonly data = inject<OrganisationDialogData>(MAT_DIALOG_DATA);
  protected readonly scope = inject(AdminScope);
  protected readonly organisation = this.data.organisation;
  protected readonly kinds = ORGANISATION_KINDS;
  protected readonly errorKey = controlErrorKey;

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.organisation?.name ?? '', [Validators.required, Validators.maxLength(200)]],
    kind: [(this.organisation?.kind ?? 'employer') as OrganisationKind, Validators.required],
    municipalityId: [
      { value: this.organisation?.municipality.id ?? this.data.municipalityId, disabled: !!this.organisation },
      Validators.required,
    ],
  });
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);

  constructor() {
    this.scope.loadMunicipalities();
  }

  protected save(): void {
    if (this.form.invalid || this.saving()) {
      this.form.markAllAsTouched();
      return;
    }
    const { name, kind, municipalityId } = this.form.getRawValue();
    const request: Observable<Organisation> = this.organisation
      ? this.api.update(this.organisation.id, { name: name.trim(), kind })
      : this.api.create({ name: name.trim(), kind, municipalityId });
    this.saving.set(true);
    this.failure.set(null);
    request.subscribe({
      next: (saved) => this.dialogRef.close(saved),
      error: (error: unknown) => {
        this.saving.set(false);
        if (apiErrorCode(error) === ErrorCode.Conflict) {
          this.form.controls.name.setErrors({ taken: true });
          return;
        }
        if (!applyServerErrors(this.form, error)) this.failure.set(errorMessageKey(error));
      },
    });
  }
}
