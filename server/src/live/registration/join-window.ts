import { JOIN_OPENS_BEFORE_MINUTES, type JoinLinkState, type PublicLiveSession } from '@kotopaikka/contracts';

/** What the join window and the registration page need of a session, with the database's clock. */
export interface SessionClock {
  status: string;
  startsAt: Date;
  endsAt: Date;
  /** `now()` of the same query, so a test that moves times in SQL and the server agree. */
  now: Date;
}

/** A session is over once it ended, or once its end has passed without a host keeping it live. */
export function isOver(s: SessionClock): boolean {
  return s.status === 'ended' || (s.status !== 'live' && s.now.getTime() >= s.endsAt.getTime());
}

export function opensAt(startsAt: Date): Date {
  return new Date(startsAt.getTime() - JOIN_OPENS_BEFORE_MINUTES * 60_000);
}

/** Where a registrant's join link stands: the room admits it from 30 minutes before the start until the end. */
export function joinState(s: SessionClock, registration: 'registered' | 'waitlisted' | 'cancelled'): JoinLinkState {
  if (registration === 'cancelled') return 'invalid';
  if (s.status === 'cancelled') return 'cancelled';
  if (isOver(s)) return 'over';
  if (registration === 'waitlisted') return 'waitlisted';
  if (s.now.getTime() < opensAt(s.startsAt).getTime()) return 'early';
  return 'open';
}

/** The registration page's state: cancelled and over first, then whether a seat is free. */
export function registrationState(s: SessionClock, seatFree: boolean): PublicLiveSession['state'] {
  if (s.status === 'cancelled') return 'cancelled';
  if (isOver(s)) return 'over';
  return seatFree ? 'open' : 'full';
}
