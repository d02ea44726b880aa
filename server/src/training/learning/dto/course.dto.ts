import {
  type Audience,
  AUDIENCES,
  BLOCK_KINDS,
  type BlockKind,
  COURSE_STATUSES,
  type CourseDetail,
  type CourseLesson,
  type CourseListQuery,
  type CourseModule,
  type CourseStatus,
  type CourseSummary,
  type EnrollmentState,
  type LessonBlock,
  type Locale,
  type MyCourse,
  type MyCoursesQuery,
  type Page,
  SUPPORTED_LOCALES,
} from '@kotopaikka/contracts';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

import { IdNameDto } from '../../../platform/http/id-name.dto';
import { PageQueryDto } from '../../../platform/http/page-query.dto';

export class EnrollmentStateDto implements EnrollmentState {
  @ApiProperty({ format: 'uuid' })
  enrollmentId!: string;

  @ApiProperty({ minimum: 0, maximum: 100 })
  progressPercent!: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  completedAt!: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  dueDate!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  continueLessonId!: string | null;
}

export class CourseSummaryDto implements CourseSummary {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  summary!: string;

  @ApiProperty({ type: String, nullable: true })
  coverImageUrl!: string | null;

  @ApiProperty()
  estimatedMinutes!: number;

  @ApiProperty({ enum: AUDIENCES, isArray: true })
  audiences!: Audience[];

  @ApiProperty({ enum: SUPPORTED_LOCALES, isArray: true })
  locales!: Locale[];

  @ApiProperty({ enum: COURSE_STATUSES })
  status!: CourseStatus;

  @ApiProperty({ description: 'Some text fell back to another language' })
  fallback!: boolean;

  @ApiProperty({ type: EnrollmentStateDto, nullable: true })
  enrollment!: EnrollmentStateDto | null;
}

export class CoursePageDto implements Page<CourseSummary> {
  @ApiProperty({ type: CourseSummaryDto, isArray: true })
  items!: CourseSummaryDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
}

export class CourseListQueryDto extends PageQueryDto implements CourseListQuery {
  @ApiPropertyOptional({ enum: AUDIENCES })
  @IsOptional()
  @IsIn(AUDIENCES)
  audience?: Audience;

  @ApiPropertyOptional({ enum: SUPPORTED_LOCALES, description: 'Only courses with content in this language' })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  locale?: Locale;

  @ApiPropertyOptional({
    enum: SUPPORTED_LOCALES,
    description: "Language to answer texts in; defaults to the person's own",
  })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  lang?: Locale;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only courses offered in this municipality' })
  @IsOptional()
  @IsUUID()
  municipalityId?: string;

  @ApiPropertyOptional({ description: 'Part of the title or summary, in any language' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class CourseLocaleQueryDto {
  @ApiPropertyOptional({ enum: SUPPORTED_LOCALES, description: "Defaults to the person's own language" })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  locale?: Locale;
}

export class MyCoursesQueryDto extends PageQueryDto implements MyCoursesQuery {
  @ApiPropertyOptional({
    enum: SUPPORTED_LOCALES,
    description: "Language to answer texts in; defaults to the person's own",
  })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  locale?: Locale;
}

/** The union of the block kinds; `kind` says which fields are present. */
export class LessonBlockDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: BLOCK_KINDS })
  kind!: BlockKind;

  @ApiPropertyOptional({ description: 'text' })
  markdown?: string;

  @ApiPropertyOptional({ description: 'video, file' })
  url?: string;

  @ApiPropertyOptional({ description: 'video, quiz' })
  title?: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'video' })
  transcript?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'video' })
  captionsUrl?: string | null;

  @ApiPropertyOptional({ format: 'uuid', description: 'file' })
  fileId?: string;

  @ApiPropertyOptional({ description: 'file' })
  fileName?: string;

  @ApiPropertyOptional({ description: 'file' })
  mimeType?: string;

  @ApiPropertyOptional({ description: 'file' })
  sizeBytes?: number;

  @ApiPropertyOptional({ description: 'reflection' })
  prompt?: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: "reflection: the person's own answer" })
  answer?: string | null;

  @ApiPropertyOptional({ format: 'uuid', description: 'quiz' })
  quizId?: string;

  @ApiPropertyOptional({ description: 'quiz' })
  required?: boolean;

  @ApiPropertyOptional({ description: 'quiz' })
  passed?: boolean;
}

export class CourseLessonDto implements CourseLesson {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  required!: boolean;

  @ApiProperty()
  done!: boolean;

  @ApiProperty({ type: LessonBlockDto, isArray: true })
  blocks!: LessonBlock[];
}

export class CourseModuleDto implements CourseModule {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: CourseLessonDto, isArray: true })
  lessons!: CourseLessonDto[];
}

export class CourseDetailDto extends CourseSummaryDto implements CourseDetail {
  @ApiProperty({ enum: SUPPORTED_LOCALES })
  locale!: Locale;

  @ApiProperty({ type: IdNameDto, isArray: true, description: 'Empty: offered everywhere' })
  municipalities!: IdNameDto[];

  @ApiProperty({ type: CourseModuleDto, isArray: true })
  modules!: CourseModuleDto[];
}

class MyCourseCourseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: String, nullable: true })
  coverImageUrl!: string | null;

  @ApiProperty()
  fallback!: boolean;
}

class ContinueLessonDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  title!: string;
}

export class MyCourseDto implements MyCourse {
  @ApiProperty({ format: 'uuid' })
  enrollmentId!: string;

  @ApiProperty({ type: MyCourseCourseDto })
  course!: MyCourseCourseDto;

  @ApiProperty()
  progressPercent!: number;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  dueDate!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  completedAt!: string | null;

  @ApiProperty({ type: ContinueLessonDto, nullable: true })
  continueLesson!: ContinueLessonDto | null;

  @ApiProperty({ type: String, nullable: true })
  certificateCode!: string | null;
}

export class MyCoursePageDto implements Page<MyCourse> {
  @ApiProperty({ type: MyCourseDto, isArray: true })
  items!: MyCourseDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
}
