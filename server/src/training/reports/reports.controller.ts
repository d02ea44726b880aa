import type { CourseReport, CourseReportSummary, Page } from '@kotopaikka/contracts';

import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';

import { CurrentUser } from '../../platform/auth/auth.decorators';
import type { Principal } from '../../platform/auth/principal';
import { uuidParam } from '../../platform/http/uuid-param';
import {
  CourseReportDto,
  CourseReportListQueryDto,
  CourseReportQueryDto,
  CourseReportSummaryListDto,
} from './dto/report.dto';
import { ReportsService } from './reports.service';

// No @Roles: decision-makers and employers are members; the service scopes or refuses (403) per person.
@ApiTags('reports')
@Controller('reports/courses')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get()
  @ApiOperation({
    summary: 'Figures per course over the learners I may report on, newest course first, a page at a time',
  })
  @ApiOkResponse({ type: CourseReportSummaryListDto })
  @ApiBadRequestResponse({ description: 'A cursor this list did not give out, or a limit outside 1 to 100' })
  @ApiForbiddenResponse({ description: 'Not a decision-maker, coordinator, employer with an organisation or admin' })
  courses(@CurrentUser() me: Principal, @Query() query: CourseReportListQueryDto): Promise<Page<CourseReportSummary>> {
    return this.reports.courses(me, query);
  }

  // Declared before `:id` so `<uuid>.csv` is not read as an id.
  @Get(':id.csv')
  @ApiOperation({
    summary: "One course's enrollments in my scope as CSV for Finnish Excel (BOM, semicolons), streamed",
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  @ApiForbiddenResponse({ description: 'No report scope' })
  @ApiNotFoundResponse({ description: 'No such course' })
  async csv(
    @CurrentUser() me: Principal,
    @Param('id', uuidParam()) id: string,
    @Query() query: CourseReportQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    let started = false;
    const write = async (chunk: string): Promise<void> => {
      if (!started) {
        started = true;
        res.status(200);
        res.setHeader('Content-Type', 'text/csv; charset=utf-8');
        res.setHeader('Content-Disposition', `attachment; filename="course-report-${id}.csv"`);
        res.setHeader('Cache-Control', 'no-store');
      }
      // Respect backpressure so a large export never piles up in memory.
      if (!res.write(chunk)) await new Promise<void>((resolve) => res.once('drain', () => resolve()));
    };
    try {
      await this.reports.streamCsv(me, id, query, write);
    } catch (err) {
      // Before the first byte the error filter answers as usual; after it, a cut connection is the only honest signal.
      if (!started) throw err;
      res.destroy(err as Error);
      return;
    }
    res.end();
  }

  @Get(':id')
  @ApiOperation({ summary: "One course's figures by municipality and audience, over the learners I may report on" })
  @ApiOkResponse({ type: CourseReportDto })
  @ApiForbiddenResponse({ description: 'No report scope' })
  @ApiNotFoundResponse({ description: 'No such course' })
  course(
    @CurrentUser() me: Principal,
    @Param('id', uuidParam()) id: string,
    @Query() query: CourseReportQueryDto,
  ): Promise<CourseReport> {
    return this.reports.course(me, id, query);
  }
}
