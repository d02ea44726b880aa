import {
  type Audience,
  AUDIENCES,
  type Organisation,
  type Role,
  type UpdateUserRequest,
  type UserSummary,
} from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { catchError, distinctUntilChanged, of, startWith, switchMap } from 'rxjs';

import { AdminScope } from '../../core/auth/admin-scope';
import { OrganisationsApi } from '../../core/data-access/organisations-api';
import { errorMessageKey } from '../../core/http/api-error';
import { applyServerErrors, controlErrorKey } from '../../core/http/form-errors';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { UsersApi } from '../data-access/users-api';

export interface UserEditDialogData {
  user: UserSummary;
}

@Component({
  selector: 'kp-user-edit-dialog',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-edit-dialog.html',
  styles: `
    form {
      display: grid;
      gap: 0.25rem;
    }
    mat-form-field {
      inline-size: 100%;
    }
    .kp-secondary {
      overflow-wrap: anywhere;
      margin-block-start: 0;
    }
    .kp-error {
      color: #8c1d18;
    }
    fieldset {
      border: 0;
      padding: 0;
      margin: 0 0 1rem;
    }
    legend {
      font-weight: 500;
      margin-block-end: 0.25rem;
    }
    .kp-municipality-choices {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr));
    }
  `,
})
export class UserEditDialog {
  private readonly api = inject(UsersApi);
  private readonly organisationsApi = inject(OrganisationsApi);
  private readonly dialogRef = inject<MatDialogRef<UserEditDialog, UserSummary>>(MatDialogRef);
  protected readonly scope = inject(AdminScope);
  protected readonly user = inject<UserEditDialogData>(MAT_DIALOG_DATA).user;
  protected readonly audiences = AUDIENCES;
  protected readonly errorKey = controlErrorKey;

  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: [this.user.displayName, [Validators.required, Validators.maxLength(200)]],
    role: [this.user.role as Role, Validators.required],
    audience: [this.user.audience as Audience, Validators.required],
    municipalityId: this.user.municipality?.id ?? '',
    organisationId: this.user.organisation?.id ?? '',
  });
  private readonly managed = signal(new Set(this.user.managedMunicipalities.map((m) => m.id)));
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);

  private readonly role = toSignal(this.form.controls.role.valueChanges, { initialValue: this.user.role });
  protected readonly showManaged = computed(() => this.scope.isAdmin() && this.role() === 'coordinator');

  /** Roles offered: the allowed ones, plus the current one so the select shows the truth. */
  protected readonly roles = computed(() => {
    const allowed = this.scope.assignableRoles();
    return allowed.includes(this.user.role) ? allowed : [this.user.role, ...allowed];
  });

  protected readonly organisations = signal<Organisation[]>([]);

  constructor() {
    this.scope.loadMunicipalities();
    const municipality = this.form.controls.municipalityId;
    municipality.valueChanges
      .pipe(
        startWith(municipality.value),
        distinctUntilChanged(),
        switchMap((id) => (id ? this.organisationsApi.listAll(id).pipe(catchError(() => of([]))) : of([]))),
        takeUntilDestroyed(),
      )
      .subscribe((organisations) => this.organisations.set(organisations));
    municipality.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.organisationId.setValue(''));
  }

  protected isManaged(id: string): boolean {
    return this.managed().has(id);
  }

  protected toggleManaged(id: string, checked: boolean): void {
    this.managed.update((ids) => {
      const next = new Set(ids);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  protected save(): void {
    if (this.form.invalid || this.saving()) {
      this.form.markAllAsTouched();
      return;
    }
    const changes = this.changes();
    if (Object.keys(changes).length === 0) {
      this.dialogRef.close();
      return;
    }
    this.saving.set(true);
    this.failure.set(null);
    this.api.update(this.user.id, changes).subscribe({
      next: (updated) => this.dialogRef.close(updated),
      error: (error: unknown) => {
        this.saving.set(false);
        applyServerErrors(this.form, error);
        this.failure.set(errorMessageKey(error));
      },
    });
  }

  /** Only what changed, so a coordinator never sends a field they may not touch. */
  private changes(): UpdateUserRequest {
    const value = this.form.getRawValue();
    const changes: UpdateUserRequest = {};
    if (value.displayName.trim() !== this.user.displayName) changes.displayName = value.displayName.trim();
    if (value.role !== this.user.role) changes.role = value.role;
    if (value.audience !== this.user.audience) changes.audience = value.audience;
    if (value.municipalityId !== (this.user.municipality?.id ?? '')) {
      changes.municipalityId = value.municipalityId || null;
    }
    if (value.organisationId !== (this.user.organisation?.id ?? '')) {
      changes.organisationId = value.organisationId || null;
    }
    if (this.showManaged()) {
      const before = this.user.managedMunicipalities.map((m) => m.id).sort();
      const after = [...this.managed()].sort();
      if (before.join() !== after.join()) changes.managedMunicipalityIds = after;
    }
    return changes;
  }
}
