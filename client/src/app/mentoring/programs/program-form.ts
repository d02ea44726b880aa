import { type IdName, MENTORING_FACTORS, type MentoringProgram } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { type AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';

import { AdminScope } from '../../core/auth/admin-scope';
import { errorMessageKey } from '../../core/http/api-error';
import { controlErrorKey } from '../../core/http/form-errors';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { applyFieldProblems, atLeastOne } from '../../live/form/session-form-model';
import { focusAfterRender } from '../../ui/focus/focus-after-render';
import { MentoringProgramsApi } from '../data-access/mentoring-programs-api';
import { DEFAULT_WEIGHTS, endOnOrAfterStart, formValueOf, inputOf, listErrorKey } from './program-form-model';

const INVALID = '.ng-invalid:is(input, select, textarea), .kp-invalid-list input';
const weight = () => [Validators.required, Validators.min(0), Validators.max(100), Validators.pattern(/^\d+$/)];

/** `/mentoring/programs/new` and `…/:id/edit`: a coordinator sets up a program in the municipalities they manage. */
@Component({
  selector: 'kp-program-form',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './program-form.html',
  styleUrls: ['../../live/shared/live-page.scss', './programs-page.scss', './sign-up-fields.scss'],
})
export class ProgramForm {
  private readonly api = inject(MentoringProgramsApi);
  private readonly router = inject(Router);
  private readonly focus = focusAfterRender();
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly scope = inject(AdminScope);
  protected readonly factors = MENTORING_FACTORS;

  /** Route parameter of `…/:id/edit`; absent on `…/new`. */
  readonly id = input<string>();

  protected readonly form = this.fb.group(
    {
      name: this.fb.control('', [Validators.required, Validators.maxLength(200)]),
      description: this.fb.group({
        fi: this.fb.control('', Validators.maxLength(4000)),
        en: this.fb.control('', Validators.maxLength(4000)),
      }),
      municipalityIds: this.fb.control<string[]>([], atLeastOne),
      startsOn: this.fb.control('', Validators.required),
      endsOn: this.fb.control('', Validators.required),
      matching: this.fb.group({
        weights: this.fb.group({
          expertise: this.fb.control<number | null>(DEFAULT_WEIGHTS.expertise, weight()),
          sector: this.fb.control<number | null>(DEFAULT_WEIGHTS.sector, weight()),
          language: this.fb.control<number | null>(DEFAULT_WEIGHTS.language, weight()),
          municipality: this.fb.control<number | null>(DEFAULT_WEIGHTS.municipality, weight()),
          availability: this.fb.control<number | null>(DEFAULT_WEIGHTS.availability, weight()),
          mode: this.fb.control<number | null>(DEFAULT_WEIGHTS.mode, weight()),
        }),
        minimumScore: this.fb.control<number | null>(20, [
          Validators.required,
          Validators.min(0),
          Validators.max(10000),
          Validators.pattern(/^\d+$/),
        ]),
        sameMunicipality: this.fb.control(false),
        excludeSameOrganisation: this.fb.control(false),
      }),
    },
    { validators: endOnOrAfterStart },
  );

  protected readonly load = signal<'loading' | 'failed' | 'ready'>('ready');
  protected readonly sending = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly editing = computed(() => !!this.id());

  // Read at each check, not from the form's events: a parent already touched emits no touch for its child.
  protected chosenMunicipalities(): string[] {
    return this.form.controls.municipalityIds.value;
  }

  protected municipalitiesError(): string | null {
    return listErrorKey(this.form.controls.municipalityIds);
  }

  /** The edited program's municipalities stay choices for an admin list still loading or a coordinator's view. */
  private readonly programMunicipalities = signal<IdName[]>([]);
  protected readonly municipalities = computed(() => {
    const choices = [...this.scope.municipalities()];
    for (const m of this.programMunicipalities()) if (!choices.some((c) => c.id === m.id)) choices.push(m);
    return choices;
  });

  protected readonly errorKey = (control: AbstractControl | null) => {
    const errors = control?.errors;
    if (errors?.['endBeforeStart']) return { key: 'mentoring.programs.form.error.endBeforeStart' };
    const weights = this.form.controls.matching.controls.weights.controls;
    const isWeight = Object.values(weights).includes(control as (typeof weights)['mode']);
    if (isWeight && (errors?.['pattern'] || errors?.['min'] || errors?.['max'] || errors?.['required']))
      return { key: 'mentoring.programs.form.error.weight' };
    if (errors?.['pattern'] || errors?.['min'] || errors?.['max'])
      return { key: 'mentoring.programs.form.error.wholeNumber' };
    return controlErrorKey(control);
  };

  constructor() {
    this.scope.loadMunicipalities();
    effect(() => {
      const id = this.id();
      untracked(() => (id ? this.fetch(id) : this.startNew()));
    });
  }

  private startNew(): void {
    const choices = this.scope.municipalities();
    if (choices.length === 1) this.form.controls.municipalityIds.setValue([choices[0].id]);
  }

  private fetch(id: string): void {
    this.load.set('loading');
    this.api.get(id).subscribe({
      next: (program: MentoringProgram) => {
        this.programMunicipalities.set(program.municipalities);
        this.form.reset(formValueOf(program));
        this.load.set('ready');
      },
      error: () => this.load.set('failed'),
    });
  }

  protected toggleMunicipality(id: string, on: boolean): void {
    const control = this.form.controls.municipalityIds;
    control.setValue(on ? [...new Set([...control.value, id])] : control.value.filter((m) => m !== id));
    control.markAsTouched();
  }

  protected submit(): void {
    this.failure.set(null);
    this.form.updateValueAndValidity();
    if (this.form.invalid || this.sending()) {
      this.form.markAllAsTouched();
      this.focus(INVALID);
      return;
    }
    const input = inputOf(this.form.getRawValue());
    const id = this.id();
    this.sending.set(true);
    (id ? this.api.update(id, input) : this.api.create(input)).subscribe({
      next: (program) => {
        this.sending.set(false);
        void this.router.navigate(['/mentoring/programs', program.id]);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        if (applyFieldProblems(this.form, error).length) {
          this.focus(INVALID);
        } else {
          this.failure.set(errorMessageKey(error));
          this.focus('[data-testid=form-failure]');
        }
      },
    });
  }
}
