import type { AuditEntry, MailLogDetail, MailLogEntry, Page } from '@kotopaikka/contracts';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { UserEntity } from '../../accounts/users/user.entity';
import type { TableRow } from '../../database/table-row';
import { ApiException } from '../errors/api.exception';
import { DEFAULT_PAGE_SIZE } from '../http/page-query.dto';
import { cursorTimeSql, decodeCursor, likePattern, SqlParams, toPage } from '../http/sql-support';
import type { MailMessageEntity } from '../mail/mail-message.entity';
import type { AuditEntryEntity } from './audit-entry.entity';
import type { AuditListQueryDto } from './dto/audit.dto';
import type { MailLogQueryDto } from './dto/mail-log.dto';

type AuditRow = TableRow<
  AuditEntryEntity,
  'id' | 'actorId' | 'action' | 'entityType' | 'entityId' | 'details' | 'createdAt'
> & {
  actor_name: UserEntity['displayName'] | null;
  entity_name: string | null;
  /** created_at with its microseconds, for the cursor (a JS Date keeps milliseconds only). */
  created_key: string;
};

// The list leaves out html_body; only one message's detail reads it.
type MailRow = TableRow<
  MailMessageEntity,
  'id' | 'userId' | 'toAddress' | 'subject' | 'category' | 'textBody' | 'transport' | 'createdAt'
> &
  Partial<TableRow<MailMessageEntity, 'htmlBody'>> & { created_key: string };

/** Read side of the audit trail and the mail log, newest first; admins only (the controller says so). */
@Injectable()
export class AuditLogService {
  constructor(private readonly db: DataSource) {}

  async audit(query: AuditListQueryDto): Promise<Page<AuditEntry>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, ['timestamp', 'uuid']);
    const p = new SqlParams();
    const where: string[] = [];
    if (query.action) where.push(`a.action = ${p.add(query.action)}`);
    if (query.entityType) where.push(`a.entity_type = ${p.add(query.entityType)}`);
    if (query.actorId) where.push(`a.actor_id = ${p.add(query.actorId)}`);
    if (after) where.push(`(a.created_at, a.id) < (${p.add(after[0])}::timestamptz, ${p.add(after[1])}::uuid)`);
    const rows: AuditRow[] = await this.db.query(
      `SELECT a.id, a.actor_id, u.display_name AS actor_name, a.action, a.entity_type, a.entity_id, ${entityNameSql(p.add(query.locale ?? 'fi'))} AS entity_name,
              a.details, a.created_at, ${cursorTimeSql('a.created_at')} AS created_key
         FROM audit_entry a LEFT JOIN app_user u ON u.id = a.actor_id
         CROSS JOIN LATERAL (SELECT CASE WHEN a.entity_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN a.entity_id::uuid END AS eid) t
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY a.created_at DESC, a.id DESC
        LIMIT ${p.add(limit + 1)}`,
      p.values,
    );
    return toPage(
      rows,
      limit,
      (r) => ({
        id: r.id,
        actor: r.actor_id ? { id: r.actor_id, name: r.actor_name ?? '' } : null,
        action: r.action,
        entityType: r.entity_type,
        entityId: r.entity_id,
        entityName: r.entity_name,
        details: r.details,
        createdAt: r.created_at.toISOString(),
      }),
      (r) => [r.created_key, r.id],
    );
  }

  async mailLog(query: MailLogQueryDto): Promise<Page<MailLogEntry>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, ['timestamp', 'uuid']);
    const p = new SqlParams();
    const where: string[] = [];
    if (query.to?.trim()) where.push(`to_address ILIKE ${p.add(likePattern(query.to.trim()))}`);
    if (query.category) where.push(`category = ${p.add(query.category)}`);
    if (query.userId) where.push(`user_id = ${p.add(query.userId)}`);
    if (after) where.push(`(created_at, id) < (${p.add(after[0])}::timestamptz, ${p.add(after[1])}::uuid)`);
    const rows: MailRow[] = await this.db.query(
      `SELECT id, user_id, to_address, subject, category, text_body, transport, created_at, ${cursorTimeSql('created_at')} AS created_key
         FROM mail_message
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY created_at DESC, id DESC
        LIMIT ${p.add(limit + 1)}`,
      p.values,
    );
    return toPage(rows, limit, toMailLogEntry, (r) => [r.created_key, r.id]);
  }

  async mailMessage(id: string): Promise<MailLogDetail> {
    const rows: MailRow[] = await this.db.query(
      `SELECT id, user_id, to_address, subject, category, text_body, html_body, transport, created_at, '' AS created_key
         FROM mail_message WHERE id = $1`,
      [id],
    );
    if (!rows[0]) throw ApiException.notFound('Mail message');
    return { ...toMailLogEntry(rows[0]), userId: rows[0].user_id, htmlBody: rows[0].html_body ?? '' };
  }
}

/** The audit target's name by its type, looked up by primary key (`t.eid`); titles in the language `locale` names. */
function entityNameSql(locale: string): string {
  const title = (table: string): string =>
    `(SELECT COALESCE(NULLIF(x.title->>${locale}, ''), NULLIF(x.title->>'fi', ''), x.title->>'en') FROM ${table} x WHERE x.id = t.eid)`;
  return `CASE a.entity_type
    WHEN 'user' THEN (SELECT x.display_name FROM app_user x WHERE x.id = t.eid)
    WHEN 'organisation' THEN (SELECT x.name FROM organisation x WHERE x.id = t.eid)
    WHEN 'municipality' THEN (SELECT x.name FROM municipality x WHERE x.id = t.eid)
    WHEN 'stored_file' THEN (SELECT x.file_name FROM stored_file x WHERE x.id = t.eid)
    WHEN 'course' THEN ${title('course')}
    WHEN 'course_module' THEN ${title('course_module')}
    WHEN 'lesson' THEN ${title('lesson')}
    WHEN 'quiz' THEN ${title('quiz')}
  END`;
}

function toMailLogEntry(r: MailRow): MailLogEntry {
  return {
    id: r.id,
    to: r.to_address,
    subject: r.subject,
    category: r.category,
    textBody: r.text_body,
    transport: r.transport,
    createdAt: r.created_at.toISOString(),
  };
}
