import { ErrorCode, type JoinLinkView } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { firstValueFrom } from 'rxjs';

import { apiErrorCode } from '../../core/http/api-error';
import { DateTimePipe } from '../../core/i18n/format-pipes';
import { TranslatePipe } from '../../core/i18n/translate-pipe';
import { Translator } from '../../core/i18n/translator';
import { LiveRoomView } from '../room/live-room-view';
import { LiveFormat } from '../shared/live-format';
import { GuestApi } from './guest-api';

type JoinState = { status: 'loading' } | { status: 'error' } | { status: 'ready'; link: JoinLinkView };

/**
 * `/join/:token`, public: where a registrant's personal join link lands. Shows the session and whether the room is
 * open to the link, and while it is, the room itself, entered as the link's guest with the `token` for its handshake.
 */
@Component({
  selector: 'kp-join-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DateTimePipe, LiveRoomView, MatButtonModule, MatProgressBarModule, TranslatePipe],
  templateUrl: './join-page.html',
  styleUrl: './guest-page.scss',
  host: { '[class.kp-in-room]': 'roomSessionId()' },
})
export class JoinPage {
  private readonly api = inject(GuestApi);
  protected readonly format = inject(LiveFormat);
  private readonly translator = inject(Translator);

  /** Route parameter, bound by withComponentInputBinding: the guest token of the socket handshake. */
  readonly token = input.required<string>();

  protected readonly state = signal<JoinState>({ status: 'loading' });

  protected readonly title = computed(() => {
    const s = this.state();
    if (s.status !== 'ready' || !s.link.title) return '';
    return s.link.title[this.translator.locale()] || s.link.title.fi;
  });

  /** The session whose room the guest is in: only while the link is open. */
  protected readonly roomSessionId = computed(() => {
    const s = this.state();
    return s.status === 'ready' && s.link.state === 'open' ? s.link.sessionId : null;
  });

  constructor() {
    effect(() => void this.load(this.token()));
  }

  protected async load(token: string): Promise<void> {
    this.state.set({ status: 'loading' });
    try {
      this.state.set({ status: 'ready', link: await firstValueFrom(this.api.joinLink(token)) });
    } catch (error) {
      // A link too mangled for the route to answer reads as one that does not work.
      this.state.set(
        apiErrorCode(error) === ErrorCode.NotFound ? { status: 'ready', link: invalidLink() } : { status: 'error' },
      );
    }
  }

  protected retry(): void {
    void this.load(this.token());
  }
}

function invalidLink(): JoinLinkView {
  return { state: 'invalid', sessionId: null, title: null, startsAt: null, endsAt: null, opensAt: null, name: null };
}
