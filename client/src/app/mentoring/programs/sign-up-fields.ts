import {
  AVAILABILITY_SLOTS,
  DAY_PARTS,
  EXPERTISE_AREAS,
  MENTORING_LANGUAGES,
  SECTORS,
  type TaxonomyCategory,
  type TaxonomyEntry,
  taxonomyLabel,
  WEEKDAYS,
} from '@kotopaikka/matching';

import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { FormControl } from '@angular/forms';
import { map, startWith, switchMap } from 'rxjs';

import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';

/** A string-list control's value and whether to show its error, following every change, touch and server error. */
function listState(control: () => FormControl<string[]>) {
  return toSignal(
    toObservable(computed(control)).pipe(
      switchMap((c) =>
        c.events.pipe(
          startWith(null),
          map(() => ({ value: c.value, showError: c.invalid && c.touched, required: !!c.errors?.['required'] })),
        ),
      ),
    ),
    { initialValue: { value: [] as string[], showError: false, required: false } },
  );
}

function toggled(list: readonly string[], key: string, on: boolean): string[] {
  return on ? [...new Set([...list, key])] : list.filter((k) => k !== key);
}

/** Checkboxes of one taxonomy category (expertise, sectors, languages) in a fieldset whose legend names them. */
@Component({
  selector: 'kp-taxonomy-choices',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset
      [class.kp-invalid-list]="state().showError"
      [attr.aria-describedby]="state().showError ? name() + '-error' : null"
      [attr.data-testid]="'choices-' + name()"
    >
      <legend>{{ legend() }}</legend>
      <div class="kp-choices" [class.kp-compact]="category() === 'language'">
        @for (entry of entries(); track entry.key) {
          <label>
            <input
              type="checkbox"
              [checked]="state().value.includes(entry.key)"
              (change)="set(entry.key, $any($event.target).checked)"
              [attr.data-key]="entry.key"
            />
            {{ label(entry) }}
          </label>
        }
      </div>
      @if (state().showError) {
        <p class="kp-error" [id]="name() + '-error'" [attr.data-testid]="'error-' + name()">
          {{ (state().required ? 'mentoring.programs.form.error.chooseOne' : 'core.field.server') | t }}
        </p>
      }
    </fieldset>
  `,
  styleUrl: './sign-up-fields.scss',
})
export class TaxonomyChoices {
  private readonly translator = inject(Translator);
  readonly control = input.required<FormControl<string[]>>();
  readonly category = input.required<TaxonomyCategory>();
  readonly entries = input.required<readonly TaxonomyEntry[]>();
  /** Already translated. */
  readonly legend = input.required<string>();
  /** Names the error's id and the test ids. */
  readonly name = input.required<string>();

  protected readonly state = listState(this.control);

  protected label(entry: TaxonomyEntry): string {
    return taxonomyLabel(this.category(), entry.key, this.translator.locale());
  }

  protected set(key: string, on: boolean): void {
    const control = this.control();
    control.setValue(toggled(control.value, key, on));
    control.markAsTouched();
  }
}

/** Availability as a weekday × morning/afternoon/evening grid; each checkbox is named by its slot in full. */
@Component({
  selector: 'kp-availability-grid',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset
      [class.kp-invalid-list]="state().showError"
      [attr.aria-describedby]="'availability-hint' + (state().showError ? ' availability-error' : '')"
      data-testid="choices-availability"
    >
      <legend>{{ 'mentoring.programs.field.availability' | t }}</legend>
      <p class="kp-secondary" id="availability-hint">{{ 'mentoring.programs.field.availabilityHint' | t }}</p>
      <table class="kp-grid">
        <thead>
          <tr>
            <th scope="col">{{ 'mentoring.programs.field.weekday' | t }}</th>
            @for (part of parts; track part) {
              <th scope="col">{{ partName(part) }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (day of days; track day) {
            <tr>
              <th scope="row">{{ dayName(day) }}</th>
              @for (part of parts; track part) {
                <td>
                  <input
                    type="checkbox"
                    [checked]="state().value.includes(day + '-' + part)"
                    (change)="set(day + '-' + part, $any($event.target).checked)"
                    [attr.aria-label]="slotName(day + '-' + part)"
                    [attr.data-key]="day + '-' + part"
                  />
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
      @if (state().showError) {
        <p class="kp-error" id="availability-error" data-testid="error-availability">
          {{ (state().required ? 'mentoring.programs.form.error.chooseOne' : 'core.field.server') | t }}
        </p>
      }
    </fieldset>
  `,
  styleUrl: './sign-up-fields.scss',
})
export class AvailabilityGrid {
  private readonly translator = inject(Translator);
  readonly control = input.required<FormControl<string[]>>();
  protected readonly days = WEEKDAYS;
  protected readonly parts = DAY_PARTS;
  protected readonly state = listState(this.control);

  /** "maanantai aamupäivä": the whole slot, so a screen reader names the checkbox without the table's headers. */
  protected slotName(key: string): string {
    return taxonomyLabel('availability', key, this.translator.locale());
  }

  /** The weekday and the part of the day, read off the slot names (libs/matching keeps them private). */
  protected dayName(day: string): string {
    const slot = AVAILABILITY_SLOTS.find((s) => s.key === `${day}-morning`);
    return slot ? slot[this.translator.locale()].split(' ')[0] : day;
  }

  protected partName(part: string): string {
    const slot = AVAILABILITY_SLOTS.find((s) => s.key === `mon-${part}`);
    return slot ? slot[this.translator.locale()].split(' ').slice(1).join(' ') : part;
  }

  protected set(key: string, on: boolean): void {
    const control = this.control();
    control.setValue(toggled(control.value, key, on));
    control.markAsTouched();
  }
}

/** The choices both sign-up forms ask for, each a list of taxonomy keys. */
export interface SignUpChoiceControls {
  expertise: FormControl<string[]>;
  sectors: FormControl<string[]>;
  languages: FormControl<string[]>;
  availability: FormControl<string[]>;
}

/** What both sign-up forms ask in the same words: expertise, sectors, languages and the free times. */
@Component({
  selector: 'kp-sign-up-choices',
  imports: [AvailabilityGrid, TaxonomyChoices, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <kp-taxonomy-choices
      [control]="controls().expertise"
      category="expertise"
      [entries]="expertiseAreas"
      [legend]="expertiseLegend() | t"
      name="expertise"
    />
    <kp-taxonomy-choices
      [control]="controls().sectors"
      category="sector"
      [entries]="sectors"
      [legend]="'mentoring.programs.field.sectors' | t"
      name="sectors"
    />
    <kp-taxonomy-choices
      [control]="controls().languages"
      category="language"
      [entries]="languages"
      [legend]="'mentoring.programs.field.languages' | t"
      name="languages"
    />
    <kp-availability-grid [control]="controls().availability" />
  `,
  styles: ':host { display: block; }',
})
export class SignUpChoices {
  readonly controls = input.required<SignUpChoiceControls>();
  /** The key of the expertise legend: a mentor offers expertise, a mentee wants it. */
  readonly expertiseLegend = input.required<string>();
  protected readonly expertiseAreas = EXPERTISE_AREAS;
  protected readonly sectors = SECTORS;
  protected readonly languages = MENTORING_LANGUAGES;
}
