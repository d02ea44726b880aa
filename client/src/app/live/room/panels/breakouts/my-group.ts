import type { Breakout, LiveBreakoutEvent } from '@kotopaikka/contracts';

import { DestroyRef, inject, type Signal, signal } from '@angular/core';

import type { LiveRoom } from '../../live-room';

export interface MyGroup {
  id: string;
  name: string;
  endsAt: string | null;
}

/**
 * The breakout group this participant is in while a breakout runs (or `null`): from `breakout:current` when the
 * panel opens and from the room's events after. Notes and chat follow it. Call in an injection context.
 */
export function myBreakoutGroup(room: LiveRoom): { group: Signal<MyGroup | null>; breakout: Signal<Breakout | null> } {
  const breakout = signal<Breakout | null>(null);
  const group = signal<MyGroup | null>(null);
  const show = (b: Breakout | null) => {
    breakout.set(b);
    const me = room.me()?.id;
    const mine = b?.status === 'running' ? b.groups.find((g) => !!me && g.participantIds.includes(me)) : undefined;
    const next = mine ? { id: mine.id, name: mine.name, endsAt: b?.endsAt ?? null } : null;
    const now = group();
    if (now?.id !== next?.id || now?.endsAt !== next?.endsAt) group.set(next);
  };
  let seenEvent = false;
  const subscription = room
    .on<LiveBreakoutEvent['type']>('breakout.prepared', 'breakout.started', 'breakout.ended')
    .subscribe((e) => {
      seenEvent = true;
      const event = e as LiveBreakoutEvent;
      if (event.type === 'breakout.ended') show(null);
      else if (event.type !== 'breakout.broadcast') show(event.data);
    });
  // The replayed history above is older than what `breakout:current` answers; an event after the request is newer.
  seenEvent = false;
  void room.request('breakout:current', { sessionId: room.id }).then((ack) => {
    if (ack.ok && !seenEvent) show(ack.breakout);
  });
  inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  return { group: group.asReadonly(), breakout: breakout.asReadonly() };
}
