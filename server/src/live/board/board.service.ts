import {
  ErrorCode,
  type LiveBoard,
  type LiveBoardCardShown,
  type LiveBoardInput,
  type LiveBoardVoteResult,
  type LiveRoomEvent,
} from '@kotopaikka/contracts';

import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { ApiException } from '../../platform/errors/api.exception';
import { isHost, type RoomMember } from '../room/room-access.service';
import { RoomEvents } from '../room/room-events.service';
import type { BoardCardPayload, BoardGroupPayload, BoardMergePayload, BoardVotePayload } from './board.dto';
import { BOARD_COLUMNS, BOARD_ORDER, type BoardRow, type BoardViewer, boardViews, votesVisible } from './board-views';

interface CardRow {
  id: string;
  board_id: string;
  prompt_id: string;
  text: string;
  group_label: string | null;
  merged_into: string | null;
}

const CARD_COLUMNS = `c.id, c.board_id, c.prompt_id, c.text, c.group_label, c.merged_into`;

const shown = (c: CardRow): LiveBoardCardShown => ({
  id: c.id,
  promptId: c.prompt_id,
  text: c.text,
  groupLabel: c.group_label,
  mergedInto: c.merged_into,
});

/** Whether the participant `participant` is (or was) in the group `group`: SQL over two expressions. */
const IN_GROUP_SQL = (group: string, participant: string): string =>
  `EXISTS (SELECT 1 FROM live_breakout_member bm WHERE bm.group_id = ${group} AND bm.participant_id = ${participant}::uuid)`;

const boardClosed = (): ApiException =>
  new ApiException(HttpStatus.CONFLICT, ErrorCode.LiveClosed, 'This idea board is closed');

/**
 * Idea boards of a live room: hosts create, group, merge, reveal and close; everyone in the room (guests too)
 * adds cards and spends dots. Every change is appended to the room's event log in its own transaction.
 */
@Injectable()
export class BoardService {
  constructor(
    private readonly db: DataSource,
    private readonly events: RoomEvents,
  ) {}

  /**
   * Creates a board in the session, from the room (a host) or over REST (`createdBy` is then the person); with
   * `groupId`, one group's of the running breakout, whose events only its members and the hosts get.
   */
  async create(sessionId: string, input: LiveBoardInput, createdBy: string | null): Promise<LiveBoard> {
    const board = await this.events.record(async (m, emit) => {
      const groupId = input.groupId ?? null;
      if (groupId !== null) {
        const running = await this.runningGroups(m, sessionId);
        if (!running.includes(groupId))
          throw ApiException.invalid('groupId', 'is not a group of the breakout running in this session');
      }
      return this.insert(m, emit, sessionId, { ...input, groupId }, createdBy);
    });
    const [view] = await this.views({ boardId: board.id }, { participantId: null, host: true });
    return view;
  }

  /** One board for each group of the running breakout, all in one transaction: a facilitator's one action. */
  async createForGroups(host: RoomMember, input: Omit<LiveBoardInput, 'groupId'>): Promise<LiveBoard[]> {
    const ids = await this.events.record(async (m, emit) => {
      const groups = await this.runningGroups(m, host.sessionId);
      if (groups.length === 0) throw ApiException.conflict(ErrorCode.Conflict, 'No breakout is running');
      const made: string[] = [];
      for (const groupId of groups)
        made.push((await this.insert(m, emit, host.sessionId, { ...input, groupId }, host.userId)).id);
      return made;
    });
    const boards = await this.views({ sessionId: host.sessionId }, { participantId: host.participantId, host: true });
    return boards.filter((b) => ids.includes(b.id));
  }

  private async insert(
    m: EntityManager,
    emit: (event: LiveRoomEvent) => void,
    sessionId: string,
    input: LiveBoardInput & { groupId: string | null },
    createdBy: string | null,
  ): Promise<BoardRow> {
    const [row]: BoardRow[] = await m.query(
      `INSERT INTO live_board AS b (session_id, group_id, title, dots_per_participant, hide_votes, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${BOARD_COLUMNS}`,
      [sessionId, input.groupId, input.title, input.dotsPerParticipant, input.hideVotes, createdBy],
    );
    const prompts: { id: string; text: string }[] = await m.query(
      `INSERT INTO live_board_prompt (board_id, position, text)
       SELECT $1, p.position - 1, p.text FROM unnest($2::text[]) WITH ORDINALITY AS p(text, position)
       RETURNING id, text`,
      [row.id, input.prompts],
    );
    emit(
      await this.events.append(
        m,
        sessionId,
        'board.created',
        {
          id: row.id,
          title: row.title,
          prompts: prompts.map((p) => ({ id: p.id, text: p.text })),
          dotsPerParticipant: row.dots_per_participant,
          hideVotes: row.hide_votes,
          status: row.status,
        },
        row.group_id,
      ),
    );
    return row;
  }

