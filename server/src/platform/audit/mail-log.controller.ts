import type { MailLogDetail, MailLogEntry, Page } from '@kotopaikka/contracts';

import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Roles } from '../auth/auth.decorators';
import { uuidParam } from '../http/uuid-param';
import { AuditLogService } from './audit-log.service';
import { MailLogDetailDto, MailLogPageDto, MailLogQueryDto } from './dto/mail-log.dto';

/** The mail log lives beside the audit trail: both are the admin's record of what the platform did. */
@ApiTags('audit')
@Controller('mail-log')
@Roles('admin')
export class MailLogController {
  constructor(private readonly log: AuditLogService) {}

  @Get()
  @ApiOperation({ summary: 'E-mail the platform sent (or logged without SMTP), newest first' })
  @ApiOkResponse({ type: MailLogPageDto })
  list(@Query() query: MailLogQueryDto): Promise<Page<MailLogEntry>> {
    return this.log.mailLog(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One sent e-mail with its HTML body' })
  @ApiOkResponse({ type: MailLogDetailDto })
  get(@Param('id', uuidParam()) id: string): Promise<MailLogDetail> {
    return this.log.mailMessage(id);
  }
}
