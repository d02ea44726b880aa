import {
  type Audience,
  AUDIENCES,
  COURSE_STATUSES,
  type CourseAuthoring,
  type CourseCoverInput,
  type CourseStatus,
  type CreateCourseRequest,
  type UpdateCourseRequest,
} from '@kotopaikka/contracts';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

import { IsOptionalNotNull } from '../../../platform/http/optional';
import { LocalizedParagraphDto, LocalizedTitleDto } from './localized.dto';
import { AuthoringModuleDto } from './structure.dto';

export class CreateCourseDto implements CreateCourseRequest, CourseCoverInput {
  @ApiProperty({ type: LocalizedTitleDto })
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedTitleDto)
  title!: LocalizedTitleDto;

  @ApiProperty({ type: LocalizedParagraphDto })
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedParagraphDto)
  summary!: LocalizedParagraphDto;

  @ApiProperty({ minimum: 1, maximum: 10000 })
  @IsInt()
  @Min(1)
  @Max(10000)
  estimatedMinutes!: number;

  @ApiProperty({ enum: AUDIENCES, isArray: true })
  @IsArray()
  @ArrayMaxSize(AUDIENCES.length)
  @ArrayUnique()
  @IsIn(AUDIENCES, { each: true })
  audiences!: Audience[];

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    isArray: true,
    nullable: true,
    description: 'Omitted, null or empty: offered in every municipality',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  municipalityIds?: string[];

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'An uploaded image' })
  @IsOptional()
  @IsUUID()
  coverFileId?: string | null;
}

export class UpdateCourseDto implements Omit<UpdateCourseRequest, 'status' | 'municipalityIds'>, CourseCoverInput {
  @ApiPropertyOptional({ type: LocalizedTitleDto })
  @IsOptionalNotNull()
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedTitleDto)
  title?: LocalizedTitleDto;

  @ApiPropertyOptional({ type: LocalizedParagraphDto })
  @IsOptionalNotNull()
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedParagraphDto)
  summary?: LocalizedParagraphDto;

  @ApiPropertyOptional({ minimum: 1, maximum: 10000 })
  @IsOptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(10000)
  estimatedMinutes?: number;

  @ApiPropertyOptional({ enum: AUDIENCES, isArray: true })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(AUDIENCES.length)
  @ArrayUnique()
  @IsIn(AUDIENCES, { each: true })
  audiences?: Audience[];

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    isArray: true,
    nullable: true,
    description: 'null or empty: offered in every municipality',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  municipalityIds?: string[] | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  coverFileId?: string | null;
}

export class CourseAuthoringDto implements Omit<CourseAuthoring, 'modules'> {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: COURSE_STATUSES })
  status!: CourseStatus;

  @ApiProperty({ type: LocalizedTitleDto })
  title!: LocalizedTitleDto;

  @ApiProperty({ type: LocalizedParagraphDto })
  summary!: LocalizedParagraphDto;

  @ApiProperty({ type: String, nullable: true })
  coverImageUrl!: string | null;

  @ApiProperty()
  estimatedMinutes!: number;

  @ApiProperty({ enum: AUDIENCES, isArray: true })
  audiences!: Audience[];

  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'Empty: offered in every municipality' })
  municipalityIds!: string[];

  @ApiProperty({ type: AuthoringModuleDto, isArray: true })
  modules!: AuthoringModuleDto[];

  @ApiProperty()
  updatedAt!: string;
}
