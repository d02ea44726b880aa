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
import { MentoringHealthDto, MentoringProgramReportDto, MentoringReportQueryDto } from './dto/insight.dto';
import { ProgramHealthService } from './program-health.service';
import { ProgramReportService } from './program-report.service';
import { programReportCsv } from './report-csv';

// No @Roles: decision-makers are members; the services decide per program (403 seen, 404 unseen).
@ApiTags('mentoring')
@Controller('mentoring/programs')
export class MentoringInsightController {
  constructor(
    private readonly health: ProgramHealthService,
    private readonly reports: ProgramReportService,
  ) {}

  @Get(':programId/health')
  @ApiOperation({
    summary: 'What needs a coordinator: no meeting in 30 days, unanswered proposals, "not a good fit", early endings',
  })
  @ApiOkResponse({ type: MentoringHealthDto })
  @ApiForbiddenResponse({ description: 'Sees the program but does not coordinate any of its municipalities' })
  @ApiNotFoundResponse({ description: 'No such program in sight' })
  programHealth(
    @CurrentUser() me: Principal,
    @Param('programId', uuidParam('programId')) programId: string,
  ): Promise<MentoringHealthDto> {
    return this.health.health(me, programId);
  }

  // Declared before `:programId/report` for clarity; the paths differ anyway.
  @Get(':programId/report.csv')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: "A program's report as CSV for Finnish Excel (BOM, semicolons), in the reader's language" })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  @ApiForbiddenResponse({ description: 'Sees the program but reads no report of it' })
  @ApiNotFoundResponse({ description: 'No such program in sight' })
  async reportCsv(
    @CurrentUser() me: Principal,
    @Param('programId', uuidParam('programId')) programId: string,
    @Query() query: MentoringReportQueryDto,
  ): Promise<StreamableFile> {
    const report = await this.reports.report(me, programId);
    const file = Buffer.from(programReportCsv(report, query.locale ?? asLocale(me.locale)), 'utf8');
    return new StreamableFile(file, {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="mentoring-report-${programId}.csv"`,
      length: file.length,
    });
  }

  @Get(':programId/report')
  @ApiOperation({
    summary: "A program's figures over the reader's municipalities (coordinators, decision-makers, admins)",
  })
  @ApiOkResponse({ type: MentoringProgramReportDto })
  @ApiForbiddenResponse({ description: 'Sees the program but reads no report of it' })
  @ApiNotFoundResponse({ description: 'No such program in sight' })
  programReport(
    @CurrentUser() me: Principal,
    @Param('programId', uuidParam('programId')) programId: string,
  ): Promise<MentoringProgramReportDto> {
    return this.reports.report(me, programId);
  }
}
