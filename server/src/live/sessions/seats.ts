import type { EntityManager } from 'typeorm';

/** A session's row locked for a change of its seats, with what a capacity check needs. */
export interface SeatLock {
  capacity: number | null;
  status: string;
  endsAt: Date;
}

/**
 * Locks the session row: RSVPs and registrations of one session queue up here, so two people can never
 * take the last seat at once. `null` when there is no such session.
 */
export async function lockSeats(m: EntityManager, sessionId: string): Promise<SeatLock | null> {
  const rows: { capacity: number | null; status: string; ends_at: Date }[] = await m.query(
    `SELECT capacity, status, ends_at FROM live_session WHERE id = $1 FOR UPDATE`,
    [sessionId],
  );
  return rows[0] ? { capacity: rows[0].capacity, status: rows[0].status, endsAt: rows[0].ends_at } : null;
}

/** Seats taken: invitees who answered yes and registrants who hold a place (not the waitlist). */
export async function seatsTaken(m: EntityManager, sessionId: string): Promise<number> {
  const rows: { n: string }[] = await m.query(
    `SELECT (SELECT count(*) FROM live_rsvp WHERE session_id = $1 AND state = 'going')
          + (SELECT count(*) FROM live_registration WHERE session_id = $1 AND state = 'registered') AS n`,
    [sessionId],
  );
  return Number(rows[0]?.n ?? 0);
}

/** Whether one more seat fits. */
export function hasSeat(lock: SeatLock, taken: number): boolean {
  return lock.capacity === null || taken < lock.capacity;
}
