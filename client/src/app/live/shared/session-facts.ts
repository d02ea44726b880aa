import type { LiveSessionSummary } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';

import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { LiveFormat } from './live-format';

/** One session in a list: its title as the link, then time, kind, status, seats and the viewer's own part. */
@Component({
  selector: 'kp-live-session-item',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let s = session();
    <a class="kp-session-title" [routerLink]="['/live', s.id]" [class.kp-cancelled]="s.status === 'cancelled'">{{
      format.text(s.title)
    }}</a>
    <span class="kp-session-meta">
      <span>{{ showDay() ? format.range(s.startsAt, s.endsAt) : format.timeRange(s) }}</span>
      <span>{{ 'live.kind.' + s.kind | t }}</span>
      @if (s.status !== 'scheduled') {
        <span class="kp-session-status" [attr.data-status]="s.status">{{ 'live.status.' + s.status | t }}</span>
      }
      <span>{{
        s.capacity === null
          ? ('live.seats.taken' | t: { count: s.seatsTaken })
          : ('live.seats.ofCapacity' | t: { count: s.seatsTaken, capacity: s.capacity })
      }}</span>
      @if (s.hosting) {
        <span class="kp-session-mine">{{ 'live.hosting' | t }}</span>
      } @else if (s.myRsvp) {
        <span class="kp-session-mine">{{ 'live.myRsvp.' + s.myRsvp | t }}</span>
      }
    </span>
  `,
  styles: `
    :host {
      display: block;
    }
    .kp-session-title {
      font-weight: 600;
    }
    .kp-cancelled {
      text-decoration: line-through;
    }
    .kp-session-meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75rem;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .kp-session-status,
    .kp-session-mine {
      font-weight: 600;
      color: var(--mat-sys-on-surface);
    }
  `,
})
export class LiveSessionItem {
  protected readonly format = inject(LiveFormat);
  readonly session = input.required<LiveSessionSummary>();
  /** Show the date with the time (lists that are not grouped by day). */
  readonly showDay = input(false);
}
