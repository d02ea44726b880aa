import {
  type AssignCourseRequest,
  type AssignCourseResult,
  type Audience,
  AUDIENCES,
  type Organisation,
} from '@kotopaikka/contracts';

import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
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
import { MatSelectModule } from '@angular/material/select';

import { AdminScope } from '../../core/auth/admin-scope';
import { OrganisationsApi } from '../../core/data-access/organisations-api';
import { errorMessageKey } from '../../core/http/api-error';
import { applyServerErrors, controlErrorKey } from '../../core/http/form-errors';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { focusAfterRender } from '../../ui/focus/focus-after-render';
import { AuthoringApi } from '../data-access/authoring-api';

/** The server enrolls the intersection of the choices, so at least one is needed. */
function someGroup(group: AbstractControl): ValidationErrors | null {
  const { organisationId, audience, municipalityId } = group.value as {
    organisationId: string;
    audience: string;
    municipalityId: string;
  };
  return organisationId || audience || municipalityId ? null : { groupRequired: true };
}

/** "Assign to a group" on a published course: enrolls everyone in the chosen organisation, audience and municipality. */
@Component({
  selector: 'kp-assign-panel',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './assign-panel.html',
})
export class AssignPanel {
  private readonly focus = focusAfterRender();
  private readonly api = inject(AuthoringApi);
  private readonly organisationsApi = inject(OrganisationsApi);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly scope = inject(AdminScope);

  readonly courseId = input.required<string>();

  protected readonly audiences = AUDIENCES;
  protected readonly errorKey = controlErrorKey;
  protected readonly form = this.fb.group(
    {
      municipalityId: this.fb.control(''),
      organisationId: this.fb.control({ value: '', disabled: true }),
      audience: this.fb.control<Audience | ''>(''),
      dueDate: this.fb.control('', Validators.pattern(/^\d{4}-\d{2}-\d{2}$/)),
    },
    { validators: someGroup },
  );
  protected readonly organisations = signal<Organisation[]>([]);
  protected readonly sending = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly result = signal<AssignCourseResult | null>(null);

  constructor() {
    this.scope.loadMunicipalities();
    this.form.controls.municipalityId.valueChanges.subscribe((id) => this.loadOrganisations(id));
  }

  private loadOrganisations(municipalityId: string): void {
    const organisation = this.form.controls.organisationId;
    organisation.setValue('');
    this.organisations.set([]);
    if (!municipalityId) {
      organisation.disable();
      return;
    }
    organisation.enable();
    this.organisationsApi.listAll(municipalityId).subscribe({
      next: (items) => this.organisations.set(items),
      error: (error: unknown) => this.failure.set(errorMessageKey(error)),
    });
  }

  protected assign(): void {
    this.result.set(null);
    this.failure.set(null);
    if (this.form.invalid || this.sending()) {
      this.form.markAllAsTouched();
      if (this.form.hasError('groupRequired')) this.failure.set('authoring.assign.groupRequired');
      return;
    }
    const value = this.form.getRawValue();
    const request: AssignCourseRequest = {};
    if (value.municipalityId) request.municipalityId = value.municipalityId;
    if (value.organisationId) request.organisationId = value.organisationId;
    if (value.audience) request.audience = value.audience;
    if (value.dueDate) request.dueDate = value.dueDate;
    this.sending.set(true);
    this.api.assign(this.courseId(), request).subscribe({
      next: (result) => {
        this.sending.set(false);
        this.result.set(result);
        this.focus('[data-assign-result]');
      },
      error: (error: unknown) => {
        this.sending.set(false);
        if (error instanceof HttpErrorResponse && error.status === 403) this.failure.set('authoring.assign.forbidden');
        else if (applyServerErrors(this.form, error)) this.failure.set('authoring.form.fixErrors');
        else this.failure.set(errorMessageKey(error));
        this.focus('[data-assign-failure]');
      },
    });
  }
}
