import {
  type ErrorCode,
  LIVE_POLL_LIMITS,
  type LivePoll,
  type LivePollEvent,
  type LivePollKind,
  type LivePollResults,
  type LiveRoomEvent,
} from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';

import { TranslatePipe } from '../../../../core/i18n/translate-pipe';
import { Translator } from '../../../../core/i18n/translator';
import { focusAfterRender } from '../../../../ui/focus/focus-after-render';
import { LiveRoom } from '../../live-room';
import { announceable } from '../panel-support';

interface DraftOption {
  key: number;
  text: string;
  correct: boolean;
}

type CreateProblem = 'question' | 'options' | 'oneCorrect' | ErrorCode;

const L = LIVE_POLL_LIMITS;

/**
 * Polls: hosts open one (single or multiple choice, anonymous by default, optionally with correct answers) and
 * close it; everyone votes once and sees the counts live, as numbers and as bars; in a quiz only the voter learns
 * whether they were right. A newly opened poll is announced politely; the focus stays where it is.
 */
@Component({
  selector: 'kp-polls-panel',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './polls-panel.html',
  styleUrl: './polls-panel.scss',
})
export class PollsPanel {
  private readonly room = inject(LiveRoom);
  private readonly translator = inject(Translator);
  private readonly destroyRef = inject(DestroyRef);
  private readonly focus = focusAfterRender();

  protected readonly limits = L;
  protected readonly isHost = this.room.isHost;
  protected readonly polls = signal<LivePoll[]>([]);
  protected readonly loadFailure = signal<ErrorCode | null>(null);
  protected readonly announcement = signal('');
  /** The options chosen in each open poll before voting. */
  protected readonly choices = signal<Record<string, readonly string[]>>({});
  protected readonly voteFailure = signal<Record<string, ErrorCode | 'none'>>({});
  protected readonly busy = signal<ReadonlySet<string>>(new Set());
  protected readonly domId = `kp-polls-${Math.random().toString(36).slice(2, 8)}`;

  // The host's form.
  protected readonly creating = signal(false);
  protected readonly question = signal('');
  protected readonly kind = signal<LivePollKind>('single');
  protected readonly anonymous = signal(true);
  protected readonly options = signal<DraftOption[]>([]);
  protected readonly createProblem = signal<CreateProblem | null>(null);
  private nextKey = 0;

  private listedAsOf: number | null = null;
  private readonly waiting: LiveRoomEvent[] = [];

  constructor() {
    this.resetForm();
    const askedAt = this.room.lastSeq();
    this.room
      .on<LivePollEvent['type']>('poll.opened', 'poll.results', 'poll.closed')
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((event) => {
        if (event.seq <= askedAt) return;
        if (this.listedAsOf === null) this.waiting.push(event);
        else this.apply(event as LivePollEvent, true);
      });
    void this.load(askedAt);
  }

  private async load(askedAt: number): Promise<void> {
    this.loadFailure.set(null);
    const ack = await this.room.request('poll:list', { sessionId: this.room.id });
    if (!ack.ok) {
      this.loadFailure.set(ack.code);
      return;
    }
    this.polls.set(ack.polls);
    this.listedAsOf = askedAt;
    for (const event of this.waiting.splice(0)) this.apply(event as LivePollEvent, false);
  }

  protected retry(): void {
    void this.load(this.room.lastSeq());
  }

  private apply(event: LivePollEvent, announce: boolean): void {
    switch (event.type) {
      case 'poll.opened': {
        if (this.polls().some((p) => p.id === event.data.id)) return;
        this.polls.update((list) => [...list, { ...event.data, correctOptionIds: null, myVote: null }]);
        if (announce)
          this.announcement.set(
            this.translator.t('live.polls.opened', { question: announceable(event.data.question) }),
          );
        break;
      }
      case 'poll.results':
        this.updatePoll(event.data.pollId, (p) => withResults(p, event.data));
        break;
      case 'poll.closed': {
        const { correctOptionIds } = event.data;
        this.updatePoll(event.data.pollId, (p) => ({
          ...withResults(p, event.data),
          status: 'closed',
          closedAt: event.at,
          correctOptionIds: correctOptionIds ?? p.correctOptionIds,
        }));
        const poll = this.polls().find((p) => p.id === event.data.pollId);
        if (announce && poll)
          this.announcement.set(this.translator.t('live.polls.closedNamed', { question: announceable(poll.question) }));
        break;
      }
    }
  }

  private updatePoll(pollId: string, change: (poll: LivePoll) => LivePoll): void {
    this.polls.update((list) => list.map((p) => (p.id === pollId ? change(p) : p)));
  }

  // Voting.

  protected chosen(pollId: string): readonly string[] {
    return this.choices()[pollId] ?? [];
  }

  protected choose(poll: LivePoll, optionId: string, checked: boolean): void {
    const now = this.chosen(poll.id);
    const next =
      poll.kind === 'single' ? [optionId] : checked ? [...now, optionId] : now.filter((id) => id !== optionId);
    this.choices.update((all) => ({ ...all, [poll.id]: next }));
    this.voteFailure.update((all) => {
      const rest = { ...all };
      delete rest[poll.id];
      return rest;
    });
  }

