import type { LiveSessionReport } from '@kotopaikka/contracts';

import { Controller, Get, Header, Param, Query, StreamableFile } from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';

import { CurrentUser } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { uuidParam } from '../../platform/http/uuid-param';
import { asLocale } from '../../training/learning/learner-scope';
import { LiveReportQueryDto } from './report.dto';
import { LiveReportService } from './report.service';
import { attendanceCsv } from './report-csv';
import { LiveSessionReportDto } from './report-view.dto';

// No @Roles: hosts are members of any role; the service decides per session.
@ApiTags('live sessions')
@Controller('live-sessions')
export class LiveReportController {
  constructor(private readonly reports: LiveReportService) {}

  @Get(':id/report.csv')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: "A session's attendance as CSV for Finnish Excel (hosts, its coordinators, admins)" })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  @ApiForbiddenResponse({ description: 'Sees the session but does not host or oversee it' })
  @ApiNotFoundResponse({ description: 'No such session in sight' })
  async csv(
    @CurrentUser() me: Principal,
    @Param('id', uuidParam()) id: string,
    @Query() query: LiveReportQueryDto,
  ): Promise<StreamableFile> {
    const rows = await this.reports.attendees(me, id);
    const file = Buffer.from(attendanceCsv(rows, query.locale ?? asLocale(me.locale)), 'utf8');
    return new StreamableFile(file, {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="attendance-${id}.csv"`,
      length: file.length,
    });
  }

  @Get(':id/report')
  @ApiOperation({
    summary:
      "A session's report: attendance, chat count, poll and board results, notes (hosts, its coordinators, admins)",
  })
  @ApiOkResponse({ type: LiveSessionReportDto })
  @ApiForbiddenResponse({ description: 'Sees the session but does not host or oversee it' })
  @ApiNotFoundResponse({ description: 'No such session in sight' })
  report(@CurrentUser() me: Principal, @Param('id', uuidParam()) id: string): Promise<LiveSessionReport> {
    return this.reports.report(me, id);
  }
}
