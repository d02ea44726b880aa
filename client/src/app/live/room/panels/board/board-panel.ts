import type { ErrorCode, LIVE_BOARD_LIMITS, LiveBoard, LiveBoardCard, LiveBoardEvent } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { TranslatePipe } from '../../../../core/i18n/translate-pipe';
import { Translator } from '../../../../core/i18n/translator';
import { LiveRoom } from '../../live-room';

// The contracts' limits, checked equal by the compiler; importing the value would put it in the initial bundle.
const LIMITS = { titleMax: 200, cardMax: 500, groupLabelMax: 100, dotsMin: 1, dotsMax: 50 } as const satisfies Pick<
  typeof LIVE_BOARD_LIMITS,
  'titleMax' | 'cardMax' | 'groupLabelMax' | 'dotsMin' | 'dotsMax'
>;

const BOARD_EVENTS: LiveBoardEvent['type'][] = [
  'board.created',
  'board.card',
  'board.grouped',
  'board.merged',
  'board.voted',
  'board.revealed',
  'board.closed',
];

/**
 * The room's idea boards: hosts create one (prompts as columns, dots per participant, votes hidden until reveal),
 * everyone adds cards and spends dots, hosts group, merge, reveal and close. The server's `board:list` is the truth
 * (ranks, what the viewer may see, their own dots); the room's board events say when to read it again.
 */
@Component({
  selector: 'kp-board-panel',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './board-panel.html',
  styleUrl: './board-panel.scss',
})
export class BoardPanel {
  protected readonly room = inject(LiveRoom);
  private readonly translator = inject(Translator);
  protected readonly limits = LIMITS;

  protected readonly boards = signal<LiveBoard[] | null>(null);
  protected readonly failure = signal<ErrorCode | 'unknown' | null>(null);
  protected readonly announcement = signal('');
  protected readonly creating = signal(false);

  private refreshing = false;
  private again = false;

  constructor() {
    const subscription = this.room.on(...BOARD_EVENTS).subscribe(() => void this.refresh());
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
    void this.refresh();
  }

  protected liveCards(board: LiveBoard, promptId: string): LiveBoardCard[] {
    return board.cards.filter((c) => c.promptId === promptId && !c.mergedInto);
  }

  protected otherCards(board: LiveBoard, card: LiveBoardCard): LiveBoardCard[] {
    return board.cards.filter((c) => c.id !== card.id && !c.mergedInto);
  }

  protected dotsLeft(board: LiveBoard): number {
    return Math.max(0, board.dotsPerParticipant - board.myDotsUsed);
  }

  /** The ranked result, per prompt, once the votes are out. */
  protected ranked(board: LiveBoard, promptId: string): LiveBoardCard[] {
    return this.liveCards(board, promptId)
      .filter((c) => c.rank !== null)
      .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || (b.votes ?? 0) - (a.votes ?? 0));
  }

  protected async create(form: HTMLFormElement): Promise<void> {
    const data = new FormData(form);
    const prompts = String(data.get('prompts') ?? '')
      .split('\n')
      .map((p) => p.trim())
      .filter(Boolean);
    const ack = await this.run(
      () =>
        this.room.request('board:create', {
          sessionId: this.room.id,
          title: String(data.get('title') ?? '').trim(),
          prompts,
          dotsPerParticipant: Number(data.get('dots')),
          hideVotes: data.get('hideVotes') === 'on',
        }),
      'live.board.created',
    );
    if (ack) {
      form.reset();
      this.creating.set(false);
    }
  }

  protected async addCard(board: LiveBoard, promptId: string, input: HTMLTextAreaElement): Promise<void> {
    const text = input.value.trim();
    if (!text) return;
    const done = await this.run(
      () => this.room.request('board:add-card', { sessionId: this.room.id, boardId: board.id, promptId, text }),
      'live.board.cardAdded',
    );
    if (done) input.value = '';
  }

  protected async vote(board: LiveBoard, card: LiveBoardCard, delta: 1 | -1): Promise<void> {
    const ack = await this.room.request('board:vote', { sessionId: this.room.id, cardId: card.id, delta });
    if (!ack.ok) {
      this.failure.set(ack.code);
      return;
    }
    this.failure.set(null);
    this.boards.update((list) =>
      (list ?? []).map((b) =>
        b.id !== board.id
          ? b
          : {
              ...b,
              myDotsUsed: ack.myDotsUsed,
              cards: b.cards.map((c) =>
                c.id === card.id ? { ...c, myVotes: ack.myVotes, votes: ack.votes ?? c.votes } : c,
              ),
            },
      ),
    );
    this.announcement.set(
      this.translator.t('live.board.dotsLeft', { count: Math.max(0, board.dotsPerParticipant - ack.myDotsUsed) }),
    );
  }

  protected group(card: LiveBoardCard, input: HTMLInputElement): Promise<unknown> {
    const label = input.value.trim() || null;
    return this.run(
      () => this.room.request('board:group', { sessionId: this.room.id, cardIds: [card.id], label }),
      label ? 'live.board.grouped' : 'live.board.ungrouped',
    );
  }

  protected merge(card: LiveBoardCard, select: HTMLSelectElement): Promise<unknown> {
    if (!select.value) return Promise.resolve();
    return this.run(
      () => this.room.request('board:merge', { sessionId: this.room.id, cardId: card.id, intoCardId: select.value }),
      'live.board.merged',
    );
  }

  protected reveal(board: LiveBoard): Promise<unknown> {
    return this.run(
      () => this.room.request('board:reveal', { sessionId: this.room.id, boardId: board.id }),
      'live.board.revealed',
    );
  }

  protected close(board: LiveBoard): Promise<unknown> {
    return this.run(
      () => this.room.request('board:close', { sessionId: this.room.id, boardId: board.id }),
      'live.board.closed',
    );
  }

  private async run(action: () => Promise<{ ok: boolean; code?: ErrorCode }>, doneKey: string): Promise<boolean> {
    const ack = await action();
    if (!ack.ok) {
      this.failure.set(ack.code ?? 'unknown');
      return false;
    }
    this.failure.set(null);
    this.announcement.set(this.translator.t(doneKey));
    return true;
  }

  /** One `board:list` at a time; events during it ask for one more after. */
  private async refresh(): Promise<void> {
    if (this.refreshing) {
      this.again = true;
      return;
    }
    this.refreshing = true;
    try {
      do {
        this.again = false;
        const ack = await this.room.request('board:list', { sessionId: this.room.id });
        // Newest first; an answer without boards (an older server) reads as none.
        if (ack.ok) this.boards.set([...(ack.boards ?? [])].reverse());
      } while (this.again);
    } finally {
      this.refreshing = false;
    }
  }
}
