import { type AuthoringCourseListQuery, COURSE_STATUSES, type CourseStatus } from '@kotopaikka/contracts';

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

import { PageQueryDto } from '../../../platform/http/page-query.dto';

export class AuthoringCourseListQueryDto extends PageQueryDto implements AuthoringCourseListQuery {
  @ApiPropertyOptional({ enum: COURSE_STATUSES })
  @IsOptional()
  @IsIn(COURSE_STATUSES)
  status?: CourseStatus;

  @ApiPropertyOptional({ description: 'Part of the title, in any language', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
