import {
  type LiveSessionDetail,
  RSVP_ANSWERS,
  type RsvpAnswer,
  type RsvpResult,
  type RsvpState,
} from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';

import { errorMessageKey } from '../../core/http/api-error';
import { keyedLoad } from '../../core/http/keyed-load';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { confirmAction } from '../../ui/dialog/confirm-dialog';
import { focusAfterRender } from '../../ui/focus/focus-after-render';
import { LiveSessionsApi } from '../data-access/live-sessions-api';
import { LiveFormat } from '../shared/live-format';

/** The answer that leads to a state: which RSVP button shows as chosen. */
const ANSWER_OF: Record<RsvpState, RsvpAnswer> = { going: 'yes', waitlisted: 'yes', declined: 'no', maybe: 'maybe' };

/** `/live/:id`: what, when and who; RSVP with the seat or waitlist it lands on; calendar file; the way into the room. */
@Component({
  selector: 'kp-live-session-page',
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './live-session-page.html',
  styleUrls: ['../shared/live-page.scss', './live-session-page.scss'],
})
export class LiveSessionPage {
  private readonly api = inject(LiveSessionsApi);
  private readonly dialog = inject(MatDialog);
  private readonly translator = inject(Translator);
  private readonly focus = focusAfterRender();
  protected readonly format = inject(LiveFormat);
  protected readonly answers = RSVP_ANSWERS;

  /** Route parameter, bound by withComponentInputBinding. */
  readonly id = input.required<string>();

  private readonly loader = keyedLoad(this.id, (id) => this.api.get(id));
  protected readonly load = this.loader.state;
  protected readonly session = this.loader.value;
  protected readonly notFound = computed(() => this.loader.failure() === 404);
  protected readonly chosenAnswer = computed(() => {
    const state = this.session()?.myRsvp;
    return state ? ANSWER_OF[state] : null;
  });
  protected readonly mayRsvp = computed(() => {
    const s = this.session();
    return !!s && s.mayJoin && !s.hosting && (s.status === 'scheduled' || s.status === 'live');
  });
  /** The video call is for a session still to come or running: an ended or cancelled one's link leads nowhere useful. */
  protected readonly videoUrl = computed(() => {
    const s = this.session();
    return s && (s.status === 'scheduled' || s.status === 'live') ? s.videoUrl : null;
  });
  protected readonly calendarUrl = computed(() => this.api.calendarFileUrl(this.id()));
  protected readonly sending = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);

  protected reload(): void {
    this.loader.reload();
  }

  protected rsvp(answer: RsvpAnswer): void {
    if (this.sending()) return;
    this.sending.set(true);
    this.failure.set(null);
    this.api.rsvp(this.id(), answer).subscribe({
      next: (result) => {
        this.sending.set(false);
        this.patch((s) => withRsvp(s, result));
        this.focus('[data-testid=rsvp-state]');
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.failure.set(errorMessageKey(error));
        this.focus('[data-testid=rsvp-failure]');
      },
    });
  }

  /** The viewer's RSVP state in words: going, on the waitlist at position n, declined, maybe. */
  protected rsvpText(session: LiveSessionDetail): string {
    const state = session.myRsvp;
    if (!state) return this.translator.t('live.rsvp.none');
    if (state === 'waitlisted' && session.waitlistPosition !== null)
      return this.translator.t('live.rsvp.state.waitlistedAt', { position: session.waitlistPosition });
    return this.translator.t(`live.rsvp.state.${state}`);
  }

  protected cancelSession(session: LiveSessionDetail): void {
    confirmAction(this.dialog, {
      title: this.translator.t('live.detail.cancelTitle'),
      message: this.translator.t('live.detail.cancelMessage', { title: this.format.text(session.title) }),
      confirmLabel: this.translator.t('live.detail.cancel'),
    }).subscribe((confirmed) => {
      if (!confirmed) return;
      this.failure.set(null);
      this.api.cancel(session.id).subscribe({
        next: () => {
          this.patch((s) => ({ ...s, status: 'cancelled', mayJoin: false }));
          this.notice.set('live.detail.cancelled');
          this.focus('[data-testid=live-notice]');
        },
        error: (error: unknown) => {
          this.failure.set(errorMessageKey(error));
          this.focus('[data-testid=rsvp-failure]');
        },
      });
    });
  }

  protected hostNames(session: LiveSessionDetail): string {
    return session.hosts.map((h) => h.name).join(', ');
  }

  private patch(change: (session: LiveSessionDetail) => LiveSessionDetail): void {
    this.loader.patch(change);
  }
}

/** The session as the RSVP left it: the state, the waitlist place, and the seat counted in or out. */
function withRsvp(session: LiveSessionDetail, result: RsvpResult): LiveSessionDetail {
  const before = session.myRsvp === 'going' ? 1 : 0;
  const after = result.state === 'going' ? 1 : 0;
  return {
    ...session,
    myRsvp: result.state,
    waitlistPosition: result.waitlistPosition,
    seatsTaken: Math.max(0, session.seatsTaken + after - before),
  };
}
