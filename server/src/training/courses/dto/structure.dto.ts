import {
  type AuthoringLesson,
  type AuthoringModule,
  BLOCK_KINDS,
  type BlockInput,
  type BlockKind,
  type BlockUpdate,
  type CourseOrderRequest,
  type LessonInput,
  type ModuleInput,
} from '@kotopaikka/contracts';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { IsOptionalNotNull } from '../../../platform/http/optional';
import { LocalizedDocumentDto, LocalizedParagraphDto, LocalizedTitleDto } from './localized.dto';
import { AuthoringQuizDto, QuizInputDto } from './quiz.dto';

export class ModuleInputDto implements ModuleInput {
  @ApiProperty({ type: LocalizedTitleDto })
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedTitleDto)
  title!: LocalizedTitleDto;
}

export class LessonInputDto implements LessonInput {
  @ApiProperty({ type: LocalizedTitleDto })
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedTitleDto)
  title!: LocalizedTitleDto;

  @ApiPropertyOptional({ default: true })
  @IsOptionalNotNull()
  @IsBoolean()
  required?: boolean;
}

export class LessonUpdateDto implements Partial<LessonInput> {
  @ApiPropertyOptional({ type: LocalizedTitleDto })
  @IsOptionalNotNull()
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedTitleDto)
  title?: LocalizedTitleDto;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsBoolean()
  required?: boolean;
}

/** The fields of every kind, each checked for its type here; which ones a kind needs is checked in block-content.ts. */
export class BlockUpdateDto implements BlockUpdate {
  @ApiPropertyOptional({ type: LocalizedDocumentDto, description: 'text: Markdown' })
  @IsOptionalNotNull()
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedDocumentDto)
  markdown?: LocalizedDocumentDto;

  @ApiPropertyOptional({
    maxLength: 2000,
    description: 'video: https on youtube-nocookie.com, youtube.com or vimeo.com',
  })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional({ type: LocalizedTitleDto, description: 'video or file' })
  @IsOptionalNotNull()
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedTitleDto)
  title?: LocalizedTitleDto;

  @ApiPropertyOptional({
    type: LocalizedDocumentDto,
    nullable: true,
    description: 'video: transcript (this or captionsUrl)',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedDocumentDto)
  transcript?: LocalizedDocumentDto | null;

  @ApiPropertyOptional({ type: String, maxLength: 2000, nullable: true, description: 'video: https link to captions' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  captionsUrl?: string | null;

  @ApiPropertyOptional({ format: 'uuid', description: 'file: an uploaded file' })
  @IsOptionalNotNull()
  @IsUUID()
  fileId?: string;

  @ApiPropertyOptional({ type: LocalizedParagraphDto, description: 'reflection' })
  @IsOptionalNotNull()
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedParagraphDto)
  prompt?: LocalizedParagraphDto;
}

export class BlockInputDto extends BlockUpdateDto implements BlockInput {
  @ApiProperty({ enum: BLOCK_KINDS })
  @IsIn(BLOCK_KINDS)
  kind!: BlockKind;

  @ApiPropertyOptional({ type: QuizInputDto, description: 'quiz: its questions' })
  @IsOptionalNotNull()
  @IsObject()
  @ValidateNested()
  @Type(() => QuizInputDto)
  quiz?: QuizInputDto;
}

/** One shape for every kind (OpenAPI has no tagged unions here); the fields of the block's kind are set. */
export class AuthoringBlockDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: BLOCK_KINDS })
  kind!: BlockKind;

  @ApiPropertyOptional({ type: LocalizedDocumentDto })
  markdown?: LocalizedDocumentDto;

  @ApiPropertyOptional()
  url?: string;

  @ApiPropertyOptional({ type: LocalizedTitleDto })
  title?: LocalizedTitleDto;

  @ApiPropertyOptional({ type: LocalizedDocumentDto, nullable: true })
  transcript?: LocalizedDocumentDto | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  captionsUrl?: string | null;

  @ApiPropertyOptional({ format: 'uuid' })
  fileId?: string;

  @ApiPropertyOptional()
  fileName?: string;

  @ApiPropertyOptional()
  mimeType?: string;

  @ApiPropertyOptional()
  sizeBytes?: number;

  @ApiPropertyOptional({ type: LocalizedParagraphDto })
  prompt?: LocalizedParagraphDto;

  @ApiPropertyOptional({ type: AuthoringQuizDto })
  quiz?: AuthoringQuizDto;
}

export class AuthoringLessonDto implements Omit<AuthoringLesson, 'blocks'> {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: LocalizedTitleDto })
  title!: LocalizedTitleDto;

  @ApiProperty()
  required!: boolean;

  @ApiProperty({ type: AuthoringBlockDto, isArray: true })
  blocks!: AuthoringBlockDto[];
}

export class AuthoringModuleDto implements Omit<AuthoringModule, 'lessons'> {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: LocalizedTitleDto })
  title!: LocalizedTitleDto;

  @ApiProperty({ type: AuthoringLessonDto, isArray: true })
  lessons!: AuthoringLessonDto[];
}

export class LessonOrderDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;

  @ApiProperty({ type: String, format: 'uuid', isArray: true })
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  blockIds!: string[];
}

export class ModuleOrderDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;

  @ApiProperty({ type: LessonOrderDto, isArray: true })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => LessonOrderDto)
  lessons!: LessonOrderDto[];
}

export class CourseOrderDto implements CourseOrderRequest {
  @ApiProperty({ type: ModuleOrderDto, isArray: true })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ModuleOrderDto)
  modules!: ModuleOrderDto[];
}
