import type { LiveSessionSummary } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { catchError, map, of, startWith } from 'rxjs';

import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { LiveSessionsApi } from '../data-access/live-sessions-api';
import { LIVE_NOW } from '../shared/live-clock';
import { LiveFormat } from '../shared/live-format';

type State = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; sessions: LiveSessionSummary[] };

const SHOWN = 5;
const LOOK_AHEAD_DAYS = 60;
/** A session that started up to this long ago may still be on (the list bounds the start). */
const STARTED_WITHIN_MS = 12 * 3_600_000;

/** Home panel: the next sessions one hosts or is invited to (and has not declined), with links; the API lists only those one may see. */
@Component({
  selector: 'kp-live-home-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  template: `
    <section class="kp-home-panel" aria-labelledby="home-live-heading" data-testid="home-panel-live">
      <h2 id="home-live-heading">{{ 'home.live.title' | t }}</h2>
      @switch (state().status) {
        @case ('loading') {
          <p role="status">{{ 'home.loading' | t }}</p>
        }
        @case ('failed') {
          <p class="kp-error" role="alert">{{ 'home.failed' | t }}</p>
        }
      }
      @if (sessions(); as sessions) {
        @if (sessions.length) {
          <ul data-testid="home-live-sessions">
            @for (s of sessions; track s.id) {
              <li>
                <a [routerLink]="['/live', s.id]">{{ format.text(s.title) }}</a>
                <span> – {{ format.range(s.startsAt, s.endsAt) }}</span>
                @if (s.status === 'live') {
                  <strong> · {{ 'home.live.onNow' | t }}</strong>
                }
                @if (s.hosting) {
                  <span> · {{ 'home.live.hosting' | t }}</span>
                }
              </li>
            }
          </ul>
        } @else {
          <p>{{ 'home.live.none' | t }}</p>
        }
        <p>
          <a routerLink="/live">{{ 'home.live.all' | t }}</a>
        </p>
      }
    </section>
  `,
})
export class LiveHomePanel {
  private readonly api = inject(LiveSessionsApi);
  protected readonly format = inject(LiveFormat);
  private readonly now = inject(LIVE_NOW);

  protected readonly state = toSignal(
    this.upcoming().pipe(
      map((sessions): State => ({ status: 'ready', sessions })),
      catchError(() => of<State>({ status: 'failed' })),
      startWith<State>({ status: 'loading' }),
    ),
    { initialValue: { status: 'loading' } as State },
  );

  protected sessions(): LiveSessionSummary[] | null {
    const state = this.state();
    return state.status === 'ready' ? state.sessions : null;
  }

  private upcoming() {
    const now = this.now().getTime();
    return this.api
      .list({
        from: new Date(now - STARTED_WITHIN_MS).toISOString(),
        to: new Date(now + LOOK_AHEAD_DAYS * 86_400_000).toISOString(),
      })
      .pipe(
        map((sessions) =>
          sessions
            .filter(
              (s) =>
                (s.status === 'scheduled' || s.status === 'live') &&
                Date.parse(s.endsAt) > now &&
                s.myRsvp !== 'declined',
            )
            .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
            .slice(0, SHOWN),
        ),
      );
  }
}
