import {
  MATCHING_RUN_STATUSES,
  type MatchingRunStatus,
  type MatchingRunView,
  type MatchingSuggestion,
  MENTORING_UNMATCHED_REASONS,
  type MentoringRunMentee,
  type MentoringRunMentor,
  type MentoringUnmatchedReason,
  PIN_REJECTIONS,
  type PinRejection,
  type PublishRunResult,
  type RejectedPinView,
  type UnmatchedMenteeView,
} from '@kotopaikka/contracts';

import { ApiProperty } from '@nestjs/swagger';

import { IdNameDto } from '../../../platform/http/id-name.dto';

class FactorPointsDto {
  @ApiProperty() factor!: MatchingSuggestion['contributions'][number]['factor'];
  @ApiProperty() points!: number;
  @ApiProperty({ type: String, isArray: true }) shared!: string[];
}

class LocalizedTextDto {
  @ApiProperty() fi!: string;
  @ApiProperty() en!: string;
}

class RunMentorDto implements MentoringRunMentor {
  @ApiProperty({ format: 'uuid' }) profileId!: string;
  @ApiProperty({ type: IdNameDto }) person!: IdNameDto;
  @ApiProperty({ type: IdNameDto }) municipality!: IdNameDto;
  @ApiProperty({ type: IdNameDto, nullable: true }) organisation!: IdNameDto | null;
  @ApiProperty() capacity!: number;
}

class RunMenteeDto implements MentoringRunMentee {
  @ApiProperty({ format: 'uuid' }) requestId!: string;
  @ApiProperty({ type: IdNameDto }) person!: IdNameDto;
  @ApiProperty({ type: IdNameDto }) municipality!: IdNameDto;
  @ApiProperty({ type: IdNameDto, nullable: true }) organisation!: IdNameDto | null;
}

class SuggestionDto implements MatchingSuggestion {
  @ApiProperty({ type: RunMentorDto }) mentor!: RunMentorDto;
  @ApiProperty({ type: RunMenteeDto }) mentee!: RunMenteeDto;
  @ApiProperty() score!: number;
  @ApiProperty({ type: FactorPointsDto, isArray: true }) contributions!: FactorPointsDto[];
  @ApiProperty({ description: 'In the result because a coordinator pinned it' }) pinned!: boolean;
  @ApiProperty({ type: LocalizedTextDto }) explanation!: LocalizedTextDto;
}

class UnmatchedDto implements UnmatchedMenteeView {
  @ApiProperty({ type: RunMenteeDto }) mentee!: RunMenteeDto;
  @ApiProperty({ enum: MENTORING_UNMATCHED_REASONS }) reason!: MentoringUnmatchedReason;
}

class RejectedPinDto implements RejectedPinView {
  @ApiProperty({ format: 'uuid' }) ruleId!: string;
  @ApiProperty({ type: IdNameDto }) mentor!: IdNameDto;
  @ApiProperty({ type: IdNameDto }) mentee!: IdNameDto;
  @ApiProperty({ enum: PIN_REJECTIONS }) reason!: PinRejection;
}

export class MatchingRunDto implements MatchingRunView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) programId!: string;
  @ApiProperty({ enum: MATCHING_RUN_STATUSES }) status!: MatchingRunStatus;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: IdNameDto, nullable: true }) createdBy!: IdNameDto | null;
  @ApiProperty({ format: 'date-time', nullable: true }) publishedAt!: string | null;
  @ApiProperty() mentorsConsidered!: number;
  @ApiProperty() menteesConsidered!: number;
  @ApiProperty() matched!: number;
  @ApiProperty() totalScore!: number;
  @ApiProperty({ type: SuggestionDto, isArray: true, description: 'Ordered by mentee name' })
  suggestions!: SuggestionDto[];
  @ApiProperty({ type: UnmatchedDto, isArray: true }) unmatched!: UnmatchedDto[];
  @ApiProperty({ type: RejectedPinDto, isArray: true }) rejectedPins!: RejectedPinDto[];
}

export class PublishRunResultDto implements PublishRunResult {
  @ApiProperty({ description: 'Proposals sent (two people each)' }) proposed!: number;
  @ApiProperty({ description: 'Suggestions no longer valid at publishing' }) skipped!: number;
}
