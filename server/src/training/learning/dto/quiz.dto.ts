import {
  type PublicQuiz,
  type PublicQuizQuestion,
  QUESTION_KINDS,
  type QuestionKind,
  type QuizAnswer,
  type QuizAttemptRequest,
  type QuizAttemptResult,
  type QuizQuestionResult,
} from '@kotopaikka/contracts';

import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, MaxLength, ValidateNested } from 'class-validator';

import { EnrollmentStateDto } from './course.dto';

class QuizOptionTextDto {
  @ApiProperty()
  id!: string;

  @ApiProperty()
  text!: string;
}

class PublicQuizQuestionDto implements PublicQuizQuestion {
  @ApiProperty()
  id!: string;

  @ApiProperty({ enum: QUESTION_KINDS })
  kind!: QuestionKind;

  @ApiProperty()
  prompt!: string;

  @ApiProperty({ type: QuizOptionTextDto, isArray: true })
  options!: QuizOptionTextDto[];
}

class AnswerKeyEntryDto {
  @ApiProperty()
  questionId!: string;

  @ApiProperty({ type: String, isArray: true })
  correctOptionIds!: string[];
}

class LastAttemptDto {
  @ApiProperty()
  attemptNumber!: number;

  @ApiProperty()
  scorePercent!: number;

  @ApiProperty()
  passed!: boolean;
}

export class PublicQuizDto implements PublicQuiz {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  passMarkPercent!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'null: unlimited' })
  maxAttempts!: number | null;

  @ApiProperty()
  attemptsUsed!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'null: unlimited' })
  attemptsLeft!: number | null;

  @ApiProperty()
  passed!: boolean;

  @ApiProperty({ type: Number, nullable: true })
  bestScorePercent!: number | null;

  @ApiProperty({ type: LastAttemptDto, nullable: true })
  lastAttempt!: LastAttemptDto | null;

  @ApiProperty({ type: PublicQuizQuestionDto, isArray: true })
  questions!: PublicQuizQuestionDto[];

  @ApiProperty({
    type: AnswerKeyEntryDto,
    isArray: true,
    nullable: true,
    description: 'Only after a pass or the last attempt',
  })
  key!: AnswerKeyEntryDto[] | null;
}

export class QuizAnswerDto implements QuizAnswer {
  @ApiProperty({ maxLength: 100 })
  @IsString()
  @MaxLength(100)
  questionId!: string;

  @ApiProperty({ type: String, isArray: true, maxItems: 50 })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  optionIds!: string[];
}

export class QuizAttemptDto implements QuizAttemptRequest {
  @ApiProperty({ type: QuizAnswerDto, isArray: true, maxItems: 200 })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => QuizAnswerDto)
  answers!: QuizAnswerDto[];
}

class OptionFeedbackDto {
  @ApiProperty()
  optionId!: string;

  @ApiProperty()
  text!: string;
}

class QuizQuestionResultDto implements QuizQuestionResult {
  @ApiProperty()
  questionId!: string;

  @ApiProperty()
  correct!: boolean;

  @ApiProperty({ type: String, isArray: true })
  chosenOptionIds!: string[];

  @ApiProperty({ type: OptionFeedbackDto, isArray: true })
  feedback!: OptionFeedbackDto[];

  @ApiProperty({ type: String, isArray: true, nullable: true })
  correctOptionIds!: string[] | null;
}

export class QuizAttemptResultDto implements QuizAttemptResult {
  @ApiProperty({ format: 'uuid' })
  attemptId!: string;

  @ApiProperty()
  attemptNumber!: number;

  @ApiProperty()
  scorePercent!: number;

  @ApiProperty()
  passed!: boolean;

  @ApiProperty({ type: Number, nullable: true })
  attemptsLeft!: number | null;

  @ApiProperty()
  keyRevealed!: boolean;

  @ApiProperty({ type: QuizQuestionResultDto, isArray: true })
  questions!: QuizQuestionResultDto[];

  @ApiProperty({ type: EnrollmentStateDto })
  course!: EnrollmentStateDto;
}
