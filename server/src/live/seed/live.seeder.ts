import { LIVE_NOTES_TEXT, TIME_ZONE } from '@kotopaikka/contracts';

import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import * as Y from 'yjs';

import { hashToken } from '../../platform/auth/session.service';
import { OutboxService } from '../../platform/outbox/outbox.service';
import { QUEUE_NAMES } from '../../platform/queue/queue-names';
import { BOARD_COLUMNS, type BoardRow, boardViews } from '../board/board-views';
import { LIVE_REMINDER_KINDS, LIVE_REMINDER_OFFSETS_MS } from '../reminders/live-reminder-jobs';
import {
  DEMO_LIVE_SESSIONS,
  DEMO_WORKSHOP,
  DEMO_WORKSHOP_RECORD,
  type DemoLiveSession,
  type DemoMoment,
  type DemoWorkshopRecord,
} from './demo-live-sessions';

export interface LiveSeedResult {
  liveSessions: number;
}

const MINUTE_MS = 60_000;

/** The Helsinki wall-clock offset from UTC at an instant, in ms (+2 h in winter, +3 h in summer). */
function helsinkiOffsetMs(at: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(at);
  const n = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return (
    Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute')) -
    Math.floor(at.getTime() / MINUTE_MS) * MINUTE_MS
  );
}

/** The instant of a Helsinki wall-clock time `moment.days` calendar days from `now`'s Helsinki date. */
export function helsinkiMoment(now: Date, moment: DemoMoment): Date {
  const local = new Date(now.getTime() + helsinkiOffsetMs(now));
  const wall = Date.UTC(
    local.getUTCFullYear(),
    local.getUTCMonth(),
    local.getUTCDate() + moment.days,
    moment.hour,
    moment.minute,
  );
  const guess = new Date(wall - helsinkiOffsetMs(new Date(wall)));
  return new Date(wall - helsinkiOffsetMs(guess));
}

/** One entry of the workshop's event log before its seq is known. */
interface PlannedEvent {
  at: Date;
  type: string;
  data: Record<string, unknown>;
  /** Set on the event whose seq a chat message keeps. */
  chatId?: string;
}

async function idsByEmail(m: EntityManager, emails: string[]): Promise<Map<string, { id: string; name: string }>> {
  const rows: { id: string; email: string; display_name: string }[] = await m.query(
    `SELECT id, email, display_name FROM app_user WHERE lower(email) = ANY($1::text[])`,
    [emails.map((e) => e.toLowerCase())],
  );
  return new Map(rows.map((r) => [r.email.toLowerCase(), { id: r.id, name: r.display_name }]));
}