  async addCard(member: RoomMember, input: BoardCardPayload): Promise<LiveBoardCardShown> {
    return this.events.record(async (m, emit) => {
      const board = await this.board(m, member.sessionId, input.boardId);
      await this.assertMayUse(m, member, board, true);
      if (board.status !== 'open') throw boardClosed();
      const prompt: unknown[] = await m.query(`SELECT 1 FROM live_board_prompt WHERE id = $1 AND board_id = $2`, [
        input.promptId,
        board.id,
      ]);
      if (prompt.length === 0) throw ApiException.invalid('promptId', 'must be a prompt of this board');
      const [card]: CardRow[] = await m.query(
        `INSERT INTO live_board_card AS c (board_id, prompt_id, text, author_id) VALUES ($1, $2, $3, $4)
         RETURNING ${CARD_COLUMNS}`,
        [board.id, input.promptId, input.text, member.participantId],
      );
      const data = { boardId: board.id, card: shown(card) };
      emit(await this.events.append(m, member.sessionId, 'board.card', data, board.group_id));
      return shown(card);
    });
  }

  async group(host: RoomMember, input: BoardGroupPayload): Promise<void> {
    await this.events.record(async (m, emit) => {
      const cards = await this.cards(m, host.sessionId, input.cardIds, 'cardIds');
      const board = await this.board(m, host.sessionId, cards[0].board_id);
      if (board.status !== 'open') throw boardClosed();
      await m.query(`UPDATE live_board_card SET group_label = $2 WHERE id = ANY($1::uuid[])`, [
        input.cardIds,
        input.label,
      ]);
      emit(
        await this.events.append(
          m,
          host.sessionId,
          'board.grouped',
          {
            boardId: board.id,
            cardIds: input.cardIds,
            label: input.label,
          },
          board.group_id,
        ),
      );
    });
  }

  /** Moves a card's votes and text into another card of the board; the merged card stays, marked `merged_into`. */
  async merge(host: RoomMember, input: BoardMergePayload): Promise<void> {
    if (input.cardId === input.intoCardId) throw ApiException.invalid('intoCardId', 'must be another card');
    await this.events.record(async (m, emit) => {
      const [a, b] = await this.cards(m, host.sessionId, [input.cardId, input.intoCardId], 'cardId');
      const source = a.id === input.cardId ? a : b;
      const target = a.id === input.cardId ? b : a;
      if (source.board_id !== target.board_id) throw ApiException.invalid('intoCardId', 'must be on the same board');
      if (source.merged_into) throw ApiException.invalid('cardId', 'was already merged into another card');
      if (target.merged_into) throw ApiException.invalid('intoCardId', 'was merged into another card');
      const board = await this.board(m, host.sessionId, source.board_id);
      if (board.status !== 'open') throw boardClosed();
      await m.query(
        `INSERT INTO live_board_vote (card_id, participant_id, board_id, dots)
         SELECT $2, participant_id, board_id, dots FROM live_board_vote WHERE card_id = $1
         ON CONFLICT (card_id, participant_id) DO UPDATE SET dots = live_board_vote.dots + EXCLUDED.dots`,
        [source.id, target.id],
      );
      await m.query(`DELETE FROM live_board_vote WHERE card_id = $1`, [source.id]);
      const [[into]]: [CardRow[], number] = await m.query(
        `UPDATE live_board_card AS c SET text = c.text || E'\\n' || $2 WHERE c.id = $1 RETURNING ${CARD_COLUMNS}`,
        [target.id, source.text],
      );
      // Cards merged earlier into the source now point at where its content went.
      await m.query(`UPDATE live_board_card SET merged_into = $2 WHERE id = $1 OR merged_into = $1`, [
        source.id,
        target.id,
      ]);
      const votes = await this.cardVotes(m, target.id);
      emit(
        await this.events.append(
          m,
          host.sessionId,
          'board.merged',
          {
            boardId: board.id,
            cardId: source.id,
            into: shown(into),
            votes: votesVisible(board, false) ? votes : null,
          },
          board.group_id,
        ),
      );
    });
  }

