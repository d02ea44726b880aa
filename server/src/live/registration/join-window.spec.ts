import { joinState, registrationState, type SessionClock } from './join-window';

const START = new Date('2026-12-10T07:00:00Z');
const END = new Date('2026-12-10T08:00:00Z');
const at = (iso: string, status = 'scheduled'): SessionClock => ({
  status,
  startsAt: START,
  endsAt: END,
  now: new Date(iso),
});

describe('the join window', () => {
  it('opens 30 minutes before the start and closes at the end, unless a host keeps the session live', () => {
    expect(joinState(at('2026-12-10T06:29:59Z'), 'registered')).toBe('early');
    expect(joinState(at('2026-12-10T06:30:00Z'), 'registered')).toBe('open');
    expect(joinState(at('2026-12-10T07:59:59Z', 'live'), 'registered')).toBe('open');
    expect(joinState(at('2026-12-10T08:00:00Z'), 'registered')).toBe('over');
    expect(joinState(at('2026-12-10T08:10:00Z', 'live'), 'registered')).toBe('open');
    expect(joinState(at('2026-12-10T07:10:00Z', 'ended'), 'registered')).toBe('over');
  });

  it('admits no one on a cancelled registration, a cancelled session or the waitlist', () => {
    expect(joinState(at('2026-12-10T07:10:00Z'), 'cancelled')).toBe('invalid');
    expect(joinState(at('2026-12-10T07:10:00Z', 'cancelled'), 'registered')).toBe('cancelled');
    expect(joinState(at('2026-12-10T07:10:00Z'), 'waitlisted')).toBe('waitlisted');
    // Over wins over waiting: the page says the session is over, not that a seat may still come.
    expect(joinState(at('2026-12-10T09:00:00Z'), 'waitlisted')).toBe('over');
  });

  it('shows the registration page as cancelled, over, full or open, in that order', () => {
    expect(registrationState(at('2026-12-10T07:10:00Z', 'cancelled'), true)).toBe('cancelled');
    expect(registrationState(at('2026-12-10T09:00:00Z'), true)).toBe('over');
    expect(registrationState(at('2026-12-10T07:10:00Z'), false)).toBe('full');
    expect(registrationState(at('2026-12-10T07:10:00Z', 'live'), true)).toBe('open');
  });
});
