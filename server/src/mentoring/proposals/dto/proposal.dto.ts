import {
  PAIRING_STATUSES,
  type PairingParty,
  type PairingSide,
  type PairingStatus,
  type PairingSummary,
  PROPOSAL_ANSWERS,
  type ProposalAnswer,
  type ProposalAnswerInput,
  type ProposalAnswerState,
} from '@kotopaikka/contracts';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

import { IdNameDto } from '../../../platform/http/id-name.dto';
import { Trim } from '../../../platform/http/optional';

export const MAX_DECLINE_REASON_LENGTH = 1000;

export class ProposalAnswerInputDto implements ProposalAnswerInput {
  @ApiProperty({ enum: PROPOSAL_ANSWERS })
  @IsIn(PROPOSAL_ANSWERS)
  answer!: ProposalAnswer;

  @ApiPropertyOptional({ maxLength: MAX_DECLINE_REASON_LENGTH, description: 'Why, for a decline' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(MAX_DECLINE_REASON_LENGTH)
  reason?: string;
}

class PartyDto implements PairingParty {
  @ApiProperty({ type: IdNameDto }) person!: IdNameDto;
  @ApiProperty({ enum: ['accepted', 'declined'], nullable: true }) answer!: ProposalAnswerState;
}

class MentorPartyDto extends PartyDto {
  @ApiProperty({ format: 'uuid' }) profileId!: string;
}

class MenteePartyDto extends PartyDto {
  @ApiProperty({ format: 'uuid' }) requestId!: string;
}

class LocalizedTextDto {
  @ApiProperty() fi!: string;
  @ApiProperty() en!: string;
}

export class PairingSummaryDto implements PairingSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: IdNameDto }) program!: IdNameDto;
  @ApiProperty({ enum: PAIRING_STATUSES }) status!: PairingStatus;
  @ApiProperty({ type: MentorPartyDto }) mentor!: MentorPartyDto;
  @ApiProperty({ type: MenteePartyDto }) mentee!: MenteePartyDto;
  @ApiProperty({ enum: ['mentor', 'mentee'], nullable: true }) mySide!: PairingSide | null;
  @ApiProperty() score!: number;
  @ApiProperty({ type: LocalizedTextDto }) explanation!: LocalizedTextDto;
  @ApiProperty({ format: 'date-time' }) proposedAt!: string;
  @ApiProperty({ format: 'date-time' }) answerBy!: string;
  @ApiProperty({ format: 'date-time', nullable: true }) startedAt!: string | null;
  @ApiProperty({ format: 'date', nullable: true }) endsOn!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true }) finishedAt!: string | null;
}
