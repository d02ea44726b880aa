import type { Breakout, ErrorCode, LiveBreakoutEvent } from '@kotopaikka/contracts';

import { computed, DestroyRef, effect, inject, Injectable, signal, untracked } from '@angular/core';

import { LiveRoom } from './live-room';

/** The breakout group the room shows: the participant's own, or the one a host is visiting. */
export interface ShownGroup {
  id: string;
  name: string;
  endsAt: string | null;
  /** A host looking in, not a member: they may go back to the main room. */
  visiting: boolean;
}

/**
 * Which room the page shows while a breakout runs, provided beside `LiveRoom`: a participant's own group, or the
 * group a host visits; `null` is the main room. Chat, notes and board follow `shown`, so everyone is in one place
 * at a time, and everyone is back in the main room when the breakout ends. The breakout comes from
 * `breakout:current` when the room opens and from the room's events after.
 */
@Injectable()
export class RoomGroup {
  private readonly room = inject(LiveRoom);
  private readonly breakoutSignal = signal<Breakout | null>(null);
  private readonly visitingSignal = signal<string | null>(null);
  private readonly now = signal(Date.now());

  readonly breakout = this.breakoutSignal.asReadonly();
  /** The running breakout's group this participant is in, or `null`. */
  readonly mine = computed(() => {
    const b = this.breakoutSignal();
    const me = this.room.me()?.id;
    if (b?.status !== 'running' || !me) return null;
    return b.groups.find((g) => g.participantIds.includes(me)) ?? null;
  });
  readonly visiting = this.visitingSignal.asReadonly();
  readonly shown = computed<ShownGroup | null>(
    () => {
      const b = this.breakoutSignal();
      if (b?.status !== 'running') return null;
      const visited = b.groups.find((g) => g.id === this.visitingSignal());
      const group = visited ?? this.mine();
      return group ? { id: group.id, name: group.name, endsAt: b.endsAt, visiting: !!visited } : null;
    },
    { equal: (a, b) => a?.id === b?.id && a?.endsAt === b?.endsAt && a?.visiting === b?.visiting },
  );
  /** The running breakout's time left as `m:ss`, or `null`. */
  readonly remaining = computed(() => {
    const b = this.breakoutSignal();
    const endsAt = b?.status === 'running' ? b.endsAt : null;
    if (!endsAt) return null;
    const seconds = Math.max(0, Math.round((Date.parse(endsAt) - this.now()) / 1000));
    return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  });

  constructor() {
    let seenEvent = false;
    const subscription = this.room
      .on<LiveBreakoutEvent['type']>('breakout.prepared', 'breakout.started', 'breakout.ended')
      .subscribe((e) => {
        seenEvent = true;
        const event = e as LiveBreakoutEvent;
        if (event.type === 'breakout.ended') this.show(null);
        else if (event.type !== 'breakout.broadcast') this.show(event.data);
      });
    let asked = false;
    effect(() => {
      if (!this.room.me() || asked) return;
      asked = true;
      // The events applied so far are older than what `breakout:current` answers; an event after the request is newer.
      seenEvent = false;
      untracked(() => {
        void this.room.request('breakout:current', { sessionId: this.room.id }).then((ack) => {
          if (ack.ok && !seenEvent) this.show(ack.breakout);
        });
      });
    });
    // The server keeps a host's visit on the socket only: after a reconnection the host asks again.
    effect(() => {
      const state = this.room.connectionState();
      const visiting = untracked(() => this.visitingSignal());
      if (state === 'back' && visiting)
        untracked(() => void this.room.request('breakout:visit', { sessionId: this.room.id, groupId: visiting }));
    });
    const tick = setInterval(() => this.now.set(Date.now()), 1000);
    inject(DestroyRef).onDestroy(() => {
      subscription.unsubscribe();
      clearInterval(tick);
    });
  }

  /** A host looks in on a group (its chat, notes and board), or comes back to the main room with `null`. */
  async visit(groupId: string | null): Promise<{ ok: true } | { ok: false; code: ErrorCode }> {
    const ack = await this.room.request('breakout:visit', { sessionId: this.room.id, groupId });
    if (ack.ok) this.visitingSignal.set(groupId);
    return ack.ok ? { ok: true } : { ok: false, code: ack.code };
  }

  private show(breakout: Breakout | null | undefined): void {
    this.breakoutSignal.set(breakout ?? null);
    const visiting = this.visitingSignal();
    if (visiting && (breakout?.status !== 'running' || !breakout.groups.some((g) => g.id === visiting)))
      this.visitingSignal.set(null);
  }
}
