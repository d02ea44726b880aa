import { ErrorCode, type LiveBoard } from '@kotopaikka/contracts';

import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import { SqlParams } from '../../platform/http/sql-support';
import { managesSql, visibleSessionSql } from '../sessions/invitation-scope';
import type { BoardViewer } from './board-views';

/** What a signed-in person may do with a session's boards over REST. */
export interface BoardReader extends BoardViewer {
  sessionId: string;
  status: string;
  /** A participant of the session (not a host): sees a board once its votes are not hidden from them. */
  participant: boolean;
  /** The breakout groups the participant is or was in: theirs are the only group boards they read. */
  groupIds: string[];
}

/**
 * Who reads a kept board: its session's hosts and co-hosts, admins and coordinators of the session's
 * municipality (everything, always), and the session's participants once the votes are out. Someone who may see
 * the session but took no part gets 403; someone who may not see it, 404.
 */
@Injectable()
export class BoardAccess {
  constructor(private readonly db: DataSource) {}

  async reader(me: Principal, where: { sessionId?: string; boardId?: string }): Promise<BoardReader> {
    const params = new SqlParams();
    const session = params.add(where.sessionId ?? null);
    const board = params.add(where.boardId ?? null);
    const user = params.add(me.id);
    const rows: {
      id: string;
      status: string;
      visible: boolean;
      manages: boolean;
      participant_id: string | null;
      role: string | null;
      group_ids: string[];
    }[] = await this.db.query(
      `SELECT s.id, s.status, ${visibleSessionSql(me, params)} AS visible,
              ${managesSql(me, params)} AS manages, p.id AS participant_id, p.role,
              array(SELECT bm.group_id FROM live_breakout_member bm WHERE bm.participant_id = p.id) AS group_ids
         FROM live_session s
         LEFT JOIN live_participant p ON p.session_id = s.id AND p.user_id = ${user}::uuid AND p.removed_at IS NULL
        WHERE s.id = coalesce(${session}::uuid, (SELECT session_id FROM live_board WHERE id = ${board}::uuid))`,
      params.values,
    );
    const row = rows[0];
    if (!row || !(row.visible || row.participant_id))
      throw ApiException.notFound(where.boardId ? 'Idea board' : 'Live session');
    const host = row.manages || row.role === 'cohost' || row.role === 'host';
    if (!host && !row.participant_id)
      throw ApiException.forbidden('Idea boards are for the session’s hosts and participants');
    return {
      sessionId: row.id,
      status: row.status,
      participantId: row.participant_id,
      host,
      participant: !host,
      groupIds: row.group_ids,
    };
  }

  /** As `reader`, for creating a board: hosts, co-hosts and the session's coordinators and admins. */
  async creator(me: Principal, sessionId: string): Promise<BoardReader> {
    const reader = await this.reader(me, { sessionId });
    if (!reader.host) throw ApiException.forbidden('Only the session’s hosts may create an idea board');
    if (reader.status === 'ended' || reader.status === 'cancelled')
      throw new ApiException(HttpStatus.CONFLICT, ErrorCode.LiveClosed, `This session is ${reader.status}`);
    return reader;
  }
}

/** Why a participant may not read a board (hosts read every board); `null` when they may. */
export function unreadable(reader: BoardReader, board: LiveBoard): 'other-group' | 'votes-hidden' | null {
  if (reader.host) return null;
  if (board.groupId !== null && !reader.groupIds.includes(board.groupId)) return 'other-group';
  return board.votesVisible ? null : 'votes-hidden';
}

/** A participant reads their room's and their groups' boards once the counts are visible to them. */
export function readable(reader: BoardReader, board: LiveBoard): boolean {
  return unreadable(reader, board) === null;
}
