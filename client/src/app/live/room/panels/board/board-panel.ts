import type { ErrorCode, LIVE_BOARD_LIMITS, LiveBoard, LiveBoardCard, LiveBoardEvent } from '@kotopaikka/contracts';

import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { TranslatePipe } from '../../../../core/i18n/translate-pipe';
import { Translator } from '../../../../core/i18n/translator';
import { LiveRoom } from '../../live-room';
import { RoomGroup } from '../../room-group';
import { applyBoardEvent } from './board-events';

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
 * The room's idea boards, or the shown breakout group's (RoomGroup): hosts create one (prompts as columns, dots per
 * participant, votes hidden until reveal), or one for every group at once; everyone adds cards and spends dots, hosts
 * group, merge, reveal and close. `board:list` is read when the panel opens, when the shown room changes and after
 * a reconnection (the server's word on ranks, what the viewer may see, their own dots); in between each board event
 * is applied to what is on screen (board-events.ts).
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
  private readonly roomGroup = inject(RoomGroup);
  protected readonly limits = LIMITS;

  /** Every board the viewer may see (their groups' too), newest first; the shown room's are `boards`. */
  private readonly all = signal<LiveBoard[] | null>(null);
  protected readonly shownGroup = this.roomGroup.shown;
  /**
   * The shown room's boards. Back in the main room after a breakout, the groups' boards the viewer may see come too
   * (labelled with their group), so the plenary can go through them and hosts can still reveal and close them.
   */
  protected readonly boards = computed(() => {
    const groupId = this.shownGroup()?.id ?? null;
    const groupsToo = groupId === null && this.breakoutEnded();
    return this.all()?.filter((b) => b.groupId === groupId || (groupsToo && b.groupId !== null)) ?? null;
  });
  // A boolean of its own: the breakout's other changes (its timer, its groups) do not redraw the boards. Not known
  // yet (the room's answer on its way) is not ended: a group member never sees the other groups' boards go by.
  private readonly breakoutEnded = computed(() => this.roomGroup.breakout()?.status === 'ended');
  /** A host in the main room while a breakout runs may make a board for every group in one go. */
  protected readonly mayCreateForGroups = computed(
    () => this.room.isHost() && !this.shownGroup() && this.roomGroup.breakout()?.status === 'running',
  );
  protected readonly failure = signal<ErrorCode | 'unknown' | null>(null);
  protected readonly announcement = signal('');
  protected readonly creating = signal(false);

  private refreshing = false;
  private again = false;
  /** Events that came while a list was on its way, applied to its answer (applying one twice changes nothing). */
  private pending: LiveBoardEvent[] = [];

  constructor() {
    // What the room applied before the panel opened is in the first list already.
    const seenBefore = this.room.lastSeq();
    const subscription = this.room.on(...BOARD_EVENTS).subscribe((e) => {
      if (e.seq <= seenBefore) return;
      const event = e as LiveBoardEvent;
      if (this.refreshing) this.pending.push(event);
      this.all.update((list) => (list ? this.apply(list, event) : list));
    });
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
    // Read again when the shown room changes (a visiting host heard nothing of that group's boards) and after a
    // reconnection, whose replay may have skipped what was there before this tab saw it.
    effect(() => {
      this.shownGroup();
      untracked(() => void this.refresh());
    });
    effect(() => {
      if (this.room.connectionState() === 'back') untracked(() => void this.refresh());
    });
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

  /** A board for the shown room (the main room or the visited group), or for every group when so ticked. */
  protected async create(form: HTMLFormElement): Promise<void> {
    const data = new FormData(form);
    const prompts = String(data.get('prompts') ?? '')
      .split('\n')
      .map((p) => p.trim())
      .filter(Boolean);
    const settings = {
      sessionId: this.room.id,
      title: String(data.get('title') ?? '').trim(),
      prompts,
      dotsPerParticipant: Number(data.get('dots')),
      hideVotes: data.get('hideVotes') === 'on',
    };
    const groupId = this.shownGroup()?.id;
    let done: boolean;
    if (this.mayCreateForGroups() && data.get('everyGroup') === 'on') {
      const ack = await this.room.request('board:create-for-groups', settings);
      done = this.settle(
        ack,
        ack.ok ? this.translator.t('live.board.createdForGroups', { count: ack.boards.length }) : '',
      );
      if (ack.ok) this.all.update((list) => ack.boards.reduce((l, b) => this.added(l, b), list ?? []));
    } else {
      const ack = await this.room.request('board:create', groupId ? { ...settings, groupId } : settings);
      done = this.settle(ack, this.translator.t('live.board.created'));
      if (ack.ok) this.all.update((list) => this.added(list ?? [], ack.board));
    }
    if (done) {
      form.reset();
      this.creating.set(false);
    }
  }

  protected groupName(board: LiveBoard): string | null {
    return board.groupName ?? this.roomGroup.breakout()?.groups.find((g) => g.id === board.groupId)?.name ?? null;
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
    this.all.update((list) =>
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
    return this.settle(await action(), this.translator.t(doneKey));
  }

  private settle(ack: { ok: boolean; code?: ErrorCode }, done: string): boolean {
    if (!ack.ok) {
      this.failure.set(ack.code ?? 'unknown');
      return false;
    }
    this.failure.set(null);
    this.announcement.set(done);
    return true;
  }

  private apply(list: LiveBoard[], event: LiveBoardEvent): LiveBoard[] {
    const me = { host: this.room.isHost(), sessionId: this.room.id };
    return applyBoardEvent(list, event, me);
  }

  /**
   * A board the server answered a create with, newest first, unless the room's own `board.created` brought it
   * already: what is on screen then is at least as new (later events may have been applied to it before this answer).
   */
  private added(list: LiveBoard[], board: LiveBoard): LiveBoard[] {
    return list.some((b) => b.id === board.id) ? list : [board, ...list];
  }

  /** One `board:list` at a time; a second ask meanwhile reads once more after. */
  private async refresh(): Promise<void> {
    if (this.refreshing) {
      this.again = true;
      return;
    }
    this.refreshing = true;
    try {
      do {
        this.again = false;
        this.pending = [];
        const ack = await this.room.request('board:list', { sessionId: this.room.id });
        // Newest first; an answer without boards (an older server) reads as none.
        if (ack.ok)
          this.all.set(this.pending.reduce((list, e) => this.apply(list, e), [...(ack.boards ?? [])].reverse()));
      } while (this.again);
    } finally {
      this.refreshing = false;
      this.pending = [];
    }
  }
}
