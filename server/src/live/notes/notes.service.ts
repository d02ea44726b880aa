import type { LiveNotes } from '@kotopaikka/contracts';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import { SqlParams } from '../../platform/http/sql-support';
import { managesSql, visibleSessionSql } from '../sessions/invitation-scope';
import { NotesStore } from './notes-store.service';

/**
 * Reading the notes outside the room: hosts, admins, coordinators of the session's municipality, and those
 * who took part (a participant row not removed by a host). An invitee who never joined sees the session but
 * not its notes (403); anyone else gets 404, as for the session itself.
 */
@Injectable()
export class NotesService {
  constructor(
    private readonly db: DataSource,
    private readonly store: NotesStore,
  ) {}

  async read(me: Principal, sessionId: string): Promise<LiveNotes> {
    await this.authorize(me, sessionId);
    const { text, updatedAt } = await this.store.text({ sessionId, groupId: null });
    return { sessionId, groupId: null, text, updatedAt: updatedAt?.toISOString() ?? null };
  }

  /** The notes as a Markdown file: written as Markdown-ish text, so exported as they are. */
  async markdown(me: Principal, sessionId: string): Promise<string> {
    const { text } = await this.read(me, sessionId);
    return text.length === 0 || text.endsWith('\n') ? text : `${text}\n`;
  }

  private async authorize(me: Principal, sessionId: string): Promise<void> {
    const params = new SqlParams();
    const id = params.add(sessionId);
    const rows: { reads: boolean; visible: boolean }[] = await this.db.query(
      `SELECT (${managesSql(me, params)}
               OR EXISTS (SELECT 1 FROM live_participant p
                           WHERE p.session_id = s.id AND p.user_id = ${params.add(me.id)}::uuid AND p.removed_at IS NULL)) AS reads,
              ${visibleSessionSql(me, params)} AS visible
         FROM live_session s WHERE s.id = ${id}::uuid`,
      params.values,
    );
    const row = rows[0];
    if (!row || !(row.reads || row.visible)) throw ApiException.notFound('Live session');
    if (!row.reads) throw ApiException.forbidden('The notes are for the hosts and those who took part');
  }
}
