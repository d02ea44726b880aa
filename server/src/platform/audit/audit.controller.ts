import type { AuditEntry, Page } from '@kotopaikka/contracts';

import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Roles } from '../auth/auth.decorators';
import { AuditLogService } from './audit-log.service';
import { AuditListQueryDto, AuditPageDto } from './dto/audit.dto';

@ApiTags('audit')
@Controller('audit')
@Roles('admin')
export class AuditController {
  constructor(private readonly log: AuditLogService) {}

  @Get()
  @ApiOperation({ summary: 'The audit trail of administrative actions, newest first' })
  @ApiOkResponse({ type: AuditPageDto })
  list(@Query() query: AuditListQueryDto): Promise<Page<AuditEntry>> {
    return this.log.audit(query);
  }
}
