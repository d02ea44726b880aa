import type {
  AgreementConfirmInput,
  EndPairingInput,
  FitCheckInput,
  LogMentoringMeetingInput,
  MentoringAgreementInput,
  MentoringFeedbackInput,
  MentoringGoalInput,
  MentoringGoalUpdate,
  MentoringMeeting,
  MentoringTaskInput,
  MentoringTaskUpdate,
  Page,
  PairingDetail,
  PairingSummary,
  PairNoteInput,
  ProposalAnswerInput,
  ScheduleMentoringMeetingInput,
} from '@kotopaikka/contracts';

import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { map, type Observable } from 'rxjs';

const base = '/api/mentoring/pairings';
const pairingPath = (id: string, ...rest: string[]): string =>
  [base, encodeURIComponent(id), ...rest.map(encodeURIComponent)].join('/');

/**
 * What a pair (and a coordinator looking in) does with a pairing. The pages read the pairing again after a change
 * rather than trusting each answer's shape, so the calls answer `unknown` except where the page uses the answer.
 */
@Injectable({ providedIn: 'root' })
export class PairingsApi {
  private readonly http = inject(HttpClient);

  mine(): Observable<PairingSummary[]> {
    return this.http
      .get<PairingSummary[] | Page<PairingSummary>>(`${base}/mine`)
      .pipe(map((answer) => (Array.isArray(answer) ? answer : answer.items)));
  }

  get(id: string): Observable<PairingDetail> {
    return this.http.get<PairingDetail>(pairingPath(id));
  }

  answer(id: string, input: ProposalAnswerInput): Observable<unknown> {
    return this.http.post(pairingPath(id, 'answer'), input);
  }

  saveAgreement(id: string, input: MentoringAgreementInput): Observable<unknown> {
    return this.http.put(pairingPath(id, 'agreement'), input);
  }

  confirmAgreement(id: string, input: AgreementConfirmInput): Observable<unknown> {
    return this.http.post(pairingPath(id, 'agreement', 'confirm'), input);
  }

  fitCheck(id: string, input: FitCheckInput): Observable<unknown> {
    return this.http.put(pairingPath(id, 'fit-check'), input);
  }

  addGoal(id: string, input: MentoringGoalInput): Observable<unknown> {
    return this.http.post(pairingPath(id, 'goals'), input);
  }

  updateGoal(id: string, goalId: string, changes: MentoringGoalUpdate): Observable<unknown> {
    return this.http.patch(pairingPath(id, 'goals', goalId), changes);
  }

  removeGoal(id: string, goalId: string): Observable<unknown> {
    return this.http.delete(pairingPath(id, 'goals', goalId));
  }

  addTask(id: string, input: MentoringTaskInput): Observable<unknown> {
    return this.http.post(pairingPath(id, 'tasks'), input);
  }

  updateTask(id: string, taskId: string, changes: MentoringTaskUpdate): Observable<unknown> {
    return this.http.patch(pairingPath(id, 'tasks', taskId), changes);
  }

  removeTask(id: string, taskId: string): Observable<unknown> {
    return this.http.delete(pairingPath(id, 'tasks', taskId));
  }

  /** Makes a live session (a mentoring meeting) hosted by the mentor with the mentee invited. */
  scheduleMeeting(id: string, input: ScheduleMentoringMeetingInput): Observable<Partial<MentoringMeeting> | null> {
    return this.http.post<Partial<MentoringMeeting> | null>(pairingPath(id, 'meetings', 'scheduled'), input);
  }

  logMeeting(id: string, input: LogMentoringMeetingInput): Observable<unknown> {
    return this.http.post(pairingPath(id, 'meetings'), input);
  }

  addNote(id: string, input: PairNoteInput): Observable<unknown> {
    return this.http.post(pairingPath(id, 'notes'), input);
  }

  removeNote(id: string, noteId: string): Observable<unknown> {
    return this.http.delete(pairingPath(id, 'notes', noteId));
  }

  /** Not in the contract's route comments (it names only `end`); the issue lets either party complete early. */
  complete(id: string): Observable<unknown> {
    return this.http.post(pairingPath(id, 'complete'), {});
  }

  end(id: string, input: EndPairingInput): Observable<unknown> {
    return this.http.post(pairingPath(id, 'end'), input);
  }

  feedback(id: string, input: MentoringFeedbackInput): Observable<unknown> {
    return this.http.put(pairingPath(id, 'feedback'), input);
  }
}
