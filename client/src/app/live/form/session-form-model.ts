import type {
  IdName,
  LiveInvitee,
  LiveInviteeView,
  LiveSessionDetail,
  LiveSessionInput,
  LiveSessionKind,
} from '@kotopaikka/contracts';

import type { AbstractControl, FormGroup, ValidationErrors } from '@angular/forms';

import { fieldProblems } from '../../core/http/form-errors';
import { fromHelsinkiLocal, toHelsinkiLocal } from '../shared/helsinki-time';

/** The form's value: times as datetime-local text in Helsinki time, hosts and invitees with their names. */
export interface SessionFormValue {
  kind: LiveSessionKind | '';
  title: { fi: string; en: string };
  description: { fi: string; en: string };
  startsAt: string;
  endsAt: string;
  municipalityId: string;
  courseId: string;
  hostIds: IdName[];
  invitees: LiveInviteeView[];
  capacity: number | null;
  videoUrl: string;
  completionMinutes: number | null;
  publicRegistration: boolean;
}

export function formValueOf(session: LiveSessionDetail): SessionFormValue {
  return {
    kind: session.kind,
    title: { fi: session.title.fi ?? '', en: session.title.en ?? '' },
    description: { fi: session.description.fi ?? '', en: session.description.en ?? '' },
    startsAt: toHelsinkiLocal(session.startsAt),
    endsAt: toHelsinkiLocal(session.endsAt),
    municipalityId: session.municipality.id,
    courseId: session.course?.id ?? '',
    hostIds: session.hosts,
    invitees: session.invitees ?? [],
    capacity: session.capacity,
    videoUrl: session.videoUrl ?? '',
    completionMinutes: session.completionMinutes,
    publicRegistration: session.publicSlug !== null,
  };
}

/** What the API gets: instants in UTC from the Helsinki wall-clock times, empty texts as `null`. */
export function inputOf(value: SessionFormValue): LiveSessionInput {
  return {
    kind: value.kind as LiveSessionKind,
    title: { fi: value.title.fi.trim(), en: value.title.en.trim() },
    description: { fi: value.description.fi.trim(), en: value.description.en.trim() },
    startsAt: fromHelsinkiLocal(value.startsAt) as string,
    endsAt: fromHelsinkiLocal(value.endsAt) as string,
    municipalityId: value.municipalityId,
    courseId: value.courseId || null,
    hostIds: value.hostIds.map((h) => h.id),
    invitees: value.invitees.map(withoutName),
    capacity: numberOrNull(value.capacity),
    videoUrl: value.videoUrl.trim() || null,
    completionMinutes: value.courseId ? numberOrNull(value.completionMinutes) : null,
    publicRegistration: value.kind === 'info_session' && value.publicRegistration,
  };
}

/** The API takes who is invited; the name is for the form's list. */
function withoutName(invitee: LiveInviteeView): LiveInvitee {
  switch (invitee.kind) {
    case 'user':
      return { kind: 'user', userId: invitee.userId };
    case 'organisation':
      return { kind: 'organisation', organisationId: invitee.organisationId };
    case 'audience':
      return { kind: 'audience', audience: invitee.audience };
  }
}

function numberOrNull(value: number | string | null): number | null {
  return value === null || value === '' ? null : Number(value);
}

/** The end after the start, both read as Helsinki times; the error sits on the end field. */
export function endAfterStart(group: AbstractControl): ValidationErrors | null {
  const start = fromHelsinkiLocal(group.get('startsAt')?.value ?? '');
  const end = group.get('endsAt');
  const endAt = fromHelsinkiLocal(end?.value ?? '');
  const wrong = !!start && !!endAt && endAt <= start;
  if (end) {
    const errors: ValidationErrors = { ...(end.errors ?? {}) };
    delete errors['endBeforeStart'];
    if (wrong) errors['endBeforeStart'] = true;
    end.setErrors(Object.keys(errors).length ? errors : null, { emitEvent: false });
  }
  return null;
}

export function atLeastOne(control: AbstractControl): ValidationErrors | null {
  return Array.isArray(control.value) && control.value.length ? null : { required: true };
}

/**
 * The server's field problems on the controls: `invitees.2.userId` lands on the nearest control that exists
 * (`invitees`). Answers the controls that got one, in the form's order, so the first can take the focus.
 */
export function applyFieldProblems(form: FormGroup, error: unknown): AbstractControl[] {
  const hit: AbstractControl[] = [];
  for (const [field, problems] of fieldProblems(error)) {
    const parts = field.split('.');
    let control: AbstractControl | null = null;
    while (parts.length && !(control = form.get(parts.join('.')))) parts.pop();
    if (!control) continue;
    control.setErrors({ ...(control.errors ?? {}), server: problems });
    control.markAsTouched();
    hit.push(control);
  }
  return hit;
}
