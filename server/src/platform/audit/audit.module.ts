import { Global, Module } from '@nestjs/common';

import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { AuditLogService } from './audit-log.service';
import { MailLogController } from './mail-log.controller';

/** Global so that every feature can record its administrative actions in its own transaction. */
@Global()
@Module({
  controllers: [AuditController, MailLogController],
  providers: [AuditService, AuditLogService],
  exports: [AuditService],
})
export class AuditModule {}
