import {
  type AssignCourseRequest,
  type AssignCourseResult,
  type Audience,
  AUDIENCES,
  type CourseReflection,
  type LessonProgress,
  type LessonProgressRequest,
  type Page,
  type ReflectionAnswer,
  type ReflectionAnswerRequest,
} from '@kotopaikka/contracts';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

import { IdNameDto } from '../../../platform/http/id-name.dto';
import { IsCalendarDate } from '../../../platform/http/input-rules';
import { EnrollmentStateDto } from './course.dto';

export class AssignCourseDto implements AssignCourseRequest {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ enum: AUDIENCES })
  @IsOptional()
  @IsIn(AUDIENCES)
  audience?: Audience;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  municipalityId?: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2026-12-31' })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string | null;
}

export class AssignCourseResultDto implements AssignCourseResult {
  @ApiProperty({ description: 'Newly enrolled people' })
  enrolled!: number;

  @ApiProperty({ description: 'People who were enrolled already (their due date is updated when one was given)' })
  alreadyEnrolled!: number;
}

export class LessonProgressDto implements LessonProgressRequest {
  @ApiPropertyOptional({ description: 'true: the lesson is done' })
  @IsOptional()
  @IsBoolean()
  done?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'The block reached; the last block marks the lesson done' })
  @IsOptional()
  @IsUUID()
  lastBlockId?: string;
}

export class LessonProgressResultDto implements LessonProgress {
  @ApiProperty({ format: 'uuid' })
  lessonId!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  doneAt!: string | null;

  @ApiProperty({ type: EnrollmentStateDto })
  course!: EnrollmentStateDto;
}

export class ReflectionAnswerDto implements ReflectionAnswerRequest {
  @ApiProperty({ maxLength: 5000 })
  @IsString()
  @MaxLength(5000)
  answer!: string;
}

export class ReflectionAnswerResultDto implements ReflectionAnswer {
  @ApiProperty({ format: 'uuid' })
  blockId!: string;

  @ApiProperty()
  answer!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class CourseReflectionDto implements CourseReflection {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  blockId!: string;

  @ApiProperty({ format: 'uuid' })
  lessonId!: string;

  @ApiProperty({ type: IdNameDto })
  learner!: IdNameDto;

  @ApiProperty()
  answer!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class CourseReflectionPageDto implements Page<CourseReflection> {
  @ApiProperty({ type: CourseReflectionDto, isArray: true })
  items!: CourseReflectionDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
}
