import {
  MEETING_MODES,
  MENTOR_PROFILE_STATUSES,
  type MentoringMeetingMode,
  type MentorProfile,
  type MentorProfileInput,
  type MentorProfileStatus,
} from '@kotopaikka/contracts';

import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

import { IdNameDto } from '../../../platform/http/id-name.dto';
import { Trim } from '../../../platform/http/optional';
import { TaxonomyKeys } from '../../taxonomy-rules';

export const MAX_MENTOR_CAPACITY = 10;
export const MAX_BIO_LENGTH = 1000;

export class MentorProfileInputDto implements MentorProfileInput {
  @TaxonomyKeys('expertise', 1, 20)
  expertise!: string[];

  @TaxonomyKeys('sector', 0, 20)
  sectors!: string[];

  @TaxonomyKeys('language', 1, 20)
  languages!: string[];

  @ApiProperty({ format: 'uuid', description: 'One of the program’s municipalities' })
  @IsUUID()
  municipalityId!: string;

  @ApiProperty({ minimum: 1, maximum: MAX_MENTOR_CAPACITY, description: 'Mentees at once' })
  @IsInt()
  @Min(1)
  @Max(MAX_MENTOR_CAPACITY)
  capacity!: number;

  @TaxonomyKeys('availability', 1, 21)
  availability!: string[];

  @ApiProperty({ enum: MEETING_MODES, isArray: true, minItems: 1 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(MEETING_MODES, { each: true })
  meetingModes!: MentoringMeetingMode[];

  @ApiProperty({ minLength: 1, maxLength: MAX_BIO_LENGTH })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_BIO_LENGTH)
  bio!: string;

  @ApiProperty({ enum: ['fi', 'en'], description: 'The language the bio is written in' })
  @IsIn(['fi', 'en'])
  bioLocale!: 'fi' | 'en';
}

export class MentorProfileDto implements MentorProfile {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) programId!: string;
  @ApiProperty({ type: IdNameDto }) person!: IdNameDto;
  @ApiProperty({ type: String, isArray: true }) expertise!: string[];
  @ApiProperty({ type: String, isArray: true }) sectors!: string[];
  @ApiProperty({ type: String, isArray: true }) languages!: string[];
  @ApiProperty({ type: IdNameDto }) municipality!: IdNameDto;
  @ApiProperty({ type: IdNameDto, nullable: true }) organisation!: IdNameDto | null;
  @ApiProperty() capacity!: number;
  @ApiProperty({ type: String, isArray: true }) availability!: string[];
  @ApiProperty({ enum: MEETING_MODES, isArray: true }) meetingModes!: MentoringMeetingMode[];
  @ApiProperty() bio!: string;
  @ApiProperty({ enum: ['fi', 'en'] }) bioLocale!: 'fi' | 'en';
  @ApiProperty({ enum: MENTOR_PROFILE_STATUSES }) status!: MentorProfileStatus;
}
