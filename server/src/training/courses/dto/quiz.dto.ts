import {
  type AuthoringOption,
  type AuthoringQuestion,
  type AuthoringQuiz,
  QUESTION_KINDS,
  type QuestionKind,
  type QuizInput,
  type QuizOptionInput,
  type QuizQuestionInput,
} from '@kotopaikka/contracts';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

import { LocalizedParagraphDto, LocalizedTitleDto } from './localized.dto';

export const MAX_QUESTIONS = 50;
export const MAX_OPTIONS = 10;

export class QuizOptionInputDto implements QuizOptionInput {
  @ApiPropertyOptional({ format: 'uuid', description: 'Id of an existing option of this question; omit for a new one' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ type: LocalizedParagraphDto })
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedParagraphDto)
  text!: LocalizedParagraphDto;

  @ApiProperty()
  @IsBoolean()
  correct!: boolean;

  @ApiProperty({ type: LocalizedParagraphDto, nullable: true })
  @ValidateIf((_: object, v: unknown) => v !== null)
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedParagraphDto)
  feedback!: LocalizedParagraphDto | null;
}

export class QuizQuestionInputDto implements QuizQuestionInput {
  @ApiPropertyOptional({ format: 'uuid', description: 'Id of an existing question of this quiz; omit for a new one' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ enum: QUESTION_KINDS })
  @IsIn(QUESTION_KINDS)
  kind!: QuestionKind;

  @ApiProperty({ type: LocalizedParagraphDto })
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedParagraphDto)
  prompt!: LocalizedParagraphDto;

  @ApiProperty({ type: QuizOptionInputDto, isArray: true, minItems: 2, maxItems: MAX_OPTIONS })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(MAX_OPTIONS)
  @ValidateNested({ each: true })
  @Type(() => QuizOptionInputDto)
  options!: QuizOptionInputDto[];
}

export class QuizInputDto implements QuizInput {
  @ApiProperty({ type: LocalizedTitleDto })
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedTitleDto)
  title!: LocalizedTitleDto;

  @ApiProperty()
  @IsBoolean()
  required!: boolean;

  @ApiProperty({ minimum: 1, maximum: 100 })
  @IsInt()
  @Min(1)
  @Max(100)
  passMarkPercent!: number;

  @ApiProperty({ type: Number, nullable: true, minimum: 1, maximum: 100, description: 'null: unlimited' })
  @ValidateIf((_: object, v: unknown) => v !== null)
  @IsInt()
  @Min(1)
  @Max(100)
  maxAttempts!: number | null;

  @ApiProperty({ type: QuizQuestionInputDto, isArray: true, maxItems: MAX_QUESTIONS })
  @IsArray()
  @ArrayMaxSize(MAX_QUESTIONS)
  @ValidateNested({ each: true })
  @Type(() => QuizQuestionInputDto)
  questions!: QuizQuestionInputDto[];
}

export class AuthoringOptionDto implements AuthoringOption {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: LocalizedParagraphDto })
  text!: LocalizedParagraphDto;

  @ApiProperty()
  correct!: boolean;

  @ApiProperty({ type: LocalizedParagraphDto, nullable: true })
  feedback!: LocalizedParagraphDto | null;
}

export class AuthoringQuestionDto implements AuthoringQuestion {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: QUESTION_KINDS })
  kind!: QuestionKind;

  @ApiProperty({ type: LocalizedParagraphDto })
  prompt!: LocalizedParagraphDto;

  @ApiProperty({ type: AuthoringOptionDto, isArray: true })
  options!: AuthoringOptionDto[];
}

export class AuthoringQuizDto implements AuthoringQuiz {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: LocalizedTitleDto })
  title!: LocalizedTitleDto;

  @ApiProperty()
  required!: boolean;

  @ApiProperty()
  passMarkPercent!: number;

  @ApiProperty({ type: Number, nullable: true })
  maxAttempts!: number | null;

  @ApiProperty({ type: AuthoringQuestionDto, isArray: true })
  questions!: AuthoringQuestionDto[];
}
