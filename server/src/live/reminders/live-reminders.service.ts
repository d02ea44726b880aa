import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * Reminders of live sessions, called inside the transaction of every scheduling change. A stub for now: the
 * reminders feature fills these in (delayed jobs 24 h and 15 min before start, moved or removed with the session).
 */
@Injectable()
export class LiveReminders {
  /** The session was created or changed: (re)plan its reminders. Does nothing yet. */
  async plan(_m: EntityManager, _sessionId: string): Promise<void> {
    return;
  }

  /** The session was cancelled: drop its reminders and tell the invitees. Does nothing yet. */
  async cancelled(_m: EntityManager, _sessionId: string): Promise<void> {
    return;
  }
}
