import type { LiveRole } from '@kotopaikka/contracts';

import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** One stay in the room: from joining until leaving (null while still there). */
export interface AttendanceStay {
  joinedAt: Date;
  leftAt: Date | null;
}

/** One participant's attendance of a session, for the session report. */
export interface AttendanceRow {
  participantId: string;
  name: string;
  role: LiveRole;
  firstJoinedAt: Date;
  /** The end of the last stay; null while the participant is still in the room. */
  lastLeftAt: Date | null;
  /** Whole minutes over all stays; an open stay counts up to its last heartbeat. */
  minutes: number;
  stays: AttendanceStay[];
}

interface StayRow {
  participant_id: string;
  name: string;
  role: LiveRole;
  joined_at: Date;
  left_at: Date | null;
  last_seen_at: Date;
}

/**
 * Attendance as the kernel's Presence records it: one open stay per participant (two tabs are one), a gap
 * under two minutes continues a stay, and a dead node's stays end at their last heartbeat. This reads it.
 */
@Injectable()
export class LiveAttendance {
  constructor(private readonly db: DataSource) {}

  /** Everyone who was in the room, by first arrival. */
  async ofSession(sessionId: string, m: EntityManager = this.db.manager): Promise<AttendanceRow[]> {
    const stays: StayRow[] = await m.query(
      `SELECT a.participant_id, p.name, p.role, a.joined_at, a.left_at, a.last_seen_at
         FROM live_attendance a JOIN live_participant p ON p.id = a.participant_id
        WHERE a.session_id = $1
        ORDER BY a.joined_at, a.participant_id`,
      [sessionId],
    );
    const rows = new Map<string, AttendanceRow & { ms: number }>();
    for (const s of stays) {
      const end = s.left_at ?? s.last_seen_at;
      const ms = Math.max(0, end.getTime() - s.joined_at.getTime());
      let row = rows.get(s.participant_id);
      if (!row) {
        row = {
          participantId: s.participant_id,
          name: s.name,
          role: s.role,
          firstJoinedAt: s.joined_at,
          lastLeftAt: s.left_at,
          minutes: 0,
          stays: [],
          ms: 0,
        };
        rows.set(s.participant_id, row);
      }
      row.ms += ms;
      row.lastLeftAt = s.left_at;
      row.stays.push({ joinedAt: s.joined_at, leftAt: s.left_at });
    }
    return [...rows.values()].map(({ ms, ...row }) => ({ ...row, minutes: Math.floor(ms / 60_000) }));
  }
}
