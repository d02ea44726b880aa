import type { AppNotification, NotificationList } from '@kotopaikka/contracts';

import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { TableRow } from '../../database/table-row';
import { ApiException } from '../errors/api.exception';
import { cursorTimeSql, decodeCursor, encodeCursor } from '../http/sql-support';
import { RealtimeEmitter } from '../realtime/realtime-emitter.service';
import type { NotificationEntity } from './notification.entity';

type NotificationRow = TableRow<NotificationEntity, 'id' | 'kind' | 'params' | 'link' | 'createdAt' | 'readAt'> & {
  cursor_at: string;
};

const COLUMNS = `id, kind, params, link, created_at, read_at, ${cursorTimeSql('created_at')} AS cursor_at`;

function toNotification(row: NotificationRow): AppNotification {
  return {
    id: row.id,
    kind: row.kind,
    params: row.params,
    link: row.link,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at ? row.read_at.toISOString() : null,
  };
}

/** In-app notifications: stored first, then pushed to the person's open tabs on any node. */
@Injectable()
export class NotificationService {
  private readonly logger = new Logger('Notifications');

  constructor(
    private readonly db: DataSource,
    private readonly live: RealtimeEmitter,
  ) {}

  async notify(
    userId: string,
    kind: string,
    params: Record<string, string | number> = {},
    link: string | null = null,
  ): Promise<AppNotification> {
    const [row]: NotificationRow[] = await this.db.query(
      `INSERT INTO notification (user_id, kind, params, link) VALUES ($1, $2, $3::jsonb, $4) RETURNING ${COLUMNS}`,
      [userId, kind, JSON.stringify(params), link],
    );
    const notification = toNotification(row);
    const unread = await this.unreadCount(userId);
    this.push(userId, () => {
      this.live.toUser(userId, 'notification:new', notification);
      this.live.toUser(userId, 'notification:unread', { unread });
    });
    return notification;
  }

  async list(userId: string, cursor: string | undefined, limit: number): Promise<NotificationList> {
    const after = decodeCursor(cursor, ['timestamp', 'uuid']);
    const rows: NotificationRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM notification
        WHERE user_id = $1 AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
        ORDER BY created_at DESC, id DESC LIMIT $4`,
      [userId, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
    );
    const page = rows.slice(0, limit);
    return {
      items: page.map(toNotification),
      nextCursor:
        rows.length > limit ? encodeCursor([page[page.length - 1].cursor_at, page[page.length - 1].id]) : null,
      unread: await this.unreadCount(userId),
    };
  }

  /** Marks one of the person's notifications read; 404 for an id that is not theirs. */
  async markRead(userId: string, id: string): Promise<number> {
    // TypeORM answers an UPDATE with [rows, affected].
    const [, affected]: [unknown, number] = await this.db.query(
      `UPDATE notification SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND user_id = $2`,
      [id, userId],
    );
    if (affected === 0) throw ApiException.notFound('Notification');
    return this.publishUnread(userId);
  }

  async markAllRead(userId: string): Promise<number> {
    await this.db.query(`UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`, [userId]);
    return this.publishUnread(userId);
  }

  async unreadCount(userId: string): Promise<number> {
    const [row]: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return row.n;
  }

  private async publishUnread(userId: string): Promise<number> {
    const unread = await this.unreadCount(userId);
    this.push(userId, () => this.live.toUser(userId, 'notification:unread', { unread }));
    return unread;
  }

  // The row is the record; a push that cannot go out (Redis away) is caught up by the next list fetch.
  private push(userId: string, emit: () => void): void {
    try {
      emit();
    } catch (err) {
      this.logger.warn({ userId, err: (err as Error).message }, 'notification push failed');
    }
  }
}
