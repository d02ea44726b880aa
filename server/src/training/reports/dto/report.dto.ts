import {
  type Audience,
  AUDIENCES,
  type CourseReport,
  type CourseReportFigures,
  type CourseReportListQuery,
  type CourseReportQuery,
  type CourseReportRow,
  type CourseReportSummary,
  type IdName,
  type Locale,
  type Page,
  SUPPORTED_LOCALES,
} from '@kotopaikka/contracts';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

import { PageQueryDto } from '../../../platform/http/page-query.dto';

export class CourseReportQueryDto implements CourseReportQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: "Only learners of this municipality (within the reader's scope)",
  })
  @IsOptional()
  @IsUUID()
  municipalityId?: string;

  @ApiPropertyOptional({ enum: AUDIENCES })
  @IsOptional()
  @IsIn(AUDIENCES)
  audience?: Audience;

  @ApiPropertyOptional({
    enum: SUPPORTED_LOCALES,
    description: "Language to name courses in; defaults to the reader's own",
  })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  locale?: Locale;
}

/** `GET /api/reports/courses`: the language and the page, no filters. */
export class CourseReportListQueryDto extends PageQueryDto implements CourseReportListQuery {
  @ApiPropertyOptional({
    enum: SUPPORTED_LOCALES,
    description: "Language to name courses in; defaults to the reader's own",
  })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  locale?: Locale;
}

class ReportIdNameDto implements IdName {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;
}

export class CourseReportFiguresDto implements CourseReportFigures {
  @ApiProperty({ type: Number, nullable: true, description: 'null when suppressed' })
  enrolled!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Enrolled, not yet completed; null when suppressed' })
  inProgress!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'null when suppressed' })
  completed!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: "Mean of each learner's best score per quiz" })
  averageQuizScorePercent!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Mean days from enrollment to completion' })
  averageCompletionDays!: number | null;

  @ApiProperty({
    description:
      'A group of 1–4 people shown to a reader of figures (decision-maker): every figure withheld, shown as "<5"',
  })
  suppressed!: boolean;
}

export class CourseReportSummaryDto extends CourseReportFiguresDto implements CourseReportSummary {
  @ApiProperty({ type: ReportIdNameDto })
  course!: ReportIdNameDto;
}

export class CourseReportSummaryListDto implements Page<CourseReportSummary> {
  @ApiProperty({ type: [CourseReportSummaryDto] })
  items!: CourseReportSummaryDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
}

export class CourseReportRowDto extends CourseReportFiguresDto implements CourseReportRow {
  @ApiProperty({ type: ReportIdNameDto, nullable: true })
  municipality!: ReportIdNameDto | null;

  @ApiProperty({ enum: AUDIENCES })
  audience!: Audience;
}

export class CourseReportDto implements CourseReport {
  @ApiProperty({ type: ReportIdNameDto })
  course!: ReportIdNameDto;

  @ApiProperty({ type: CourseReportFiguresDto })
  totals!: CourseReportFiguresDto;

  @ApiProperty({ type: [CourseReportRowDto] })
  rows!: CourseReportRowDto[];
}
