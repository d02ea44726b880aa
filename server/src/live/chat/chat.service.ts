import { ErrorCode, LIVE_CHAT_HISTORY_PAGE, type LiveChatMessage, type LiveChatReport } from '@kotopaikka/contracts';

import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { APP_CONFIG, type AppConfig } from '../../config/config';
import { ApiException } from '../../platform/errors/api.exception';
import { returnedRows } from '../../platform/http/sql-support';
import { RATE_LIMIT_STORE, type RateLimitStore } from '../../platform/rate-limit/rate-limit-store';
import { RealtimeEmitter } from '../../platform/realtime/realtime-emitter.service';
import { Breakouts } from '../breakouts/breakouts.service';
import { KeyedBatches, type Settled } from '../room/keyed-batches';
import { isHost, type RoomMember } from '../room/room-access.service';
import { RoomEvents } from '../room/room-events.service';
import { liveParticipantRoom } from '../room/room-names';

/** The window of the per-person chat limit (LIVE_CHAT_RATE_PER_10S), counted on every node alike. */
export const CHAT_RATE_WINDOW_MS = 10_000;

interface MessageRow {
  id: string;
  group_id: string | null;
  seq: string;
  participant_id: string;
  name: string;
  role: LiveChatMessage['role'];
  text: string | null;
  deleted_at: Date | null;
  created_at: Date;
}

interface ChatSend {
  member: RoomMember;
  text: string;
  groupId: string | null;
}

const MESSAGE_SELECT = `SELECT m.id, m.group_id, m.seq, m.participant_id, p.name, p.role, m.text, m.deleted_at, m.created_at
                          FROM live_chat_message m JOIN live_participant p ON p.id = m.participant_id`;

function toMessage(r: MessageRow): LiveChatMessage {
  return {
    id: r.id,
    seq: Number(r.seq),
    participantId: r.participant_id,
    name: r.name,
    role: r.role,
    groupId: r.group_id,
    text: r.text,
    deleted: r.deleted_at !== null,
    at: r.created_at.toISOString(),
  };
}

/**
 * The room's chat. A message is stored in the transaction that appends its `chat.message` event, so it is in
 * PostgreSQL before anyone receives it; names come from the participant (a person's display name or the name a
 * guest gave), never an e-mail address.
 */
