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
    }[] = await this.db.query(
      `SELECT s.id, s.status, ${visibleSessionSql(me, params)} AS visible,
              ${managesSql(me, params)} AS manages, p.id AS participant_id, p.role
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
    return { sessionId: row.id, status: row.status, participantId: row.participant_id, host, participant: !host };
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

/** A participant reads a board once its counts are visible to them; hosts read every board. */
export function readable(reader: BoardReader, board: LiveBoard): boolean {
  return reader.host || board.votesVisible;
}
