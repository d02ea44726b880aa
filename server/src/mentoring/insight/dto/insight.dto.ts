import {
  type Locale,
  MENTORING_HEALTH_ACTIONS,
  MENTORING_HEALTH_KINDS,
  MENTORING_UNMATCHED_REASONS,
  type MentoringHealth,
  type MentoringHealthAction,
  type MentoringHealthItem,
  type MentoringHealthKind,
  type MentoringProgramReport,
  type MentoringReportQuery,
  type MentoringUnmatchedReason,
  type PairingSide,
  type PairingStatus,
  SUPPORTED_LOCALES,
} from '@kotopaikka/contracts';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

import { IdNameDto } from '../../../platform/http/id-name.dto';

export class MentoringReportQueryDto implements MentoringReportQuery {
  @ApiPropertyOptional({
    enum: SUPPORTED_LOCALES,
    description: "Language of the CSV's words; defaults to the reader's",
  })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  locale?: Locale;
}

export class MentoringHealthItemDto implements MentoringHealthItem {
  @ApiProperty({ enum: MENTORING_HEALTH_KINDS })
  kind!: MentoringHealthKind;

  @ApiProperty({ enum: MENTORING_HEALTH_ACTIONS })
  action!: MentoringHealthAction;

  @ApiProperty({ format: 'uuid' })
  pairingId!: string;

  @ApiProperty({ type: IdNameDto })
  mentor!: IdNameDto;

  @ApiProperty({ type: IdNameDto })
  mentee!: IdNameDto;

  @ApiProperty({ format: 'date-time', description: 'The last meeting (or start), the proposal, the answer, the end' })
  since!: string;

  @ApiProperty({
    enum: ['mentor', 'mentee'],
    isArray: true,
    description: 'Unanswered proposals: whose answer is missing',
  })
  waitingFor!: PairingSide[];
}

export class MentoringHealthDto implements MentoringHealth {
  @ApiProperty({ format: 'uuid' })
  programId!: string;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'Items per kind' })
  counts!: Record<MentoringHealthKind, number>;

  @ApiProperty({ type: [MentoringHealthItemDto] })
  items!: MentoringHealthItemDto[];
}

const count = { type: Number, nullable: true, description: 'null: withheld, 1–4 people ("<5")' } as const;

class RecruitedDto {
  @ApiProperty(count) mentors!: number | null;
  @ApiProperty(count) mentees!: number | null;
}

class UnmatchedCountDto {
  @ApiProperty({ enum: MENTORING_UNMATCHED_REASONS })
  reason!: MentoringUnmatchedReason;

  @ApiProperty(count) count!: number | null;
}

class ProposalCountsDto {
  @ApiProperty(count) sent!: number | null;
  @ApiProperty(count) accepted!: number | null;
  @ApiProperty(count) declined!: number | null;
  @ApiProperty(count) expired!: number | null;
  @ApiProperty(count) open!: number | null;
}

class RatingsDto {
  @ApiProperty({ type: Number, nullable: true }) usefulness!: number | null;
  @ApiProperty({ type: Number, nullable: true }) match!: number | null;
  @ApiProperty(count) responses!: number | null;
}

class GoalCountsDto {
  @ApiProperty() total!: number;
  @ApiProperty() reached!: number;
}

export class MentoringProgramReportDto implements MentoringProgramReport {
  @ApiProperty({ type: IdNameDto })
  program!: IdNameDto;

  @ApiProperty({ format: 'date-time' })
  generatedAt!: string;

  @ApiProperty({ type: RecruitedDto })
  recruited!: RecruitedDto;

  @ApiProperty(count)
  matched!: number | null;

  @ApiProperty({ type: [UnmatchedCountDto], description: 'From the latest run' })
  unmatched!: UnmatchedCountDto[];

  @ApiProperty({ type: ProposalCountsDto })
  proposals!: ProposalCountsDto;

  @ApiProperty({ type: Number, nullable: true, description: 'accepted ÷ (accepted + declined + expired)' })
  acceptanceRate!: number | null;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer', nullable: true } })
  pairsByStatus!: Record<PairingStatus, number | null>;

  @ApiProperty({ type: Number, nullable: true, description: 'ended_early ÷ (completed + ended_early)' })
  earlyEndingRate!: number | null;

  @ApiProperty()
  meetingsHeld!: number;

  @ApiProperty({ type: RatingsDto })
  ratings!: RatingsDto;

  @ApiProperty({ type: GoalCountsDto })
  goals!: GoalCountsDto;

  @ApiProperty({ description: 'Some figure is withheld (decision-makers)' })
  suppressed!: boolean;
}