/** Inserts the session with its hosts, invitees, RSVPs and registrations; null when it was already there. */
async function insertSession(m: EntityManager, s: DemoLiveSession, now: Date): Promise<string | null> {
  const existing: unknown[] = await m.query(
    `SELECT 1 FROM live_session s JOIN municipality mu ON mu.id = s.municipality_id
      WHERE s.kind = $1 AND s.title->>'fi' = $2 AND mu.name = $3`,
    [s.kind, s.title.fi, s.municipality],
  );
  if (existing.length > 0) return null;
  const people = await idsByEmail(m, [s.hostEmail, ...s.inviteeEmails, ...s.rsvps.map((r) => r.email)]);
  const host = people.get(s.hostEmail.toLowerCase());
  // Without its host (accounts seeded elsewhere, or removed) the demo session is not shown.
  if (!host) return null;
  const startsAt = helsinkiMoment(now, s.starts);
  const endsAt = new Date(startsAt.getTime() + s.minutes * MINUTE_MS);
  const rows: { id: string }[] = await m.query(
    `INSERT INTO live_session (kind, title, description, starts_at, ends_at, municipality_id, course_id, capacity,
                               video_url, completion_minutes, public_slug, created_by, created_at, updated_at)
     SELECT $1, $2::jsonb, $3::jsonb, $4, $5, mu.id, c.id, $7, $8, CASE WHEN c.id IS NOT NULL THEN $9::int END, $10, $11,
            $12, $12
       FROM municipality mu LEFT JOIN course c ON c.slug = $13
      WHERE mu.name = $6
     ON CONFLICT (public_slug) DO NOTHING RETURNING id`,
    [
      s.kind,
      JSON.stringify(s.title),
      JSON.stringify(s.description),
      startsAt,
      endsAt,
      s.municipality,
      s.capacity,
      s.videoUrl,
      s.completionMinutes,
      s.publicSlug,
      host.id,
      // Scheduled a few weeks before it takes place, and never after the seeding.
      new Date(Math.min(now.getTime(), startsAt.getTime() - 21 * 24 * 60 * MINUTE_MS)),
      s.courseSlug,
    ],
  );
  if (rows.length === 0) return null;
  const id = rows[0].id;
  await m.query(`INSERT INTO live_session_host (session_id, user_id) VALUES ($1, $2)`, [id, host.id]);
  const invited = s.inviteeEmails.flatMap((email) => people.get(email.toLowerCase())?.id ?? []);
  await m.query(`INSERT INTO live_session_invitee (session_id, user_id) SELECT $1, unnest($2::uuid[])`, [id, invited]);
  await m.query(`INSERT INTO live_session_invitee (session_id, audience) SELECT $1, unnest($2::text[])`, [
    id,
    s.inviteeAudiences,
  ]);
  const rsvps = s.rsvps.flatMap((r) => {
    const person = people.get(r.email.toLowerCase());
    return person ? [{ user_id: person.id, state: r.state }] : [];
  });
  await m.query(
    `INSERT INTO live_rsvp (session_id, user_id, state, answered_at)
     SELECT $1, r.user_id, r.state, $3 FROM jsonb_to_recordset($2::jsonb) AS r(user_id uuid, state text)`,
    [id, JSON.stringify(rsvps), new Date(Math.min(now.getTime(), startsAt.getTime() - 7 * 24 * 60 * MINUTE_MS))],
  );
  for (const r of s.registrations) {
    // Tokens nobody holds: these registrants' links went to their own mailboxes.
    await m.query(
      `INSERT INTO live_registration (session_id, name, email, locale, state, join_token_hash, cancel_token_hash, consented_at, created_at)
       VALUES ($1, $2, $3, $4, 'registered', $5, $6, $7, $7)`,
      [
        id,
        r.name,
        r.email,
        r.locale,
        hashToken(randomBytes(32).toString('base64url')),
        hashToken(randomBytes(32).toString('base64url')),
        now,
      ],
    );
  }
  if (startsAt > now) await planReminders(m, id, startsAt, now);
  return id;
}

/** The reminders the scheduling API plans for a new session (LiveReminders.plan), as outbox rows. */
async function planReminders(m: EntityManager, sessionId: string, startsAt: Date, now: Date): Promise<void> {
  const outbox = new OutboxService();
  for (const kind of LIVE_REMINDER_KINDS) {
    const runAt = new Date(startsAt.getTime() - LIVE_REMINDER_OFFSETS_MS[kind]);
    if (runAt <= now) continue;
    await outbox.add(
      m,
      QUEUE_NAMES.live,
      'session_reminder',
      { sessionId, kind, startsAt: startsAt.toISOString() },
      { runAt },
    );
  }
}

