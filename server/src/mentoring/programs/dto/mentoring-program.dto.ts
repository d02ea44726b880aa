import {
  type LocalizedText,
  MENTORING_PROGRAM_STATUSES,
  type MentoringMatchingSettings,
  type MentoringProgram,
  type MentoringProgramInput,
  type MentoringProgramStatus,
  type MentoringProgramTransition,
  type MentoringWeights,
} from '@kotopaikka/contracts';

import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

import { IdNameDto } from '../../../platform/http/id-name.dto';
import { IsCalendarDate } from '../../../platform/http/input-rules';
import { IsOptionalNotNull, Trim } from '../../../platform/http/optional';

export const MAX_PROGRAM_MUNICIPALITIES = 50;
export const MAX_WEIGHT = 100;
/** A score is a sum of weight × units per factor; no sensible minimum is beyond this. */
export const MAX_MINIMUM_SCORE = 10_000;

const Weight = (): PropertyDecorator =>
  applyDecorators(ApiProperty({ minimum: 0, maximum: MAX_WEIGHT }), IsInt(), Min(0), Max(MAX_WEIGHT));

export class MentoringWeightsDto implements MentoringWeights {
  @Weight() expertise!: number;
  @Weight() sector!: number;
  @Weight() language!: number;
  @Weight() municipality!: number;
  @Weight() availability!: number;
  @Weight() mode!: number;
}

export class MentoringMatchingSettingsDto implements MentoringMatchingSettings {
  @ApiProperty({ type: MentoringWeightsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => MentoringWeightsDto)
  weights!: MentoringWeightsDto;

  @ApiProperty({ minimum: 0, maximum: MAX_MINIMUM_SCORE, description: 'Pairs scoring below it are never proposed' })
  @IsInt()
  @Min(0)
  @Max(MAX_MINIMUM_SCORE)
  minimumScore!: number;

  @ApiProperty({ description: 'Hard: mentor and mentee must share a municipality' })
  @IsBoolean()
  sameMunicipality!: boolean;

  @ApiProperty({ description: 'Hard: mentor and mentee must not be of the same organisation' })
  @IsBoolean()
  excludeSameOrganisation!: boolean;
}

export class MentoringDescriptionDto implements LocalizedText {
  @ApiProperty({ maxLength: 4000 })
  @Trim()
  @IsString()
  @MaxLength(4000)
  fi!: string;

  @ApiProperty({ maxLength: 4000, description: 'Empty: not translated yet' })
  @Trim()
  @IsString()
  @MaxLength(4000)
  en!: string;
}

export class CreateMentoringProgramDto implements MentoringProgramInput {
  @ApiProperty({ minLength: 1, maxLength: 200 })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ type: MentoringDescriptionDto })
  @IsObject()
  @ValidateNested()
  @Type(() => MentoringDescriptionDto)
  description!: MentoringDescriptionDto;

  @ApiProperty({ type: String, format: 'uuid', isArray: true, minItems: 1, maxItems: MAX_PROGRAM_MUNICIPALITIES })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PROGRAM_MUNICIPALITIES)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  municipalityIds!: string[];

  @ApiProperty({ format: 'date', example: '2027-01-15' })
  @IsCalendarDate()
  startsOn!: string;

  @ApiProperty({ format: 'date', example: '2027-06-15', description: 'On or after startsOn' })
  @IsCalendarDate()
  endsOn!: string;

  @ApiProperty({ type: MentoringMatchingSettingsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => MentoringMatchingSettingsDto)
  matching!: MentoringMatchingSettingsDto;
}

/** Any of the fields; the matching settings, when sent, whole. */
export class UpdateMentoringProgramDto implements Partial<MentoringProgramInput> {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ type: MentoringDescriptionDto })
  @IsOptionalNotNull()
  @IsObject()
  @ValidateNested()
  @Type(() => MentoringDescriptionDto)
  description?: MentoringDescriptionDto;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    isArray: true,
    minItems: 1,
    maxItems: MAX_PROGRAM_MUNICIPALITIES,
  })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PROGRAM_MUNICIPALITIES)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  municipalityIds?: string[];

  @ApiPropertyOptional({ format: 'date' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  startsOn?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  endsOn?: string;

  @ApiPropertyOptional({ type: MentoringMatchingSettingsDto })
  @IsOptionalNotNull()
  @IsObject()
  @ValidateNested()
  @Type(() => MentoringMatchingSettingsDto)
  matching?: MentoringMatchingSettingsDto;
}

export class MentoringProgramTransitionDto implements MentoringProgramTransition {
  @ApiProperty({ enum: MENTORING_PROGRAM_STATUSES, description: 'The next status: one step forward' })
  @IsIn(MENTORING_PROGRAM_STATUSES)
  status!: MentoringProgramStatus;
}

export class MentoringProgramDto implements MentoringProgram {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: MentoringDescriptionDto }) description!: MentoringDescriptionDto;
  @ApiProperty({ type: IdNameDto, isArray: true }) municipalities!: IdNameDto[];
  @ApiProperty({ format: 'date' }) startsOn!: string;
  @ApiProperty({ format: 'date' }) endsOn!: string;
  @ApiProperty({ type: MentoringMatchingSettingsDto }) matching!: MentoringMatchingSettingsDto;
  @ApiProperty({ enum: MENTORING_PROGRAM_STATUSES }) status!: MentoringProgramStatus;
  @ApiProperty({ description: 'Whether the viewer may edit it and move it on' }) mayManage!: boolean;
}
