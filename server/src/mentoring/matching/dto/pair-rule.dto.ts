import { PAIR_RULE_KINDS, type PairRule, type PairRuleInput, type PairRuleKind } from '@kotopaikka/contracts';

import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';

import { IdNameDto } from '../../../platform/http/id-name.dto';

export class PairRuleInputDto implements PairRuleInput {
  @ApiProperty({ format: 'uuid', description: 'An approved mentor profile of the program' })
  @IsUUID()
  mentorProfileId!: string;

  @ApiProperty({ format: 'uuid', description: 'A mentee request of the program' })
  @IsUUID()
  menteeRequestId!: string;

  @ApiProperty({ enum: PAIR_RULE_KINDS, description: 'pin: always in the result; block: never proposed' })
  @IsIn(PAIR_RULE_KINDS)
  kind!: PairRuleKind;
}

export class PairRuleDto implements PairRule {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) mentorProfileId!: string;
  @ApiProperty({ format: 'uuid' }) menteeRequestId!: string;
  @ApiProperty({ enum: PAIR_RULE_KINDS }) kind!: PairRuleKind;
  @ApiProperty({ type: IdNameDto, description: 'The mentor (the person)' }) mentor!: IdNameDto;
  @ApiProperty({ type: IdNameDto, description: 'The mentee (the person)' }) mentee!: IdNameDto;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}
