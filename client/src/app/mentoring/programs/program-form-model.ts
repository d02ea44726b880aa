import {
  MENTORING_FACTORS,
  type MentoringFactor,
  type MentoringProgram,
  type MentoringProgramInput,
} from '@kotopaikka/contracts';

import type { AbstractControl, ValidationErrors } from '@angular/forms';

/** What a new program starts with: the engine's usual balance, languages and expertise first. */
export const DEFAULT_WEIGHTS: Record<MentoringFactor, number> = {
  expertise: 40,
  sector: 20,
  language: 30,
  municipality: 10,
  availability: 20,
  mode: 10,
};

export interface ProgramFormValue {
  name: string;
  description: { fi: string; en: string };
  municipalityIds: string[];
  startsOn: string;
  endsOn: string;
  matching: {
    weights: Record<MentoringFactor, number | null>;
    minimumScore: number | null;
    sameMunicipality: boolean;
    excludeSameOrganisation: boolean;
  };
}

export function formValueOf(program: MentoringProgram): ProgramFormValue {
  return {
    name: program.name,
    description: { fi: program.description.fi ?? '', en: program.description.en ?? '' },
    municipalityIds: program.municipalities.map((m) => m.id),
    startsOn: program.startsOn,
    endsOn: program.endsOn,
    matching: { ...program.matching, weights: { ...program.matching.weights } },
  };
}

export function inputOf(value: ProgramFormValue): MentoringProgramInput {
  const weights = Object.fromEntries(MENTORING_FACTORS.map((f) => [f, Number(value.matching.weights[f])])) as Record<
    MentoringFactor,
    number
  >;
  return {
    name: value.name.trim(),
    description: { fi: value.description.fi.trim(), en: value.description.en.trim() },
    municipalityIds: value.municipalityIds,
    startsOn: value.startsOn,
    endsOn: value.endsOn,
    matching: {
      weights,
      minimumScore: Number(value.matching.minimumScore),
      sameMunicipality: value.matching.sameMunicipality,
      excludeSameOrganisation: value.matching.excludeSameOrganisation,
    },
  };
}

/** The end on or after the start (calendar dates compare as text); the error sits on the end field. */
export function endOnOrAfterStart(group: AbstractControl): ValidationErrors | null {
  const start: string = group.get('startsOn')?.value ?? '';
  const end = group.get('endsOn');
  const wrong = !!start && !!end?.value && end.value < start;
  if (end) {
    const errors: ValidationErrors = { ...(end.errors ?? {}) };
    delete errors['endBeforeStart'];
    if (wrong) errors['endBeforeStart'] = true;
    end.setErrors(Object.keys(errors).length ? errors : null, { emitEvent: false });
  }
  return null;
}

/** The message key for a list of checkboxes once touched: none chosen, or the server's problem. */
export function listErrorKey(control: AbstractControl): string | null {
  if (!control.invalid || !control.touched) return null;
  return control.errors?.['required'] ? 'mentoring.programs.form.error.chooseOne' : 'core.field.server';
}
