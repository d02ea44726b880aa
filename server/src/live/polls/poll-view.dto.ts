import type { LivePoll, LivePollKind, LivePollOption, LivePollStatus } from '@kotopaikka/contracts';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class PollOptionDto implements LivePollOption {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  text!: string;

  @ApiProperty()
  votes!: number;

  @ApiPropertyOptional({ type: [String], description: 'Hosts only, when the poll is not anonymous: who chose it' })
  voters?: string[];
}

class PollMyVoteDto {
  @ApiProperty({ type: [String], format: 'uuid' })
  optionIds!: string[];

  @ApiProperty({ type: Boolean, nullable: true, description: 'In a quiz, whether the vote was right' })
  correct!: boolean | null;
}

/** The document's shape of LivePoll: what a poll's viewer may see of it. */
export class PollDto implements LivePoll {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  sessionId!: string;

  @ApiProperty()
  question!: string;

  @ApiProperty({ enum: ['single', 'multiple'] })
  kind!: LivePollKind;

  @ApiProperty()
  anonymous!: boolean;

  @ApiProperty({ description: 'Some options are correct' })
  quiz!: boolean;

  @ApiProperty({ enum: ['open', 'closed'] })
  status!: LivePollStatus;

  @ApiProperty({ type: [PollOptionDto] })
  options!: PollOptionDto[];

  @ApiProperty({ description: 'How many people voted' })
  voters!: number;

  @ApiProperty({
    type: [String],
    nullable: true,
    description: 'The correct options: hosts always, others once the poll is closed; null without an answer',
  })
  correctOptionIds!: string[] | null;

  @ApiProperty({ type: PollMyVoteDto, nullable: true })
  myVote!: PollMyVoteDto | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  closedAt!: string | null;
}
