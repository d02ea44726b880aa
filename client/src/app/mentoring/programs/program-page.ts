import {
  type MenteeRequest,
  MENTORING_PROGRAM_STATUSES,
  type MentoringProgram,
  type MentoringProgramStatus,
  type MentorProfile,
} from '@kotopaikka/contracts';
import { taxonomyLabel } from '@kotopaikka/matching';

import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { forkJoin, type Observable, of } from 'rxjs';

import { errorMessageKey } from '../../core/http/api-error';
import { keyedLoad } from '../../core/http/keyed-load';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { confirmAction } from '../../ui/dialog/confirm-dialog';
import { focusAfterRender } from '../../ui/focus/focus-after-render';
import { MentoringProgramsApi } from '../data-access/mentoring-programs-api';
import { ProgramFormat } from './program-format';

interface SignUp {
  offer: MentorProfile | null;
  request: MenteeRequest | null;
}

interface SignUps {
  mentors: MentorProfile[];
  mentees: MenteeRequest[];
}

/** `/mentoring/programs/:id`: the program; one's own sign-up; for its coordinators its status, links and sign-ups. */
@Component({
  selector: 'kp-program-page',
  imports: [MatButtonModule, MatProgressBarModule, NgTemplateOutlet, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './program-page.html',
  styleUrls: ['../../live/shared/live-page.scss', './programs-page.scss'],
})
export class ProgramPage {
  private readonly api = inject(MentoringProgramsApi);
  private readonly dialog = inject(MatDialog);
  private readonly translator = inject(Translator);
  private readonly focus = focusAfterRender();
  protected readonly format = inject(ProgramFormat);

  /** Route parameter, bound by withComponentInputBinding. */
  readonly id = input.required<string>();

  private readonly programLoad = keyedLoad(this.id, (id) => this.api.get(id));
  protected readonly load = this.programLoad.state;
  protected readonly program = this.programLoad.value;
  protected readonly notFound = computed(() => this.programLoad.failure() === 404);

  private readonly signUpLoad = keyedLoad(this.id, (id) =>
    forkJoin({ offer: this.api.myMentorProfile(id), request: this.api.myMenteeRequest(id) }),
  );
  protected readonly signUp = this.signUpLoad.value;
  protected readonly signUpFailed = computed(() => this.signUpLoad.failure() !== null);

  /** The sign-ups, asked only once the program says the viewer manages it. */
  private readonly managedId = computed(() => (this.program()?.mayManage ? this.id() : null));
  private readonly signUpsLoad = keyedLoad(
    this.managedId,
    (id): Observable<SignUps | null> =>
      id ? forkJoin({ mentors: this.api.mentorProfiles(id), mentees: this.api.menteeRequests(id) }) : of(null),
  );
  protected readonly signUps = this.signUpsLoad.value;
  protected readonly signUpsFailed = computed(() => this.signUpsLoad.failure() !== null);

  protected readonly activeOffer = computed(() => {
    const offer = this.signUp()?.offer;
    return offer && (offer.status === 'pending' || offer.status === 'approved') ? offer : null;
  });
  protected readonly openRequest = computed(() => {
    const request = this.signUp()?.request;
    return request?.status === 'open' ? request : null;
  });
  /** A declined offer stays on show: it was decided, and another offer here would be refused. */
  protected readonly declinedOffer = computed(() => {
    const offer = this.signUp()?.offer;
    return offer?.status === 'declined' ? offer : null;
  });
  protected readonly recruiting = computed(() => this.program()?.status === 'recruiting');
  protected readonly mayOffer = computed(
    () => this.recruiting() && !this.activeOffer() && !this.openRequest() && !this.declinedOffer(),
  );
  protected readonly mayAsk = computed(() => this.recruiting() && !this.activeOffer() && !this.openRequest());
  protected readonly nextStatus = computed<MentoringProgramStatus | null>(() => {
    const status = this.program()?.status;
    if (!status) return null;
    return MENTORING_PROGRAM_STATUSES[MENTORING_PROGRAM_STATUSES.indexOf(status) + 1] ?? null;
  });

  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);

  protected reload(): void {
    this.programLoad.reload();
  }

  protected labels(category: 'expertise' | 'language', keys: string[]): string {
    return keys.map((k) => taxonomyLabel(category, k, this.translator.locale())).join(', ');
  }

  protected moveOn(program: MentoringProgram, status: MentoringProgramStatus): void {
    const statusName = this.translator.t(`mentoring.programs.status.${status}`);
    this.confirmed(
      {
        title: this.translator.t('mentoring.programs.moveTitle'),
        message: this.translator.t('mentoring.programs.moveMessage', { name: program.name, status: statusName }),
        confirmLabel: this.translator.t('mentoring.programs.moveTo', { status: statusName }),
      },
      () => this.api.moveTo(program.id, status),
      (moved) => {
        this.programLoad.patch(() => moved);
        return this.translator.t('mentoring.programs.moved', { status: statusName });
      },
    );
  }

  protected withdrawOffer(program: MentoringProgram, offer: MentorProfile): void {
    this.confirmed(
      {
        title: this.translator.t('mentoring.programs.withdrawTitle'),
        message: this.translator.t('mentoring.programs.withdrawOfferMessage', { name: program.name }),
        confirmLabel: this.translator.t('mentoring.programs.withdrawOffer'),
      },
      () => this.api.withdrawMentorProfile(offer.id),
      (withdrawn) => {
        this.signUpLoad.patch((s): SignUp => ({ ...s, offer: withdrawn }));
        return this.translator.t('mentoring.programs.withdrawn');
      },
    );
  }

  protected withdrawRequest(program: MentoringProgram, request: MenteeRequest): void {
    this.confirmed(
      {
        title: this.translator.t('mentoring.programs.withdrawTitle'),
        message: this.translator.t('mentoring.programs.withdrawRequestMessage', { name: program.name }),
        confirmLabel: this.translator.t('mentoring.programs.withdrawRequest'),
      },
      () => this.api.withdrawMenteeRequest(request.id),
      (withdrawn) => {
        this.signUpLoad.patch((s): SignUp => ({ ...s, request: withdrawn }));
        return this.translator.t('mentoring.programs.withdrawn');
      },
    );
  }

  protected decide(profile: MentorProfile, decision: 'approve' | 'decline'): void {
    if (this.busy()) return;
    this.run(this.api.decideMentor(profile.id, decision), (decided) => {
      this.signUpsLoad.patch((s) =>
        s ? { ...s, mentors: s.mentors.map((m) => (m.id === decided.id ? decided : m)) } : s,
      );
      const key = decision === 'approve' ? 'mentoring.programs.approved' : 'mentoring.programs.declined';
      return this.translator.t(key, { name: profile.person.name });
    });
  }

  private confirmed<T>(
    texts: { title: string; message: string; confirmLabel: string },
    action: () => Observable<T>,
    done: (result: T) => string,
  ): void {
    if (this.busy()) return;
    confirmAction(this.dialog, texts).subscribe((yes) => {
      if (yes) this.run(action(), done);
    });
  }

  /** One action at a time; its outcome in words where the focus goes, so it is heard and seen. */
  private run<T>(request: Observable<T>, done: (result: T) => string): void {
    this.busy.set(true);
    this.failure.set(null);
    this.notice.set(null);
    request.subscribe({
      next: (result) => {
        this.busy.set(false);
        this.notice.set(done(result));
        this.focus('[data-testid=program-notice]');
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(errorMessageKey(error));
        this.focus('[data-testid=program-failure]');
      },
    });
  }
}
