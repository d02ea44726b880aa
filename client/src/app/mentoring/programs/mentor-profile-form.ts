import { MEETING_MODES, type MentoringMeetingMode } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { type AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { controlErrorKey } from '../../core/http/form-errors';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { atLeastOne } from '../../live/form/session-form-model';
import { listErrorKey } from './program-form-model';
import { SignUpChoices } from './sign-up-fields';
import { signUpForm } from './sign-up-form';

/** `/mentoring/programs/:id/mentor`: a person offers to mentor; a coordinator then approves or declines. */
@Component({
  selector: 'kp-mentor-profile-form',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    RouterLink,
    SignUpChoices,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './mentor-profile-form.html',
  styleUrls: ['../../live/shared/live-page.scss', './programs-page.scss', './sign-up-fields.scss'],
})
export class MentorProfileForm {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly translator = inject(Translator);
  protected readonly meetingModes = MEETING_MODES;

  /** Route parameter, bound by withComponentInputBinding. */
  readonly id = input.required<string>();

  protected readonly form = this.fb.group({
    expertise: this.fb.control<string[]>([], atLeastOne),
    sectors: this.fb.control<string[]>([]),
    languages: this.fb.control<string[]>([], atLeastOne),
    municipalityId: this.fb.control('', Validators.required),
    capacity: this.fb.control<number | null>(1, [
      Validators.required,
      Validators.min(1),
      Validators.max(10),
      Validators.pattern(/^\d+$/),
    ]),
    availability: this.fb.control<string[]>([], atLeastOne),
    meetingModes: this.fb.control<MentoringMeetingMode[]>(['in_person', 'online'], atLeastOne),
    bio: this.fb.control('', [Validators.required, Validators.maxLength(1000)]),
    bioLocale: this.fb.control<'fi' | 'en'>(this.translator.locale() === 'en' ? 'en' : 'fi'),
  });

  protected readonly signUp = signUpForm(this.id, this.form);
  protected readonly program = this.signUp.program;

  protected chosenModes(): MentoringMeetingMode[] {
    return this.form.controls.meetingModes.value;
  }

  protected modesError(): string | null {
    return listErrorKey(this.form.controls.meetingModes);
  }

  protected readonly errorKey = (control: AbstractControl | null) => {
    const errors = control?.errors;
    if (control === this.form.controls.capacity && (errors?.['min'] || errors?.['max'] || errors?.['pattern']))
      return { key: 'mentoring.programs.error.capacity' };
    return controlErrorKey(control);
  };

  protected toggleMode(mode: MentoringMeetingMode, on: boolean): void {
    const control = this.form.controls.meetingModes;
    control.setValue(on ? [...new Set([...control.value, mode])] : control.value.filter((m) => m !== mode));
    control.markAsTouched();
  }

  protected submit(): void {
    this.signUp.send(() => {
      const v = this.form.getRawValue();
      return this.signUp.api.offerToMentor(this.id(), {
        ...v,
        capacity: Number(v.capacity),
        bio: v.bio.trim(),
        meetingModes: MEETING_MODES.filter((m) => v.meetingModes.includes(m)),
      });
    });
  }
}
