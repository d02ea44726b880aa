import { AuditEntryEntity } from './audit/audit-entry.entity';
import { AuthTokenEntity } from './auth/auth-token.entity';
import { UserSessionEntity } from './auth/user-session.entity';
import { MailMessageEntity } from './mail/mail-message.entity';
import { NotificationEntity } from './notifications/notification.entity';
import { OutboxMessageEntity } from './outbox/outbox-message.entity';

/** The platform's tables, for the data source that app.entities.ts composes. */
export const platformEntities = [
  UserSessionEntity,
  AuthTokenEntity,
  OutboxMessageEntity,
  MailMessageEntity,
  NotificationEntity,
  AuditEntryEntity,
];
