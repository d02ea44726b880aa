import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import { TranslatePipe } from '../../core/i18n/translate-pipe';
import type { RoomConnectionState } from './live-room';

/**
 * The room's connection in words, seen and heard: "reconnecting…" while the socket is down, "back" for a moment
 * after. The live region is always on the page, so a change is announced politely and never takes the focus.
 */
@Component({
  selector: 'kp-connection-status',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="kp-connection" aria-live="polite" [attr.data-state]="state()" data-testid="room-connection">
      @switch (state()) {
        @case ('connecting') {
          {{ 'live.room.connection.connecting' | t }}
        }
        @case ('reconnecting') {
          <span class="kp-dot" aria-hidden="true"></span>{{ 'live.room.connection.reconnecting' | t }}
        }
        @case ('back') {
          {{ 'live.room.connection.back' | t }}
        }
      }
    </p>
  `,
  styles: `
    .kp-connection {
      margin: 0;
      font-weight: 600;
      min-block-size: 1.5em;
    }
    .kp-connection[data-state='reconnecting'] {
      color: #8c1d18;
    }
    .kp-connection[data-state='back'] {
      color: #1b5e20;
    }
    .kp-dot {
      display: inline-block;
      inline-size: 0.6em;
      block-size: 0.6em;
      margin-inline-end: 0.4em;
      border-radius: 50%;
      background: currentColor;
    }
  `,
})
export class ConnectionStatus {
  readonly state = input.required<RoomConnectionState>();
}
