import {
  type Audience,
  AUDIENCES,
  ErrorCode,
  type Invitation,
  type Locale,
  type Organisation,
  type Role,
  SUPPORTED_LOCALES,
} from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { FormGroupDirective } from '@angular/forms';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { catchError, distinctUntilChanged, of, startWith, switchMap } from 'rxjs';

import { AdminScope } from '../../core/auth/admin-scope';
import { OrganisationsApi } from '../../core/data-access/organisations-api';
import { apiErrorCode, errorMessageKey } from '../../core/http/api-error';
import { applyServerErrors, controlErrorKey } from '../../core/http/form-errors';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { focusAfterRender } from '../../ui/focus/focus-after-render';
import { InvitationsApi } from '../data-access/invitations-api';

@Component({
  selector: 'kp-invite-form',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invite-form.html',
  styles: `
    form {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      gap: 0.75rem 1rem;
    }
    .kp-form-footer {
      grid-column: 1 / -1;
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      align-items: center;
    }
  `,
})
export class InviteForm {
  private readonly focus = focusAfterRender();
  private readonly api = inject(InvitationsApi);
  private readonly organisationsApi = inject(OrganisationsApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translator = inject(Translator);
  protected readonly scope = inject(AdminScope);

  readonly invited = output<Invitation>();

  protected readonly audiences = AUDIENCES;
  protected readonly locales = SUPPORTED_LOCALES;
  protected readonly errorKey = controlErrorKey;
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    displayName: ['', [Validators.required, Validators.maxLength(200)]],
    audience: ['' as Audience | '', Validators.required],
    role: ['member' as Role, Validators.required],
    municipalityId: ['', Validators.required],
    organisationId: '',
    locale: [this.translator.locale() as Locale, Validators.required],
  });
  protected readonly organisations = signal<Organisation[]>([]);
  protected readonly sending = signal(false);
  protected readonly failure = signal<string | null>(null);

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
      .subscribe((organisations) => {
        this.organisations.set(organisations);
        this.form.controls.organisationId.setValue('');
      });
  }

  protected submit(formDirective: FormGroupDirective): void {
    this.failure.set(null);
    if (this.form.invalid || this.sending()) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.sending.set(true);
    this.api
      .invite({
        email: value.email.trim(),
        displayName: value.displayName.trim(),
        audience: value.audience as Audience,
        role: value.role,
        municipalityId: value.municipalityId,
        organisationId: value.organisationId || null,
        locale: value.locale,
      })
      .subscribe({
        next: (invitation) => {
          this.sending.set(false);
          formDirective.resetForm({ ...this.form.getRawValue(), email: '', displayName: '' });
          this.snackBar.open(this.translator.t('admin.invite.sent', { email: invitation.email }), undefined, {
            duration: 5000,
          });
          this.invited.emit(invitation);
          // Ready for the next invitation; the snack bar says this one went.
          this.focus('[data-testid=invite-email]');
        },
        error: (error: unknown) => {
          this.sending.set(false);
          this.showError(error);
          this.focus('.kp-invite-failure');
        },
      });
  }

  private showError(error: unknown): void {
    if (apiErrorCode(error) === ErrorCode.EmailTaken) {
      // The 409 names `email`; the message belongs beside that field, not at the form's foot.
      this.form.controls.email.setErrors({ taken: true });
      this.form.controls.email.markAsTouched();
      return;
    }
    if (!applyServerErrors(this.form, error)) this.failure.set(errorMessageKey(error));
  }
}
