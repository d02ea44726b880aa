import {
  FIT_ANSWERS,
  type FitAnswer,
  type LocalizedText,
  MEETING_MODES,
  type MentoringAgreement,
  type MentoringFeedback,
  type MentoringGoal,
  type MentoringMeeting,
  type MentoringMeetingMode,
  type MentoringTask,
  PAIRING_STATUSES,
  type PairingDetail,
  type PairingParty,
  type PairingSide,
  type PairingStatus,
  type PairNote,
} from '@kotopaikka/contracts';

import { ApiProperty } from '@nestjs/swagger';

import { IdNameDto } from '../../../platform/http/id-name.dto';

export class MentoringGoalDto implements MentoringGoal {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ minimum: 0, maximum: 100 }) progress!: number;
  @ApiProperty() comment!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class MentoringTaskDto implements MentoringTask {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) dueOn!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) goalId!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) doneAt!: string | null;
}

export class MentoringMeetingDto implements MentoringMeeting {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) liveSessionId!: string | null;
  @ApiProperty({ format: 'date-time' }) heldAt!: string;
  @ApiProperty() durationMinutes!: number;
  @ApiProperty({ enum: MEETING_MODES }) mode!: MentoringMeetingMode;
  @ApiProperty() place!: string;
  @ApiProperty() upcoming!: boolean;
}

export class PairNoteDto implements PairNote {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: IdNameDto, nullable: true }) author!: IdNameDto | null;
  @ApiProperty() body!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

/** `GET /api/mentoring/pairings/:id` and the answer of every change of a pairing. */
export class PairingDetailDto implements PairingDetail {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: IdNameDto }) program!: IdNameDto;
  @ApiProperty({ enum: PAIRING_STATUSES }) status!: PairingStatus;
  @ApiProperty({ type: Object }) mentor!: PairingParty & { profileId: string };
  @ApiProperty({ type: Object }) mentee!: PairingParty & { requestId: string };
  @ApiProperty({ enum: ['mentor', 'mentee'], nullable: true }) mySide!: PairingSide | null;
  @ApiProperty() score!: number;
  @ApiProperty({ type: Object }) explanation!: LocalizedText;
  @ApiProperty({ format: 'date-time' }) proposedAt!: string;
  @ApiProperty({ format: 'date-time' }) answerBy!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) startedAt!: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) endsOn!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) finishedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) endReason!: string | null;
  @ApiProperty({ nullable: true, type: String }) declineReason!: string | null;
  @ApiProperty({ type: Object, nullable: true }) agreement!: MentoringAgreement | null;
  @ApiProperty() fitCheckOpen!: boolean;
  @ApiProperty({ enum: FIT_ANSWERS, nullable: true }) myFitAnswer!: FitAnswer | null;
  @ApiProperty({ type: MentoringGoalDto, isArray: true }) goals!: MentoringGoalDto[];
  @ApiProperty({ type: MentoringTaskDto, isArray: true }) tasks!: MentoringTaskDto[];
  @ApiProperty({ type: MentoringMeetingDto, isArray: true }) meetings!: MentoringMeetingDto[];
  @ApiProperty({ type: PairNoteDto, isArray: true, nullable: true }) notes!: PairNoteDto[] | null;
  @ApiProperty({ type: Object, nullable: true }) myFeedback!: MentoringFeedback | null;
  @ApiProperty({ type: Object, nullable: true }) ratings!: PairingDetail['ratings'];
  @ApiProperty() mayManage!: boolean;
}
