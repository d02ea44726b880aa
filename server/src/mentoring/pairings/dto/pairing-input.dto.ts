import {
  type AgreementConfirmInput,
  type EndPairingInput,
  FIT_ANSWERS,
  type FitAnswer,
  type FitCheckInput,
  type LogMentoringMeetingInput,
  MEETING_FREQUENCIES,
  MEETING_MODES,
  type MeetingFrequency,
  MENTEE_MEETING_MODES,
  type MenteeMeetingMode,
  type MentoringAgreementInput,
  type MentoringFeedbackInput,
  type MentoringGoalInput,
  type MentoringGoalUpdate,
  type MentoringMeetingMode,
  type MentoringTaskInput,
  type MentoringTaskUpdate,
  type PairNoteInput,
  type ScheduleMentoringMeetingInput,
  type Weekday,
  WEEKDAYS,
} from '@kotopaikka/contracts';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';

import { IsCalendarDate, IsInstant } from '../../../platform/http/input-rules';
import { IsOptionalNotNull, Trim } from '../../../platform/http/optional';

/** A required text of `min`–`max` characters after trimming. */
const Text = (min: number, max: number): PropertyDecorator => {
  const decorators = [Trim(), IsString(), MinLength(min), MaxLength(max)];
  return (target, key) => decorators.forEach((d) => d(target, key));
};

export class EndPairingDto implements EndPairingInput {
  @ApiProperty({ minLength: 1, maxLength: 1000 })
  @Text(1, 1000)
  reason!: string;
}

export class MentoringAgreementInputDto implements MentoringAgreementInput {
  @ApiProperty({ minLength: 1, maxLength: 4000 })
  @Text(1, 4000)
  goals!: string;

  @ApiProperty({ enum: MEETING_FREQUENCIES })
  @IsIn(MEETING_FREQUENCIES)
  meetingFrequency!: MeetingFrequency;

  @ApiProperty({ enum: WEEKDAYS, isArray: true })
  @IsArray()
  @ArrayMaxSize(WEEKDAYS.length)
  @ArrayUnique()
  @IsIn(WEEKDAYS, { each: true })
  preferredDays!: Weekday[];

  @ApiProperty({ enum: MENTEE_MEETING_MODES })
  @IsIn(MENTEE_MEETING_MODES)
  mode!: MenteeMeetingMode;

  @ApiProperty({ format: 'date', description: '4 to 24 weeks after the pairing started' })
  @IsCalendarDate()
  endsOn!: string;

  @ApiProperty({ minLength: 1, maxLength: 2000 })
  @Text(1, 2000)
  confidentiality!: string;
}

export class AgreementConfirmDto implements AgreementConfirmInput {
  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  version!: number;
}

export class FitCheckDto implements FitCheckInput {
  @ApiProperty({ enum: FIT_ANSWERS })
  @IsIn(FIT_ANSWERS)
  answer!: FitAnswer;
}

export class MentoringGoalInputDto implements MentoringGoalInput {
  @ApiProperty({ minLength: 1, maxLength: 300 })
  @Text(1, 300)
  title!: string;
}

export class MentoringGoalUpdateDto implements MentoringGoalUpdate {
  @ApiPropertyOptional({ minLength: 1, maxLength: 300 })
  @IsOptionalNotNull()
  @Text(1, 300)
  title?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IsOptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(100)
  progress?: number;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptionalNotNull()
  @Text(0, 2000)
  comment?: string;
}

export class MentoringTaskInputDto implements MentoringTaskInput {
  @ApiProperty({ minLength: 1, maxLength: 300 })
  @Text(1, 300)
  title!: string;

  @ApiProperty({ format: 'date', nullable: true })
  @ValidateIf((_, v) => v !== null)
  @IsCalendarDate()
  dueOn!: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'A goal of the same pairing' })
  @IsOptional()
  @IsUUID()
  goalId?: string | null;
}

export class MentoringTaskUpdateDto implements MentoringTaskUpdate {
  @ApiPropertyOptional({ minLength: 1, maxLength: 300 })
  @IsOptionalNotNull()
  @Text(1, 300)
  title?: string;

  @ApiPropertyOptional({ format: 'date', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string | null;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsBoolean()
  done?: boolean;
}

export class ScheduleMentoringMeetingDto implements ScheduleMentoringMeetingInput {
  @ApiProperty({ format: 'date-time' })
  @IsInstant()
  startsAt!: string;

  @ApiProperty({ format: 'date-time' })
  @IsInstant()
  endsAt!: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @IsOptionalNotNull()
  @Text(1, 200)
  title?: string;
}

export class LogMentoringMeetingDto implements LogMentoringMeetingInput {
  @ApiProperty({ format: 'date-time', description: 'Not in the future' })
  @IsInstant()
  heldAt!: string;

  @ApiProperty({ minimum: 5, maximum: 480 })
  @IsInt()
  @Min(5)
  @Max(480)
  durationMinutes!: number;

  @ApiProperty({ enum: MEETING_MODES })
  @IsIn(MEETING_MODES)
  mode!: MentoringMeetingMode;

  @ApiProperty({ maxLength: 200 })
  @Text(0, 200)
  place!: string;
}

export class PairNoteInputDto implements PairNoteInput {
  @ApiProperty({ minLength: 1, maxLength: 4000 })
  @Text(1, 4000)
  body!: string;
}

export class MentoringFeedbackInputDto implements MentoringFeedbackInput {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  usefulness!: number;

  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  match!: number;

  @ApiProperty({ maxLength: 2000 })
  @Text(0, 2000)
  comment!: string;
}