  protected async vote(poll: LivePoll): Promise<void> {
    if (this.busy().has(poll.id)) return;
    const optionIds = poll.options.map((o) => o.id).filter((id) => this.chosen(poll.id).includes(id));
    if (!optionIds.length) {
      this.voteFailure.update((all) => ({ ...all, [poll.id]: 'none' }));
      return;
    }
    this.setBusy(poll.id, true);
    const ack = await this.room.request('poll:vote', { sessionId: this.room.id, pollId: poll.id, optionIds });
    this.setBusy(poll.id, false);
    if (!ack.ok) {
      this.voteFailure.update((all) => ({ ...all, [poll.id]: ack.code }));
      return;
    }
    this.updatePoll(poll.id, (p) => ({ ...withResults(p, ack.results), myVote: { optionIds, correct: ack.correct } }));
    this.announcement.set(
      this.translator.t(
        ack.correct === true
          ? 'live.polls.votedRight'
          : ack.correct === false
            ? 'live.polls.votedWrong'
            : 'live.polls.voted',
      ),
    );
    this.focus(`#${this.domId}-poll-${poll.id}-result`);
  }

  protected async close(poll: LivePoll): Promise<void> {
    if (this.busy().has(poll.id)) return;
    this.setBusy(poll.id, true);
    const ack = await this.room.request('poll:close', { sessionId: this.room.id, pollId: poll.id });
    this.setBusy(poll.id, false);
    if (!ack.ok) {
      this.voteFailure.update((all) => ({ ...all, [poll.id]: ack.code }));
      return;
    }
    this.updatePoll(poll.id, (p) => ({ ...withResults(p, ack.results), status: 'closed' }));
    this.announcement.set(this.translator.t('live.polls.closedNamed', { question: announceable(poll.question) }));
  }

  private setBusy(pollId: string, on: boolean): void {
    this.busy.update((set) => {
      const next = new Set(set);
      if (on) next.add(pollId);
      else next.delete(pollId);
      return next;
    });
  }

  protected share(poll: LivePoll, votes: number): number {
    return poll.voters ? Math.round((votes / poll.voters) * 100) : 0;
  }

  protected isCorrect(poll: LivePoll, optionId: string): boolean {
    return poll.correctOptionIds?.includes(optionId) ?? false;
  }

  protected isMine(poll: LivePoll, optionId: string): boolean {
    return poll.myVote?.optionIds.includes(optionId) ?? false;
  }

  // Creating (hosts).

  protected openForm(): void {
    this.creating.set(true);
    this.focus(`#${this.domId}-question`);
  }

  protected cancelForm(): void {
    this.creating.set(false);
    this.resetForm();
    this.focus(`#${this.domId}-new`);
  }

  protected addOption(): void {
    if (this.options().length >= L.optionsMax) return;
    const key = this.nextKey++;
    this.options.update((list) => [...list, { key, text: '', correct: false }]);
    this.focus(`#${this.domId}-option-${key}`);
  }

  protected removeOption(key: number): void {
    if (this.options().length <= L.optionsMin) return;
    const index = this.options().findIndex((o) => o.key === key);
    this.options.update((list) => list.filter((o) => o.key !== key));
    const next = this.options()[Math.min(index, this.options().length - 1)];
    this.focus(`#${this.domId}-option-${next.key}`);
  }

  protected setOption(key: number, change: Partial<DraftOption>): void {
    this.options.update((list) => list.map((o) => (o.key === key ? { ...o, ...change } : o)));
  }

  protected inputValue(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected checkedValue(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }

  protected async create(): Promise<void> {
    const question = this.question().trim();
    const options = this.options().map((o) => ({ ...o, text: o.text.trim() }));
    const correctOptions = options.flatMap((o, i) => (o.correct ? [i] : []));
    const problem: CreateProblem | null = !question
      ? 'question'
      : options.some((o) => !o.text)
        ? 'options'
        : this.kind() === 'single' && correctOptions.length > 1
          ? 'oneCorrect'
          : null;
    this.createProblem.set(problem);
    if (problem) {
      this.focus(`#${this.domId}-create-problem`);
      return;
    }
    const ack = await this.room.request('poll:create', {
      sessionId: this.room.id,
      question,
      kind: this.kind(),
      options: options.map((o) => o.text),
      anonymous: this.anonymous(),
      ...(correctOptions.length ? { correctOptions } : {}),
    });
    if (!ack.ok) {
      this.createProblem.set(ack.code);
      this.focus(`#${this.domId}-create-problem`);
      return;
    }
    if (!this.polls().some((p) => p.id === ack.poll.id)) this.polls.update((list) => [...list, ack.poll]);
    else this.updatePoll(ack.poll.id, () => ack.poll);
    this.creating.set(false);
    this.resetForm();
    this.focus(`#${this.domId}-poll-${ack.poll.id}`);
  }

  private resetForm(): void {
    this.question.set('');
    this.kind.set('single');
    this.anonymous.set(true);
    this.createProblem.set(null);
    this.options.set(Array.from({ length: L.optionsMin }, () => ({ key: this.nextKey++, text: '', correct: false })));
  }
}

function withResults(poll: LivePoll, results: LivePollResults): LivePoll {
  const votes = new Map(results.options.map((o) => [o.id, o.votes]));
  return {
    ...poll,
    voters: results.voters,
    options: poll.options.map((o) => ({ ...o, votes: votes.get(o.id) ?? o.votes })),
  };
}
