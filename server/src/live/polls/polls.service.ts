import {
  ErrorCode,
  type LivePoll,
  type LivePollKind,
  type LivePollResults,
  type LivePollStatus,
} from '@kotopaikka/contracts';

import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { ApiException } from '../../platform/errors/api.exception';
import { isHost, type RoomMember } from '../room/room-access.service';
import { RoomEvents } from '../room/room-events.service';
import type { PollCreatePayload, PollVotePayload } from './polls.dto';

interface PollRow {
  id: string;
  session_id: string;
  question: string;
  kind: LivePollKind;
  anonymous: boolean;
  status: LivePollStatus;
  created_at: Date;
  closed_at: Date | null;
}

interface OptionRow {
  id: string;
  poll_id: string;
  text: string;
  correct: boolean;
}

interface VoteRow {
  poll_id: string;
  participant_id: string;
  option_ids: string[];
  name: string;
}

const POLL_COLUMNS = `id, session_id, question, kind, anonymous, status, created_at, closed_at`;

const pollClosed = (): ApiException =>
  new ApiException(HttpStatus.CONFLICT, ErrorCode.LiveClosed, 'This poll is closed');

/** Whether a vote is right: a single choice among the correct ones, a multiple choice exactly the correct set. */
function isCorrect(kind: LivePollKind, chosen: string[], correct: string[]): boolean | null {
  if (correct.length === 0) return null;
  if (kind === 'single') return correct.includes(chosen[0]);
  return chosen.length === correct.length && chosen.every((id) => correct.includes(id));
}

/**
 * Polls of a live room. Hosts open and close them; each participant votes once (the primary key of
 * `live_poll_vote` holds it, across tabs and nodes). Room events carry counts only, never who voted.
 */
@Injectable()
export class PollsService {
  constructor(
    private readonly db: DataSource,
    private readonly events: RoomEvents,
  ) {}

  async create(host: RoomMember, input: PollCreatePayload): Promise<LivePoll> {
    const correct = input.correctOptions ?? [];
    const outside = correct.filter((i) => i >= input.options.length);
    if (outside.length > 0) throw ApiException.invalid('correctOptions', 'must be positions of the given options');
    if (input.kind === 'single' && correct.length > 1)
      throw ApiException.invalid('correctOptions', 'a single-choice poll has one correct option');
    const pollId = await this.events.record(async (m, emit) => {
      const [poll]: PollRow[] = await m.query(
        `INSERT INTO live_poll (session_id, question, kind, anonymous, created_by) VALUES ($1, $2, $3, $4, $5)
         RETURNING ${POLL_COLUMNS}`,
        [host.sessionId, input.question, input.kind, input.anonymous ?? true, host.participantId],
      );
      await m.query(
        `INSERT INTO live_poll_option (poll_id, position, text, correct)
         SELECT $1, o.position - 1, o.text, (o.position - 1) = ANY($3::int[])
           FROM unnest($2::text[]) WITH ORDINALITY AS o(text, position)`,
        [poll.id, input.options, correct],
      );
      const [view] = await this.views(m, [poll], null, false);
      // The room hears the poll without the answer key.
      const { id, sessionId, question, kind, anonymous, quiz, status, options, voters, createdAt, closedAt } = view;
      const shown = { id, sessionId, question, kind, anonymous, quiz, status, options, voters, createdAt, closedAt };
      emit(await this.events.append(m, host.sessionId, 'poll.opened', shown));
      return poll.id;
    });
    const [poll] = await this.list(host, pollId);
    return poll;
  }

  async vote(
    member: RoomMember,
    input: PollVotePayload,
  ): Promise<{ results: LivePollResults; correct: boolean | null }> {
    return this.events.record(async (m, emit) => {
      // FOR SHARE: votes of many people go on together, a close waits for them (and they for it).
      const poll = await this.poll(m, member.sessionId, input.pollId, 'FOR SHARE');
      if (poll.status !== 'open') throw pollClosed();
      const options: OptionRow[] = await m.query(
        `SELECT id, poll_id, text, correct FROM live_poll_option WHERE poll_id = $1 ORDER BY position`,
        [poll.id],
      );
      const ids = new Set(options.map((o) => o.id));
      if (input.optionIds.some((id) => !ids.has(id)))
        throw ApiException.invalid('optionIds', 'must be options of this poll');
      if (poll.kind === 'single' && input.optionIds.length > 1)
        throw ApiException.invalid('optionIds', 'a single-choice poll takes exactly one option');
      const inserted: unknown[] = await m.query(
        `INSERT INTO live_poll_vote (poll_id, participant_id, option_ids) VALUES ($1, $2, $3::uuid[])
         ON CONFLICT (poll_id, participant_id) DO NOTHING RETURNING poll_id`,
        [poll.id, member.participantId, input.optionIds],
      );
      if (inserted.length === 0)
        throw new ApiException(HttpStatus.CONFLICT, ErrorCode.AlreadyVoted, 'You have already voted in this poll');
      const results = await this.results(m, poll.id);
      emit(await this.events.append(m, member.sessionId, 'poll.results', results));
      const correctIds = options.filter((o) => o.correct).map((o) => o.id);
      return { results, correct: isCorrect(poll.kind, input.optionIds, correctIds) };
    });
  }