@Injectable()
export class LiveChat {
  constructor(
    private readonly db: DataSource,
    private readonly events: RoomEvents,
    private readonly emitter: RealtimeEmitter,
    private readonly breakouts: Breakouts,
    @Inject(RATE_LIMIT_STORE) private readonly limits: RateLimitStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private readonly sends = new KeyedBatches<ChatSend, LiveChatMessage>((sessionId, sends) =>
    this.write(sessionId, sends),
  );

  /**
   * Sends to the main room (`groupId` null) or to a running breakout group the member may use. Sends to one room
   * are written in batches (see KeyedBatches): a busy room's messages share a transaction, each still stored
   * before anyone receives it.
   */
  async send(member: RoomMember, text: string, groupId: string | null = null): Promise<LiveChatMessage> {
    const key = `live-chat:${member.participantId}`;
    const hit = await this.limits.increment(key, CHAT_RATE_WINDOW_MS);
    if (hit.count > this.config.liveChatRatePer10s)
      throw new ApiException(
        HttpStatus.TOO_MANY_REQUESTS,
        ErrorCode.TooManyRequests,
        `At most ${this.config.liveChatRatePer10s} messages in ${CHAT_RATE_WINDOW_MS / 1000} seconds; try again in ${Math.ceil(hit.resetInMs / 1000)} s`,
      );
    try {
      return await this.sends.submit(member.sessionId, { member, text, groupId });
    } catch (err) {
      // A refused send does not use up the person's budget.
      await this.limits.release(key);
      throw err;
    }
  }

  /** Writes a batch of one room's sends in one transaction; a send refused alone (a locked chat, a group one is not in) fails alone. */
  private async write(sessionId: string, sends: ChatSend[]): Promise<Settled<LiveChatMessage>[]> {
    return this.events.record(async (m, emit) => {
      const outcomes: (Settled<LiveChatMessage> | undefined)[] = sends.map(() => undefined);
      // The session row's lock orders these sends against a concurrent lock.
      const rows: { chat_locked: boolean }[] = await m.query(
        `SELECT chat_locked FROM live_session WHERE id = $1 FOR UPDATE`,
        [sessionId],
      );
      for (const [i, send] of sends.entries()) {
        if (rows[0]?.chat_locked && !isHost(send.member))
          outcomes[i] = {
            error: new ApiException(HttpStatus.CONFLICT, ErrorCode.ChatLocked, 'A host has locked the chat'),
          };
        else if (send.groupId !== null)
          await this.breakouts.assertMayUseGroup(m, send.member, send.groupId).catch((error: unknown) => {
            outcomes[i] = { error };
          });
      }
      const accepted = sends
        .map((send, i) => ({ send, i, id: randomUUID() }))
        .filter(({ i }) => outcomes[i] === undefined);
      const events = await this.events.appendMany(
        m,
        sessionId,
        accepted.map(({ send, id }) => ({
          type: 'chat.message',
          groupId: send.groupId,
          data: {
            id,
            participantId: send.member.participantId,
            name: send.member.name,
            role: send.member.role,
            text: send.text,
          },
        })),
      );
      if (events.length > 0)
        await m.query(
          `INSERT INTO live_chat_message (id, session_id, participant_id, group_id, seq, text, created_at)
           SELECT t.id, $1, t.participant_id, t.group_id, t.seq, t.text, t.created_at
             FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::bigint[], $6::text[], $7::timestamptz[])
                  AS t(id, participant_id, group_id, seq, text, created_at)`,
          [
            sessionId,
            accepted.map((a) => a.id),
            accepted.map((a) => a.send.member.participantId),
            accepted.map((a) => a.send.groupId),
            events.map((e) => e.seq),
            accepted.map((a) => a.send.text),
            events.map((e) => e.at),
          ],
        );
      accepted.forEach(({ send, i, id }, k) => {
        const event = events[k];
        emit(event);
        outcomes[i] = {
          value: {
            id,
            seq: event.seq,
            participantId: send.member.participantId,
            name: send.member.name,
            role: send.member.role,
            groupId: send.groupId,
            text: send.text,
            deleted: false,
            at: event.at,
          },
        };
      });
      return outcomes as Settled<LiveChatMessage>[];
    });
  }

  /** The page of the main room's (or a group's) messages before `beforeSeq` (the latest without it), oldest first. */
  async history(
    member: RoomMember,
    beforeSeq?: number,
    groupId: string | null = null,
  ): Promise<{ messages: LiveChatMessage[]; more: boolean; locked: boolean }> {
    const { sessionId } = member;
    await this.breakouts.assertMayUseGroup(this.db.manager, member, groupId);
    const [rows, session] = await Promise.all([
      this.db.query(
        `${MESSAGE_SELECT} WHERE m.session_id = $1 AND m.group_id IS NOT DISTINCT FROM $4::uuid
            AND ($2::bigint IS NULL OR m.seq < $2)
          ORDER BY m.seq DESC LIMIT $3`,
        [sessionId, beforeSeq ?? null, LIVE_CHAT_HISTORY_PAGE + 1, groupId],
      ) as Promise<MessageRow[]>,
      this.db.query(`SELECT chat_locked FROM live_session WHERE id = $1`, [sessionId]) as Promise<
        { chat_locked: boolean }[]
      >,
    ]);
    const more = rows.length > LIVE_CHAT_HISTORY_PAGE;
    const messages = rows.slice(0, LIVE_CHAT_HISTORY_PAGE).reverse().map(toMessage);
    return { messages, more, locked: session[0]?.chat_locked ?? false };
  }

  /** A host deletes a message: its text goes from the table and from the event log's copy. */
  async delete(host: RoomMember, messageId: string): Promise<void> {
    await this.events.record(async (m, emit) => {
      const deleted = returnedRows<{ seq: string; group_id: string | null }>(
        await m.query(
          `UPDATE live_chat_message SET text = NULL, deleted_at = now(), deleted_by = $3
            WHERE id = $1 AND session_id = $2 AND deleted_at IS NULL RETURNING seq, group_id`,
          [messageId, host.sessionId, host.participantId],
        ),
      );
      if (deleted.length === 0) {
        await this.message(m, host.sessionId, messageId); // not found, or already deleted: nothing more to do
        return;
      }
      await m.query(
        `UPDATE live_event SET data = jsonb_set(data, '{text}', 'null') WHERE session_id = $1 AND seq = $2`,
        [host.sessionId, deleted[0].seq],
      );
      // Told where the message was: the main room, or its group.
      emit(await this.events.append(m, host.sessionId, 'chat.deleted', { messageId }, deleted[0].group_id));
    });
  }

  /** A host locks or unlocks the chat; nothing is appended when it already was so. */
  async lock(host: RoomMember, locked: boolean): Promise<void> {
    await this.events.record(async (m, emit) => {
      const changed = returnedRows<{ id: string }>(
        await m.query(`UPDATE live_session SET chat_locked = $2 WHERE id = $1 AND chat_locked <> $2 RETURNING id`, [
          host.sessionId,
          locked,
        ]),
      );
      if (changed.length > 0) emit(await this.events.append(m, host.sessionId, 'chat.locked', { locked }));
    });
  }

  /** Reports a message to the hosts, once per reporter; the hosts' sockets are told of a new report. */
  async report(reporter: RoomMember, messageId: string): Promise<void> {
    const added = await this.db.transaction(async (m) => {
      await this.message(m, reporter.sessionId, messageId);
      return returnedRows(
        await m.query(
          `INSERT INTO live_chat_report (message_id, reporter_id, session_id) VALUES ($1, $2, $3)
           ON CONFLICT DO NOTHING RETURNING message_id`,
          [messageId, reporter.participantId, reporter.sessionId],
        ),
      ).length;
    });
    if (added === 0) return;
    const [report] = await this.reports(reporter.sessionId, messageId);
    const hosts: { id: string }[] = await this.db.query(
      `SELECT id FROM live_participant WHERE session_id = $1 AND role IN ('host', 'cohost') AND removed_at IS NULL`,
      [reporter.sessionId],
    );
    for (const h of hosts)
      this.emitter.toRoom(liveParticipantRoom(reporter.sessionId, h.id), 'chat:reported', {
        sessionId: reporter.sessionId,
        report,
      });
  }

  /** Reported messages with their reporters, the most recently reported first. */
  async reports(sessionId: string, messageId?: string): Promise<LiveChatReport[]> {
    const rows: (MessageRow & { reporters: { participantId: string; name: string; at: string }[] })[] =
      await this.db.query(
        `SELECT m.id, m.group_id, m.seq, m.participant_id, p.name, p.role, m.text, m.deleted_at, m.created_at, rep.reporters
           FROM live_chat_message m JOIN live_participant p ON p.id = m.participant_id
           JOIN LATERAL (
             SELECT jsonb_agg(jsonb_build_object('participantId', rp.id, 'name', rp.name, 'at', r.created_at)
                              ORDER BY r.created_at, rp.id) AS reporters, max(r.created_at) AS last_at
               FROM live_chat_report r JOIN live_participant rp ON rp.id = r.reporter_id
              WHERE r.message_id = m.id
           ) rep ON rep.reporters IS NOT NULL
          WHERE m.session_id = $1 AND ($2::uuid IS NULL OR m.id = $2)
          ORDER BY rep.last_at DESC, m.seq DESC`,
        [sessionId, messageId ?? null],
      );
    return rows.map((r) => ({
      message: toMessage(r),
      reporters: r.reporters.map((x) => ({ ...x, at: new Date(x.at).toISOString() })),
    }));
  }

  /**
   * Deletes the text of messages older than `days`, in the table and in the event log, keeping the rows (and so
   * the counts). Safe to run twice: what is already blank is left alone.
   */
  async purgeExpired(days: number): Promise<{ messages: number }> {
    // One statement: the log's copies are blanked with the rows, so no run can leave one without the other.
    const rows: { n: string }[] = await this.db.query(
      `WITH expired AS (
         UPDATE live_chat_message SET text = NULL, redacted_at = now()
          WHERE text IS NOT NULL AND created_at < now() - make_interval(days => $1)
         RETURNING session_id, seq
       ), logged AS (
         UPDATE live_event e SET data = jsonb_set(e.data, '{text}', 'null')
           FROM expired x WHERE e.session_id = x.session_id AND e.seq = x.seq
         RETURNING e.seq
       )
       SELECT (SELECT count(*) FROM expired) AS n, (SELECT count(*) FROM logged) AS logged`,
      [days],
    );
    return { messages: Number(rows[0]?.n ?? 0) };
  }

  private async message(m: EntityManager, sessionId: string, messageId: string): Promise<void> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM live_chat_message WHERE id = $1 AND session_id = $2`, [
      messageId,
      sessionId,
    ]);
    if (rows.length === 0) throw ApiException.notFound('Message');
  }
}