  /**
   * One dot more or one back. A participant's dots on the board never exceed its limit, also under parallel
   * votes from several tabs or nodes: their votes on one board queue on an advisory lock of their own.
   */
  async vote(member: RoomMember, input: BoardVotePayload): Promise<LiveBoardVoteResult> {
    return this.events.record(async (m, emit) => {
      // FOR SHARE of the card and its board: a merge or a close waits for the vote, and the vote for them.
      const rows: (CardRow & { dots_per_participant: number; status: string; group_id: string | null })[] =
        await m.query(
          `SELECT ${CARD_COLUMNS}, b.dots_per_participant, b.status, b.group_id
           FROM live_board_card c JOIN live_board b ON b.id = c.board_id
          WHERE c.id = $1 AND b.session_id = $2 FOR SHARE`,
          [input.cardId, member.sessionId],
        );
      const card = rows[0];
      if (!card) throw ApiException.notFound('Card');
      await this.assertMayUse(m, member, card, true);
      if (card.status !== 'open') throw boardClosed();
      if (card.merged_into) throw ApiException.invalid('cardId', 'was merged into another card; vote on that one');
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1::text || ':' || $2::text, 0))`, [
        card.board_id,
        member.participantId,
      ]);
      const [used]: { total: string; here: string }[] = await m.query(
        `SELECT coalesce(sum(dots), 0) AS total, coalesce(sum(dots) FILTER (WHERE card_id = $3), 0) AS here
           FROM live_board_vote WHERE board_id = $1 AND participant_id = $2`,
        [card.board_id, member.participantId, card.id],
      );
      const total = Number(used.total);
      const here = Number(used.here);
      if (input.delta === 1) {
        if (total >= card.dots_per_participant)
          throw new ApiException(
            HttpStatus.CONFLICT,
            ErrorCode.DotsExhausted,
            `You have used all ${card.dots_per_participant} of your dots on this board`,
            [{ field: 'delta', problems: ['no dots left on this board'] }],
          );
        await m.query(
          `INSERT INTO live_board_vote (card_id, participant_id, board_id, dots) VALUES ($1, $2, $3, 1)
           ON CONFLICT (card_id, participant_id) DO UPDATE SET dots = live_board_vote.dots + 1`,
          [card.id, member.participantId, card.board_id],
        );
      } else {
        if (here === 0) throw ApiException.invalid('delta', 'you have no dot on this card to take back');
        await m.query(
          here === 1
            ? `DELETE FROM live_board_vote WHERE card_id = $1 AND participant_id = $2`
            : `UPDATE live_board_vote SET dots = dots - 1 WHERE card_id = $1 AND participant_id = $2`,
          [card.id, member.participantId],
        );
      }
      const board = await this.board(m, member.sessionId, card.board_id);
      const votes = await this.cardVotes(m, card.id);
      const open = votesVisible(board, false);
      // While hidden, the room hears only that someone voted: not on which card, nor how many.
      const data = open ? { boardId: board.id, cardId: card.id, votes } : { boardId: board.id };
      emit(await this.events.append(m, member.sessionId, 'board.voted', data, board.group_id));
      return {
        boardId: board.id,
        cardId: card.id,
        myVotes: here + input.delta,
        myDotsUsed: total + input.delta,
        votes: votesVisible(board, isHost(member)) ? votes : null,
      };
    });
  }

  /** Shows the counts to everyone: the ranked cards go out in the event. */
  async reveal(host: RoomMember, boardId: string): Promise<void> {
    await this.events.record(async (m, emit) => {
      const board = await this.board(m, host.sessionId, boardId, 'FOR UPDATE');
      if (board.revealed_at)
        throw ApiException.conflict(ErrorCode.Conflict, 'The votes of this board are already revealed');
      // An UPDATE … RETURNING answers [rows, count].
      const [[revealed]]: [BoardRow[], number] = await m.query(
        `UPDATE live_board AS b SET revealed_at = now() WHERE b.id = $1 RETURNING ${BOARD_COLUMNS}`,
        [board.id],
      );
      const [view] = await boardViews(m, [revealed], { participantId: null, host: true });
      emit(
        await this.events.append(
          m,
          host.sessionId,
          'board.revealed',
          {
            boardId: board.id,
            cards: view.cards.map((c) => ({ id: c.id, votes: c.votes ?? 0, rank: c.rank })),
          },
          board.group_id,
        ),
      );
    });
  }

  async close(host: RoomMember, boardId: string): Promise<void> {
    await this.events.record(async (m, emit) => {
      const board = await this.board(m, host.sessionId, boardId, 'FOR UPDATE');
      if (board.status !== 'open') throw boardClosed();
      await m.query(`UPDATE live_board SET status = 'closed', closed_at = now() WHERE id = $1`, [board.id]);
      emit(await this.events.append(m, host.sessionId, 'board.closed', { boardId: board.id }, board.group_id));
    });
  }

  /** The session's boards as a room member sees them: the main room's, and their groups' (hosts: every group's). */
  async list(member: RoomMember): Promise<LiveBoard[]> {
    const boards: BoardRow[] = await this.db.query(
      `SELECT ${BOARD_COLUMNS} FROM live_board b
        WHERE b.session_id = $1 AND (b.group_id IS NULL OR $2::boolean OR ${IN_GROUP_SQL('b.group_id', '$3')})
        ORDER BY ${BOARD_ORDER}`,
      [member.sessionId, isHost(member), member.participantId],
    );
    return boardViews(this.db.manager, boards, { participantId: member.participantId, host: isHost(member) });
  }

  /** Boards by id or session, for the REST side that has already decided what the viewer may see. */
  async views(where: { boardId?: string; sessionId?: string }, viewer: BoardViewer): Promise<LiveBoard[]> {
    const boards: BoardRow[] = await this.db.query(
      `SELECT ${BOARD_COLUMNS} FROM live_board b
        WHERE ($1::uuid IS NULL OR b.id = $1::uuid) AND ($2::uuid IS NULL OR b.session_id = $2::uuid)
        ORDER BY ${BOARD_ORDER}`,
      [where.boardId ?? null, where.sessionId ?? null],
    );
    return boardViews(this.db.manager, boards, viewer);
  }

  /**
   * A group's board is for that group's members and the hosts (any of them, also after the breakout, to reveal
   * and close); a member writes on it only while the breakout runs.
   */
  private async assertMayUse(
    m: EntityManager,
    member: RoomMember,
    board: { group_id: string | null },
    write: boolean,
  ): Promise<void> {
    if (board.group_id === null || isHost(member)) return;
    const rows: { status: string }[] = await m.query(
      `SELECT b.status FROM live_breakout_member bm JOIN live_breakout b ON b.id = bm.breakout_id
        WHERE bm.group_id = $1 AND bm.participant_id = $2`,
      [board.group_id, member.participantId],
    );
    if (!rows[0]) throw ApiException.forbidden('This idea board is for another breakout group');
    if (write && rows[0].status !== 'running')
      throw new ApiException(
        HttpStatus.CONFLICT,
        ErrorCode.LiveClosed,
        'The breakout has ended: its board is read-only',
      );
  }

  /** The groups of the session's running breakout in order; the breakout row is held so it cannot end meanwhile. */
  private async runningGroups(m: EntityManager, sessionId: string): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `SELECT g.id FROM live_breakout b JOIN live_breakout_group g ON g.breakout_id = b.id
        WHERE b.session_id = $1 AND b.status = 'running' ORDER BY g.position FOR SHARE OF b`,
      [sessionId],
    );
    return rows.map((r) => r.id);
  }

  private async board(
    m: EntityManager,
    sessionId: string,
    boardId: string,
    lock: '' | 'FOR UPDATE' = '',
  ): Promise<BoardRow> {
    const rows: BoardRow[] = await m.query(
      `SELECT ${BOARD_COLUMNS} FROM live_board b WHERE b.id = $1 AND b.session_id = $2 ${lock}`,
      [boardId, sessionId],
    );
    if (!rows[0]) throw ApiException.notFound('Idea board');
    return rows[0];
  }

  /** The cards, locked in id order (no deadlock between two hosts), all on one board of the session. */
  private async cards(m: EntityManager, sessionId: string, ids: string[], field: string): Promise<CardRow[]> {
    const rows: CardRow[] = await m.query(
      `SELECT ${CARD_COLUMNS} FROM live_board_card c JOIN live_board b ON b.id = c.board_id
        WHERE c.id = ANY($1::uuid[]) AND b.session_id = $2 ORDER BY c.id FOR UPDATE OF c`,
      [ids, sessionId],
    );
    if (rows.length !== ids.length) throw ApiException.notFound('Card');
    if (rows.some((r) => r.board_id !== rows[0].board_id)) throw ApiException.invalid(field, 'must be on one board');
    return rows;
  }

  private async cardVotes(m: EntityManager, cardId: string): Promise<number> {
    const [row]: { n: string }[] = await m.query(
      `SELECT coalesce(sum(dots), 0) AS n FROM live_board_vote WHERE card_id = $1`,
      [cardId],
    );
    return Number(row.n);
  }
}
