import { MENTEE_MEETING_MODES, type MenteeMeetingMode } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { controlErrorKey } from '../../core/http/form-errors';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { atLeastOne } from '../../live/form/session-form-model';
import { SignUpChoices } from './sign-up-fields';
import { signUpForm } from './sign-up-form';

/** `/mentoring/programs/:id/mentee`: a person asks for a mentor, saying what for. */
@Component({
  selector: 'kp-mentee-request-form',
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
  templateUrl: './mentee-request-form.html',
  styleUrls: ['../../live/shared/live-page.scss', './programs-page.scss', './sign-up-fields.scss'],
})
export class MenteeRequestForm {
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly meetingModes = MENTEE_MEETING_MODES;
  protected readonly errorKey = controlErrorKey;

  /** Route parameter, bound by withComponentInputBinding. */
  readonly id = input.required<string>();

  protected readonly form = this.fb.group({
    goals: this.fb.control('', [Validators.required, Validators.maxLength(2000)]),
    expertise: this.fb.control<string[]>([]),
    sectors: this.fb.control<string[]>([]),
    languages: this.fb.control<string[]>([], atLeastOne),
    municipalityId: this.fb.control('', Validators.required),
    meetingMode: this.fb.control<MenteeMeetingMode>('either'),
    availability: this.fb.control<string[]>([], atLeastOne),
  });

  protected readonly signUp = signUpForm(this.id, this.form);
  protected readonly program = this.signUp.program;

  protected submit(): void {
    this.signUp.send(() => {
      const v = this.form.getRawValue();
      return this.signUp.api.askForMentor(this.id(), { ...v, goals: v.goals.trim() });
    });
  }
}
