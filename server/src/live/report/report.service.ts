import type { LiveReportAttendee, LiveReportTotals, LiveSessionReport, LocalizedText } from '@kotopaikka/contracts';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import { SqlParams } from '../../platform/http/sql-support';
import { type AttendanceRow, LiveAttendance } from '../attendance/attendance.service';
import { BoardService } from '../board/board.service';
import { NotesStore } from '../notes/notes-store.service';
import { PollsService } from '../polls/polls.service';
import { managesSql, visibleSessionSql } from '../sessions/invitation-scope';

interface SessionRow {
  id: string;
  kind: LiveSessionReport['session']['kind'];
  title: Partial<LocalizedText>;
  status: LiveSessionReport['session']['status'];
  starts_at: Date;
  ends_at: Date;
  started_at: Date | null;
  ended_at: Date | null;
  municipality_id: string;
  municipality_name: string;
  course_id: string | null;
  course_title: Partial<LocalizedText> | null;
  completion_minutes: number | null;
  hosts: { id: string; name: string }[];
  manages: boolean;
  visible: boolean;
}

const text = (t: Partial<LocalizedText> | null | undefined): LocalizedText => ({ fi: t?.fi ?? '', en: t?.en ?? '' });

/**
 * The record a session leaves: attendance, chat count, polls, boards and notes. For its hosts, admins and the
 * coordinators of its municipality; someone who sees the session but does not manage it gets 403, others 404.
 */
@Injectable()
export class LiveReportService {
  constructor(
    private readonly db: DataSource,
    private readonly attendance: LiveAttendance,
    private readonly polls: PollsService,
    private readonly boards: BoardService,
    private readonly notes: NotesStore,
  ) {}

  async report(me: Principal, sessionId: string): Promise<LiveSessionReport> {
    const s = await this.session(me, sessionId);
    const [attendance, [chat], polls, boards, notes] = await Promise.all([
      this.attendance.ofSession(sessionId),
      this.db.query(`SELECT count(*)::int AS n FROM live_chat_message WHERE session_id = $1`, [sessionId]) as Promise<
        { n: number }[]
      >,
      this.polls.ofSession(sessionId),
      this.boards.views({ sessionId }, { participantId: null, host: true }),
      this.notes.text({ sessionId, groupId: null }),
    ]);
    return {
      session: {
        id: s.id,
        kind: s.kind,
        title: text(s.title),
        status: s.status,
        startsAt: s.starts_at.toISOString(),
        endsAt: s.ends_at.toISOString(),
        startedAt: s.started_at?.toISOString() ?? null,
        endedAt: s.ended_at?.toISOString() ?? null,
        municipality: { id: s.municipality_id, name: s.municipality_name },
        hosts: s.hosts,
        course: s.course_id ? { id: s.course_id, title: text(s.course_title) } : null,
        completionMinutes: s.completion_minutes,
      },
      attendance: attendance.map(attendeeView),
      totals: totals(attendance),
      chatMessages: chat?.n ?? 0,
      polls,
      boards,
      notes: { text: notes.text, updatedAt: notes.updatedAt?.toISOString() ?? null },
    };
  }

  /** The attendance table alone, for the CSV; authorised as the report. */
  async attendees(me: Principal, sessionId: string): Promise<AttendanceRow[]> {
    await this.session(me, sessionId);
    return this.attendance.ofSession(sessionId);
  }

  private async session(me: Principal, sessionId: string): Promise<SessionRow> {
    const params = new SqlParams();
    const id = params.add(sessionId);
    const rows: SessionRow[] = await this.db.query(
      `SELECT s.id, s.kind, s.title, s.status, s.starts_at, s.ends_at, s.started_at, s.ended_at,
              m.id AS municipality_id, m.name AS municipality_name, s.course_id, c.title AS course_title,
              s.completion_minutes,
              coalesce((SELECT json_agg(json_build_object('id', u.id, 'name', u.display_name) ORDER BY u.display_name, u.id)
                          FROM live_session_host h JOIN app_user u ON u.id = h.user_id WHERE h.session_id = s.id), '[]') AS hosts,
              ${managesSql(me, params)} AS manages,
              ${visibleSessionSql(me, params)} AS visible
         FROM live_session s
         JOIN municipality m ON m.id = s.municipality_id
         LEFT JOIN course c ON c.id = s.course_id
        WHERE s.id = ${id}::uuid`,
      params.values,
    );
    const row = rows[0];
    if (!row || !(row.manages || row.visible)) throw ApiException.notFound('Live session');
    if (!row.manages) throw ApiException.forbidden('The session report is for its hosts and coordinators');
    return row;
  }
}

function attendeeView(a: AttendanceRow): LiveReportAttendee {
  return {
    participantId: a.participantId,
    name: a.name,
    role: a.role,
    firstJoinedAt: a.firstJoinedAt.toISOString(),
    lastLeftAt: a.lastLeftAt?.toISOString() ?? null,
    minutes: a.minutes,
    stays: a.stays.map((s) => ({ joinedAt: s.joinedAt.toISOString(), leftAt: s.leftAt?.toISOString() ?? null })),
  };
}

/** Counts, median and mean minutes, and the most people in the room at once (a sweep over every stay's ends). */
export function totals(rows: readonly AttendanceRow[]): LiveReportTotals {
  const minutes = rows.map((r) => r.minutes).sort((a, b) => a - b);
  const mid = Math.floor(minutes.length / 2);
  const median = minutes.length === 0 ? 0 : minutes.length % 2 ? minutes[mid] : (minutes[mid - 1] + minutes[mid]) / 2;
  const average = minutes.length === 0 ? 0 : minutes.reduce((a, b) => a + b, 0) / minutes.length;
  // A leave sorts before a join at the same instant, so back-to-back stays are not counted as overlapping.
  const edges = rows
    .flatMap((r) =>
      r.stays.flatMap((s) => [
        { at: s.joinedAt.getTime(), d: 1 },
        { at: (s.leftAt ?? new Date(8.64e15)).getTime(), d: -1 },
      ]),
    )
    .sort((a, b) => a.at - b.at || a.d - b.d);
  let now = 0;
  let peak = 0;
  for (const e of edges) {
    now += e.d;
    peak = Math.max(peak, now);
  }
  return {
    participants: rows.length,
    guests: rows.filter((r) => r.role === 'guest').length,
    medianMinutes: median,
    averageMinutes: Math.round(average * 10) / 10,
    peakConcurrent: peak,
  };
}
