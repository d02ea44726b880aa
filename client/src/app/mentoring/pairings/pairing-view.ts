import type { IdName, PairingSide, PairingSummary } from '@kotopaikka/contracts';

import { HttpErrorResponse } from '@angular/common/http';

import { errorMessageKey } from '../../core/http/api-error';
import { dayAsDate, type DayKey } from '../../live/shared/helsinki-time';

/** The other side of the pair from the viewer's; a coordinator (no side) reads it from the mentee's point of view. */
export function otherSide(side: PairingSide | null): PairingSide {
  return side === 'mentee' ? 'mentor' : 'mentee';
}

export function otherPerson(pairing: PairingSummary): IdName {
  return pairing[otherSide(pairing.mySide)].person;
}

/** Still waiting for the viewer's own answer to a proposal. */
export function awaitsMyAnswer(pairing: PairingSummary): boolean {
  return pairing.status === 'proposed' && pairing.mySide !== null && pairing[pairing.mySide].answer === null;
}

export function isFinished(pairing: PairingSummary): boolean {
  return pairing.status === 'completed' || pairing.status === 'ended_early';
}

/** A failure's message key, with a conflict (409) said in the words of the action that met it. */
export function failureKey(error: unknown, conflictKey: string): string {
  return error instanceof HttpErrorResponse && error.status === 409 ? conflictKey : errorMessageKey(error);
}

/** A calendar day (`YYYY-MM-DD`) as the Translator's date: the same day everywhere. */
export function dayDate(key: DayKey): Date {
  return dayAsDate(key);
}
