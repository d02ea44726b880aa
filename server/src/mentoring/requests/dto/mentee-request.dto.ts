import {
  MENTEE_MEETING_MODES,
  MENTEE_REQUEST_STATUSES,
  type MenteeMeetingMode,
  type MenteeRequest,
  type MenteeRequestInput,
  type MenteeRequestStatus,
} from '@kotopaikka/contracts';

import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

import { IdNameDto } from '../../../platform/http/id-name.dto';
import { Trim } from '../../../platform/http/optional';
import { TaxonomyKeys } from '../../taxonomy-rules';

export const MAX_GOALS_LENGTH = 2000;

export class MenteeRequestInputDto implements MenteeRequestInput {
  @ApiProperty({ minLength: 1, maxLength: MAX_GOALS_LENGTH, description: 'What one wants from mentoring' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_GOALS_LENGTH)
  goals!: string;

  @TaxonomyKeys('expertise', 0, 20)
  expertise!: string[];

  @TaxonomyKeys('sector', 0, 20)
  sectors!: string[];

  @TaxonomyKeys('language', 1, 20)
  languages!: string[];

  @ApiProperty({ format: 'uuid', description: 'One of the program’s municipalities' })
  @IsUUID()
  municipalityId!: string;

  @ApiProperty({ enum: MENTEE_MEETING_MODES })
  @IsIn(MENTEE_MEETING_MODES)
  meetingMode!: MenteeMeetingMode;

  @TaxonomyKeys('availability', 1, 21)
  availability!: string[];
}

export class MenteeRequestDto implements MenteeRequest {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) programId!: string;
  @ApiProperty({ type: IdNameDto }) person!: IdNameDto;
  @ApiProperty() goals!: string;
  @ApiProperty({ type: String, isArray: true }) expertise!: string[];
  @ApiProperty({ type: String, isArray: true }) sectors!: string[];
  @ApiProperty({ type: String, isArray: true }) languages!: string[];
  @ApiProperty({ type: IdNameDto }) municipality!: IdNameDto;
  @ApiProperty({ type: IdNameDto, nullable: true }) organisation!: IdNameDto | null;
  @ApiProperty({ enum: MENTEE_MEETING_MODES }) meetingMode!: MenteeMeetingMode;
  @ApiProperty({ type: String, isArray: true }) availability!: string[];
  @ApiProperty({ enum: MENTEE_REQUEST_STATUSES }) status!: MenteeRequestStatus;
}