  async close(host: RoomMember, pollId: string): Promise<{ results: LivePollResults }> {
    return this.events.record(async (m, emit) => {
      const poll = await this.poll(m, host.sessionId, pollId, 'FOR UPDATE');
      if (poll.status !== 'open') throw pollClosed();
      await m.query(`UPDATE live_poll SET status = 'closed', closed_at = now() WHERE id = $1`, [poll.id]);
      const results = await this.results(m, poll.id);
      const correct: { id: string }[] = await m.query(
        `SELECT id FROM live_poll_option WHERE poll_id = $1 AND correct ORDER BY position`,
        [poll.id],
      );
      emit(
        await this.events.append(m, host.sessionId, 'poll.closed', {
          ...results,
          correctOptionIds: correct.length > 0 ? correct.map((c) => c.id) : null,
        }),
      );
      return { results };
    });
  }

  /** The session's polls (or one of them) as this member may see them, oldest first. */
  async list(member: RoomMember, pollId?: string): Promise<LivePoll[]> {
    const polls: PollRow[] = await this.db.query(
      `SELECT ${POLL_COLUMNS} FROM live_poll WHERE session_id = $1 AND ($2::uuid IS NULL OR id = $2::uuid)
        ORDER BY created_at, id`,
      [member.sessionId, pollId ?? null],
    );
    return this.views(this.db.manager, polls, member.participantId, isHost(member));
  }

  /** Every poll of the session with its results as hosts see them, for the session report. */
  async ofSession(sessionId: string): Promise<LivePoll[]> {
    const polls: PollRow[] = await this.db.query(
      `SELECT ${POLL_COLUMNS} FROM live_poll WHERE session_id = $1 ORDER BY created_at, id`,
      [sessionId],
    );
    return this.views(this.db.manager, polls, null, true);
  }

  private async poll(m: EntityManager, sessionId: string, pollId: string, lock: 'FOR SHARE' | 'FOR UPDATE') {
    const rows: PollRow[] = await m.query(
      `SELECT ${POLL_COLUMNS} FROM live_poll WHERE id = $1 AND session_id = $2 ${lock}`,
      [pollId, sessionId],
    );
    if (!rows[0]) throw ApiException.notFound('Poll');
    return rows[0];
  }

  private async results(m: EntityManager, pollId: string): Promise<LivePollResults> {
    const rows: { id: string; votes: string; voters: string }[] = await m.query(
      `SELECT o.id, count(v.participant_id) AS votes,
              (SELECT count(*) FROM live_poll_vote WHERE poll_id = $1) AS voters
         FROM live_poll_option o
         LEFT JOIN live_poll_vote v ON v.poll_id = o.poll_id AND o.id = ANY(v.option_ids)
        WHERE o.poll_id = $1 GROUP BY o.id, o.position ORDER BY o.position`,
      [pollId],
    );
    return {
      pollId,
      voters: Number(rows[0]?.voters ?? 0),
      options: rows.map((r) => ({ id: r.id, votes: Number(r.votes) })),
    };
  }

  /** Polls with counts; names of voters only for hosts of a named poll, the key only to hosts or once closed. */
  private async views(m: EntityManager, polls: PollRow[], viewerId: string | null, host: boolean): Promise<LivePoll[]> {
    if (polls.length === 0) return [];
    const ids = polls.map((p) => p.id);
    const options: OptionRow[] = await m.query(
      `SELECT id, poll_id, text, correct FROM live_poll_option WHERE poll_id = ANY($1::uuid[]) ORDER BY position`,
      [ids],
    );
    const votes: VoteRow[] = await m.query(
      `SELECT v.poll_id, v.participant_id, v.option_ids, p.name
         FROM live_poll_vote v JOIN live_participant p ON p.id = v.participant_id
        WHERE v.poll_id = ANY($1::uuid[]) ORDER BY v.created_at, p.name`,
      [ids],
    );
    return polls.map((poll) => {
      const own = options.filter((o) => o.poll_id === poll.id);
      const cast = votes.filter((v) => v.poll_id === poll.id);
      const correctIds = own.filter((o) => o.correct).map((o) => o.id);
      const named = host && !poll.anonymous;
      const mine = viewerId ? cast.find((v) => v.participant_id === viewerId) : undefined;
      const showKey = correctIds.length > 0 && (host || poll.status === 'closed');
      return {
        id: poll.id,
        sessionId: poll.session_id,
        question: poll.question,
        kind: poll.kind,
        anonymous: poll.anonymous,
        quiz: correctIds.length > 0,
        status: poll.status,
        options: own.map((o) => {
          const choosers = cast.filter((v) => v.option_ids.includes(o.id));
          return {
            id: o.id,
            text: o.text,
            votes: choosers.length,
            ...(named ? { voters: choosers.map((v) => v.name) } : {}),
          };
        }),
        voters: cast.length,
        correctOptionIds: showKey ? correctIds : null,
        myVote: mine
          ? { optionIds: mine.option_ids, correct: isCorrect(poll.kind, mine.option_ids, correctIds) }
          : null,
        createdAt: poll.created_at.toISOString(),
        closedAt: poll.closed_at?.toISOString() ?? null,
      };
    });
  }
}