/** The notes as the room's editors would have left them: one compacted Yjs state. */
export function notesState(markdown: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText(LIVE_NOTES_TEXT).insert(0, markdown);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

/**
 * The ended workshop's record as the room would have written it: participants, attendance, chat, a closed poll,
 * a revealed and closed idea board, notes, and the event log with one gapless seq per change (last_seq its end).
 */
async function recordWorkshop(m: EntityManager, sessionId: string, r: DemoWorkshopRecord, now: Date): Promise<void> {
  const startsAt = helsinkiMoment(now, DEMO_WORKSHOP.starts);
  const at = (minute: number): Date => new Date(startsAt.getTime() + minute * MINUTE_MS);
  const people = await idsByEmail(
    m,
    r.attendees.map((a) => a.email),
  );
  const participants = new Map<string, { id: string; name: string; role: 'host' | 'participant' }>();
  for (const a of r.attendees) {
    const person = people.get(a.email.toLowerCase());
    if (!person) continue;
    const role = a.email === DEMO_WORKSHOP.hostEmail ? 'host' : 'participant';
    const [row]: { id: string }[] = await m.query(
      `INSERT INTO live_participant (session_id, user_id, name, role, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [sessionId, person.id, person.name, role, at(a.stays[0][0])],
    );
    participants.set(a.email, { id: row.id, name: person.name, role });
  }
  const who = (email: string) => participants.get(email);
  const events: PlannedEvent[] = [];

  for (const a of r.attendees) {
    const p = who(a.email);
    if (!p) continue;
    for (const [from, to] of a.stays) {
      await m.query(
        `INSERT INTO live_attendance (session_id, participant_id, joined_at, last_seen_at, left_at) VALUES ($1, $2, $3, $4, $4)`,
        [sessionId, p.id, at(from), at(to)],
      );
      events.push({ at: at(from), type: 'presence.joined', data: { id: p.id, name: p.name, role: p.role } });
      events.push({ at: at(to), type: 'presence.left', data: { participantId: p.id } });
    }
  }
  events.push({ at: at(r.startedAfter), type: 'session.status', data: { status: 'live' } });
  events.push({ at: at(r.endedAfter), type: 'session.status', data: { status: 'ended' } });

  const chat: { id: string; participantId: string; text: string; at: Date }[] = [];
  for (const c of r.chat) {
    const p = who(c.email);
    if (!p) continue;
    const id = randomUUID();
    chat.push({ id, participantId: p.id, text: c.text, at: at(c.at) });
    events.push({
      at: at(c.at),
      type: 'chat.message',
      data: { id, participantId: p.id, name: p.name, role: p.role, text: c.text },
      chatId: id,
    });
  }

  events.push(...(await recordPoll(m, sessionId, r, at, who)));
  events.push(...(await recordBoard(m, sessionId, r, at, who)));

  // The log in time order (a stable sort keeps a join before what the person then did in the same minute).
  events.sort((a, b) => a.at.getTime() - b.at.getTime());
  const seqOf = new Map<string, number>();
  await m.query(
    `INSERT INTO live_event (session_id, seq, type, group_id, data, created_at)
     SELECT $1, e.seq, e.type, NULL, e.data, e.created_at
       FROM jsonb_to_recordset($2::jsonb) AS e(seq bigint, type text, data jsonb, created_at timestamptz)`,
    [
      sessionId,
      JSON.stringify(
        events.map((e, i) => {
          if (e.chatId) seqOf.set(e.chatId, i + 1);
          return { seq: i + 1, type: e.type, data: e.data, created_at: e.at };
        }),
      ),
    ],
  );
  await m.query(
    `INSERT INTO live_chat_message (id, session_id, participant_id, seq, text, created_at)
     SELECT c.id, $1, c.participant_id, c.seq, c.text, c.created_at
       FROM jsonb_to_recordset($2::jsonb) AS c(id uuid, participant_id uuid, seq bigint, text text, created_at timestamptz)`,
    [
      sessionId,
      JSON.stringify(
        chat.map((c) => ({
          id: c.id,
          participant_id: c.participantId,
          seq: seqOf.get(c.id),
          text: c.text,
          created_at: c.at,
        })),
      ),
    ],
  );
  await m.query(`INSERT INTO live_note_update (session_id, group_id, data, created_at) VALUES ($1, NULL, $2, $3)`, [
    sessionId,
    Buffer.from(notesState(r.notes)),
    at(r.endedAfter),
  ]);
  await m.query(
    `UPDATE live_session SET status = 'ended', last_seq = $2, started_at = $3, ended_at = $4, updated_at = $4 WHERE id = $1`,
    [sessionId, events.length, at(r.startedAfter), at(r.endedAfter)],
  );
}

type Who = (email: string) => { id: string; name: string; role: string } | undefined;

async function recordPoll(
  m: EntityManager,
  sessionId: string,
  r: DemoWorkshopRecord,
  at: (minute: number) => Date,
  who: Who,
): Promise<PlannedEvent[]> {
  const host = who(DEMO_WORKSHOP.hostEmail);
  const [poll]: { id: string }[] = await m.query(
    `INSERT INTO live_poll (session_id, question, kind, anonymous, status, created_by, created_at, closed_at)
     VALUES ($1, $2, 'single', true, 'closed', $3, $4, $5) RETURNING id`,
    [sessionId, r.poll.question, host?.id ?? null, at(r.poll.at), at(r.poll.closedAt)],
  );
  const options: { id: string }[] = await m.query(
    `INSERT INTO live_poll_option (poll_id, position, text)
     SELECT $1, o.position - 1, o.text FROM unnest($2::text[]) WITH ORDINALITY AS o(text, position)
     RETURNING id`,
    [poll.id, r.poll.options],
  );
  const events: PlannedEvent[] = [
    {
      at: at(r.poll.at),
      type: 'poll.opened',
      data: {
        id: poll.id,
        sessionId,
        question: r.poll.question,
        kind: 'single',
        anonymous: true,
        quiz: false,
        status: 'open',
        options: options.map((o, i) => ({ id: o.id, text: r.poll.options[i], votes: 0 })),
        voters: 0,
        createdAt: at(r.poll.at).toISOString(),
        closedAt: null,
      },
    },
  ];
  const counts = options.map(() => 0);
  let voters = 0;
  const results = () => ({
    pollId: poll.id,
    voters,
    options: options.map((o, i) => ({ id: o.id, votes: counts[i] })),
  });
  for (const v of r.poll.votes) {
    const p = who(v.email);
    if (!p) continue;
    await m.query(
      `INSERT INTO live_poll_vote (poll_id, participant_id, option_ids, created_at) VALUES ($1, $2, $3, $4)`,
      [poll.id, p.id, [options[v.option].id], at(v.at)],
    );
    counts[v.option] += 1;
    voters += 1;
    events.push({ at: at(v.at), type: 'poll.results', data: results() });
  }
  events.push({ at: at(r.poll.closedAt), type: 'poll.closed', data: { ...results(), correctOptionIds: null } });
  return events;
}

async function recordBoard(
  m: EntityManager,
  sessionId: string,
  r: DemoWorkshopRecord,
  at: (minute: number) => Date,
  who: Who,
): Promise<PlannedEvent[]> {
  const b = r.board;
  const hostUser: { created_by: string }[] = await m.query(`SELECT created_by FROM live_session WHERE id = $1`, [
    sessionId,
  ]);
  const [board]: { id: string }[] = await m.query(
    `INSERT INTO live_board (session_id, title, dots_per_participant, hide_votes, status, revealed_at, closed_at, created_by, created_at)
     VALUES ($1, $2, $3, true, 'closed', $4, $5, $6, $7) RETURNING id`,
    [
      sessionId,
      b.title,
      b.dotsPerParticipant,
      at(b.revealedAt),
      at(b.closedAt),
      hostUser[0]?.created_by ?? null,
      at(b.at),
    ],
  );
  const prompts: { id: string; text: string }[] = await m.query(
    `INSERT INTO live_board_prompt (board_id, position, text)
     SELECT $1, p.position - 1, p.text FROM unnest($2::text[]) WITH ORDINALITY AS p(text, position)
     RETURNING id, text`,
    [board.id, b.prompts],
  );
  const events: PlannedEvent[] = [
    {
      at: at(b.at),
      type: 'board.created',
      data: {
        id: board.id,
        title: b.title,
        prompts: prompts.map((p) => ({ id: p.id, text: p.text })),
        dotsPerParticipant: b.dotsPerParticipant,
        hideVotes: true,
        status: 'open',
      },
    },
  ];
  const cardIds: string[] = [];
  for (const c of b.cards) {
    const [card]: { id: string }[] = await m.query(
      `INSERT INTO live_board_card (board_id, prompt_id, text, group_label, author_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [board.id, prompts[c.prompt].id, c.text, c.group ?? null, who(c.email)?.id ?? null, at(c.at)],
    );
    cardIds.push(card.id);
    events.push({
      at: at(c.at),
      type: 'board.card',
      data: {
        boardId: board.id,
        card: {
          id: card.id,
          promptId: prompts[c.prompt].id,
          text: c.text,
          groupLabel: c.group ?? null,
          mergedInto: null,
        },
      },
    });
  }
  for (const v of b.votes) {
    const p = who(v.email);
    if (!p) continue;
    await m.query(`INSERT INTO live_board_vote (card_id, participant_id, board_id, dots) VALUES ($1, $2, $3, $4)`, [
      cardIds[v.card],
      p.id,
      board.id,
      v.dots,
    ]);
    // While the votes are hidden, the room hears only that someone spent a dot, once per dot.
    for (let d = 0; d < v.dots; d++) events.push({ at: at(v.at), type: 'board.voted', data: { boardId: board.id } });
  }
  const rows: BoardRow[] = await m.query(`SELECT ${BOARD_COLUMNS} FROM live_board b WHERE b.id = $1`, [board.id]);
  const [view] = await boardViews(m, rows, { participantId: null, host: true });
  events.push({
    at: at(b.revealedAt),
    type: 'board.revealed',
    data: { boardId: board.id, cards: view.cards.map((c) => ({ id: c.id, votes: c.votes ?? 0, rank: c.rank })) },
  });
  events.push({ at: at(b.closedAt), type: 'board.closed', data: { boardId: board.id } });
  return events;
}

/**
 * The demo live sessions: a past strategy workshop in Äänekoski with its kept record, an upcoming info session
 * with a public registration page, and an upcoming webinar the demo accounts are invited to. Idempotent: a
 * session of the same kind and Finnish title in its municipality is left as it is. Times are relative to `now`.
 */
export async function seedLiveSessions(m: EntityManager, now: Date): Promise<LiveSeedResult> {
  let created = 0;
  for (const session of DEMO_LIVE_SESSIONS) {
    const id = await insertSession(m, session, now);
    if (!id) continue;
    created += 1;
    if (session === DEMO_WORKSHOP) await recordWorkshop(m, id, DEMO_WORKSHOP_RECORD, now);
  }
  return { liveSessions: created };
}
