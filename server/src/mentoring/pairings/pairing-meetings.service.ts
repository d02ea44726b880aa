import { type MentoringMeeting, type PairNote } from '@kotopaikka/contracts';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { LiveSessionsService } from '../../live/sessions/live-sessions.service';
import type { Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import type { LogMentoringMeetingDto, PairNoteInputDto, ScheduleMentoringMeetingDto } from './dto/pairing-input.dto';
import { pairingOfParty } from './pairing-access';
import { activePairingOfParty, UPCOMING_SQL } from './pairing-guards';

const MIN_MEETING_MINUTES = 5;
const MAX_MEETING_MINUTES = 480;
const DEFAULT_TITLE = { fi: 'Mentorointitapaaminen', en: 'Mentoring meeting' };

interface MeetingRow {
  id: string;
  live_session_id: string | null;
  held_at: Date;
  duration_minutes: number;
  mode: MentoringMeeting['mode'];
  place: string;
  upcoming: boolean;
}

const MEETING_COLUMNS = `mm.id, mm.live_session_id, mm.held_at, mm.duration_minutes, mm.mode, mm.place,
                         ${UPCOMING_SQL} AS upcoming`;

const toMeeting = (r: MeetingRow): MentoringMeeting => ({
  id: r.id,
  liveSessionId: r.live_session_id,
  heldAt: r.held_at.toISOString(),
  durationMinutes: r.duration_minutes,
  mode: r.mode,
  place: r.place,
  upcoming: r.upcoming,
});

/**
 * The pair's meetings and notes. A scheduled meeting is a live session of kind mentoring_meeting, hosted by the
 * mentor with the mentee invited, in the mentor profile's municipality: its room, reminders and calendar file are
 * the live module's. Notes are the pair's alone.
 */
@Injectable()
export class PairingMeetingsService {
  constructor(
    private readonly db: DataSource,
    private readonly live: LiveSessionsService,
  ) {}

  async schedule(actor: Principal, pairingId: string, dto: ScheduleMentoringMeetingDto): Promise<MentoringMeeting> {
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    const minutes = Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000);
    if (minutes < MIN_MEETING_MINUTES || minutes > MAX_MEETING_MINUTES)
      throw ApiException.invalid(
        'endsAt',
        `must be ${MIN_MEETING_MINUTES} to ${MAX_MEETING_MINUTES} minutes after startsAt`,
      );
    return this.db.transaction(async (m) => {
      const { row } = await activePairingOfParty(m, actor, pairingId);
      const [{ municipality_id }]: { municipality_id: string }[] = await m.query(
        `SELECT municipality_id FROM mentor_profile WHERE id = $1`,
        [row.mentor_profile_id],
      );
      const sessionId = await this.live.scheduleAuthorised(
        m,
        actor.id,
        {
          kind: 'mentoring_meeting',
          title: dto.title ? { fi: dto.title, en: dto.title } : DEFAULT_TITLE,
          description: { fi: '', en: '' },
          startsAt,
          endsAt,
          municipalityId: municipality_id,
          courseId: null,
          capacity: null,
          videoUrl: null,
          completionMinutes: null,
          publicRegistration: false,
        },
        [row.mentor_user_id],
        [row.mentee_user_id],
      );
      const [meeting]: MeetingRow[] = await m.query(
        `INSERT INTO mentoring_meeting AS mm (pairing_id, live_session_id, held_at, duration_minutes, mode, created_by)
         VALUES ($1, $2, $3, $4, 'online', $5) RETURNING ${MEETING_COLUMNS}`,
        [pairingId, sessionId, startsAt, minutes, actor.id],
      );
      return toMeeting(meeting);
    });
  }

  async log(actor: Principal, pairingId: string, dto: LogMentoringMeetingDto): Promise<MentoringMeeting> {
    const heldAt = new Date(dto.heldAt);
    if (heldAt.getTime() > Date.now()) throw ApiException.invalid('heldAt', 'must not be in the future');
    return this.db.transaction(async (m) => {
      await activePairingOfParty(m, actor, pairingId);
      const [meeting]: MeetingRow[] = await m.query(
        `INSERT INTO mentoring_meeting AS mm (pairing_id, held_at, duration_minutes, mode, place, created_by)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${MEETING_COLUMNS}`,
        [pairingId, heldAt, dto.durationMinutes, dto.mode, dto.place, actor.id],
      );
      return toMeeting(meeting);
    });
  }

  async addNote(actor: Principal, pairingId: string, dto: PairNoteInputDto): Promise<PairNote> {
    return this.db.transaction(async (m) => {
      await activePairingOfParty(m, actor, pairingId);
      const [note]: { id: string; body: string; created_at: Date }[] = await m.query(
        `INSERT INTO mentoring_note (pairing_id, author_id, body) VALUES ($1, $2, $3) RETURNING id, body, created_at`,
        [pairingId, actor.id, dto.body],
      );
      return {
        id: note.id,
        author: { id: actor.id, name: actor.displayName },
        body: note.body,
        createdAt: note.created_at.toISOString(),
      };
    });
  }

  /** The author's own note, whatever the pairing's status: one may always take back what one wrote. */
  async deleteNote(actor: Principal, pairingId: string, noteId: string): Promise<void> {
    await this.db.transaction(async (m) => {
      await pairingOfParty(m, actor, pairingId, true);
      const rows: { author_id: string | null }[] = await m.query(
        `SELECT author_id FROM mentoring_note WHERE id = $1 AND pairing_id = $2 FOR UPDATE`,
        [noteId, pairingId],
      );
      if (!rows[0]) throw ApiException.notFound('Note');
      if (rows[0].author_id !== actor.id) throw ApiException.forbidden('Only the author deletes a note');
      await m.query(`DELETE FROM mentoring_note WHERE id = $1`, [noteId]);
    });
  }
}
