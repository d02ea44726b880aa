import { type Audience, AUDIENCES, type CourseAuthoring } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { Observable } from 'rxjs';

import { AdminScope } from '../../core/auth/admin-scope';
import { errorMessageKey } from '../../core/http/api-error';
import { applyServerErrors, controlErrorKey } from '../../core/http/form-errors';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { AuthoringApi } from '../data-access/authoring-api';
import { LOCALES, localizedGroup, trimmed } from '../data-access/localized';

/** Title, summary, duration, audiences and municipalities of a course, in every language side by side. */
@Component({
  selector: 'kp-course-form',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './course-form.html',
})
export class CourseForm {
  private readonly api = inject(AuthoringApi);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly scope = inject(AdminScope);

  /** Null creates a new course. */
  readonly course = input<CourseAuthoring | null>(null);
  readonly saved = output<CourseAuthoring>();

  protected readonly locales = LOCALES;
  protected readonly audiences = AUDIENCES;
  protected readonly errorKey = controlErrorKey;
  protected readonly form = this.fb.group({
    title: localizedGroup(this.fb, null, 200),
    summary: localizedGroup(this.fb, null, 4000),
    estimatedMinutes: this.fb.control(60, [Validators.required, Validators.min(1), Validators.max(10000)]),
    audiences: this.fb.control<Audience[]>([], Validators.required),
    everywhere: this.fb.control(true),
    municipalityIds: new FormControl<string[]>([], { nonNullable: true }),
  });
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly savedNote = signal(false);

  constructor() {
    this.scope.loadMunicipalities();
    effect(() => {
      const course = this.course();
      if (!course) return;
      this.form.reset({
        title: course.title,
        summary: course.summary,
        estimatedMinutes: course.estimatedMinutes,
        audiences: course.audiences,
        everywhere: course.municipalityIds.length === 0,
        municipalityIds: course.municipalityIds,
      });
    });
  }

  protected toggleAudience(audience: Audience, checked: boolean): void {
    const current = this.form.controls.audiences.value;
    const next = checked ? [...current.filter((a) => a !== audience), audience] : current.filter((a) => a !== audience);
    this.form.controls.audiences.setValue(AUDIENCES.filter((a) => next.includes(a)));
    this.form.controls.audiences.markAsTouched();
  }

  protected save(): void {
    const value = this.form.getRawValue();
    if (!value.everywhere && value.municipalityIds.length === 0) {
      this.form.controls.municipalityIds.setErrors({ required: true });
    }
    if (this.form.invalid || this.saving()) {
      this.form.markAllAsTouched();
      return;
    }
    const request = {
      title: trimmed(value.title),
      summary: trimmed(value.summary),
      estimatedMinutes: value.estimatedMinutes,
      audiences: value.audiences,
      municipalityIds: value.everywhere ? [] : value.municipalityIds,
    };
    const course = this.course();
    const call: Observable<CourseAuthoring> = course
      ? this.api.updateCourse(course.id, request)
      : this.api.createCourse(request);
    this.saving.set(true);
    this.failure.set(null);
    this.savedNote.set(false);
    call.subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.savedNote.set(true);
        this.saved.emit(saved);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        if (!applyServerErrors(this.form, error)) this.failure.set(errorMessageKey(error));
        else this.failure.set('authoring.form.fixErrors');
      },
    });
  }
}
