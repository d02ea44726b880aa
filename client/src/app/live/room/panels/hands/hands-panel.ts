import type { ErrorCode, LiveHand, LiveHandEvent, LiveKernelEvent, LiveRoomEvent } from '@kotopaikka/contracts';

import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';

import { TranslatePipe } from '../../../../core/i18n/translate-pipe';
import { Translator } from '../../../../core/i18n/translator';
import { LiveRoom } from '../../live-room';

/**
 * Raise hand: one's own hand up or down, the queue in the order hands went up, and for hosts a "lower" per hand.
 * Hosts hear "X raised a hand" politely; the queue on open comes from `hand:list`, then from the room's events.
 */
@Component({
  selector: 'kp-hands-panel',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="visually-hidden" aria-live="polite" data-testid="hands-announcement">{{ announcement() }}</p>
    <p data-testid="hands-mine">
      @if (myPosition(); as position) {
        {{ 'live.hands.yourPosition' | t: { position: position, count: hands().length } }}
      } @else {
        {{ 'live.hands.yoursDown' | t }}
      }
    </p>
    <button
      mat-flat-button
      type="button"
      [attr.aria-disabled]="busy() || null"
      (click)="toggleOwn()"
      data-testid="hands-toggle"
    >
      {{ (myPosition() ? 'live.hands.lower' : 'live.hands.raise') | t }}
    </button>
    @if (failure(); as code) {
      <p class="kp-error" role="alert" data-testid="hands-failure">{{ 'core.error.' + code | t }}</p>
    }
    <h3>{{ 'live.hands.queue' | t: { count: hands().length } }}</h3>
    @if (hands().length) {
      <ol data-testid="hands-queue">
        @for (hand of hands(); track hand.participantId; let i = $index) {
          <li>
            <span class="kp-hand-name">{{ hand.name }}</span>
            @if (hand.participantId === meId()) {
              <span class="kp-secondary">({{ 'live.room.you' | t }})</span>
            }
            <span class="visually-hidden">{{ 'live.hands.position' | t: { position: i + 1 } }}</span>
            @if (isHost() && hand.participantId !== meId()) {
              <button mat-button type="button" (click)="lower(hand)" data-testid="hands-lower-other">
                {{ 'live.hands.lowerName' | t: { name: hand.name } }}
              </button>
            }
          </li>
        }
      </ol>
    } @else {
      <p class="kp-secondary" data-testid="hands-empty">{{ 'live.hands.none' | t }}</p>
    }
  `,
  styles: `
    :host {
      display: grid;
      gap: 0.5rem;
      justify-items: start;
    }
    p,
    h3 {
      margin: 0;
    }
    h3 {
      font: var(--mat-sys-title-small);
    }
    ol {
      margin: 0;
      padding-inline-start: 1.75rem;
      justify-self: stretch;
    }
    li {
      padding-block: 0.125rem;
    }
    .kp-hand-name {
      font-weight: 600;
    }
    .kp-secondary {
      margin-inline-start: 0.5rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .kp-error {
      color: #8c1d18;
    }
  `,
})
export class HandsPanel {
  private readonly room = inject(LiveRoom);
  private readonly translator = inject(Translator);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly hands = signal<LiveHand[]>([]);
  protected readonly busy = signal(false);
  protected readonly failure = signal<ErrorCode | null>(null);
  protected readonly announcement = signal('');
  protected readonly isHost = this.room.isHost;
  protected readonly meId = computed(() => this.room.me()?.id ?? null);
  protected readonly myPosition = computed(() => {
    const index = this.hands().findIndex((h) => h.participantId === this.meId());
    return index < 0 ? null : index + 1;
  });

  /** Events up to the `hand:list` request are in its answer; the later ones wait for it. */
  private listedAsOf: number | null = null;
  private readonly waiting: LiveRoomEvent[] = [];

  constructor() {
    const askedAt = this.room.lastSeq();
    this.room
      .on<LiveHandEvent['type'] | 'participant.removed'>('hand.raised', 'hand.lowered', 'participant.removed')
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((event) => {
        if (event.seq <= askedAt) return;
        if (this.listedAsOf === null) this.waiting.push(event);
        else this.apply(event, true);
      });
    void this.load(askedAt);
  }

  private async load(askedAt: number): Promise<void> {
    const ack = await this.room.request('hand:list', { sessionId: this.room.id });
    if (!ack.ok) {
      this.failure.set(ack.code);
      return;
    }
    this.hands.set(ack.hands);
    this.listedAsOf = askedAt;
    // Applying an event already in the answer again changes nothing: raising and lowering are idempotent.
    for (const event of this.waiting.splice(0)) this.apply(event, false);
  }

  private apply(event: LiveRoomEvent, announce: boolean): void {
    const e = event as LiveHandEvent | LiveKernelEvent;
    switch (e.type) {
      case 'hand.raised': {
        const hand = { ...e.data, raisedAt: e.at };
        if (this.hands().some((h) => h.participantId === hand.participantId)) return;
        this.hands.update((list) => [...list, hand]);
        if (announce && this.isHost() && hand.participantId !== this.meId())
          this.announcement.set(this.translator.t('live.hands.raised', { name: hand.name }));
        break;
      }
      case 'hand.lowered':
      case 'participant.removed':
        this.hands.update((list) => list.filter((h) => h.participantId !== e.data.participantId));
        break;
    }
  }

  protected async toggleOwn(): Promise<void> {
    if (this.busy()) return;
    const raised = this.myPosition() !== null;
    this.busy.set(true);
    this.failure.set(null);
    const ack = raised
      ? await this.room.request('hand:lower', { sessionId: this.room.id })
      : await this.room.request('hand:raise', { sessionId: this.room.id });
    this.busy.set(false);
    if (!ack.ok) {
      this.failure.set(ack.code);
      return;
    }
    this.hands.set(ack.hands);
    this.announcement.set(this.translator.t(raised ? 'live.hands.youLowered' : 'live.hands.youRaised'));
  }

  protected async lower(hand: LiveHand): Promise<void> {
    this.failure.set(null);
    const ack = await this.room.request('hand:lower', { sessionId: this.room.id, participantId: hand.participantId });
    if (!ack.ok) {
      this.failure.set(ack.code);
      return;
    }
    this.hands.set(ack.hands);
    this.announcement.set(this.translator.t('live.hands.lowered', { name: hand.name }));
  }
}
