import {
  type Audience,
  AUDIENCES,
  type HomeAudienceCompletions,
  type HomeCourse,
  type IdName,
  type Locale,
  SUPPORTED_LOCALES,
  type TrainingHome,
} from '@kotopaikka/contracts';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class TrainingHomeQueryDto {
  @ApiPropertyOptional({
    enum: SUPPORTED_LOCALES,
    description: "Language of course and lesson titles; defaults to the person's own",
  })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  locale?: Locale;
}

class HomeIdNameDto implements IdName {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;
}

export class HomeCourseDto implements HomeCourse {
  @ApiProperty({ type: HomeIdNameDto })
  course!: HomeIdNameDto;

  @ApiProperty({ minimum: 0, maximum: 100 })
  progressPercent!: number;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  dueDate!: string | null;

  @ApiProperty({ type: HomeIdNameDto, nullable: true, description: 'The next lesson; null when every lesson is done' })
  nextLesson!: HomeIdNameDto | null;
}

export class HomeAudienceCompletionsDto implements HomeAudienceCompletions {
  @ApiProperty({ enum: AUDIENCES })
  audience!: Audience;

  @ApiProperty({ type: Number, nullable: true, description: 'null when suppressed' })
  completed!: number | null;

  @ApiProperty({ description: 'A group of 1–4 people shown to a decision-maker: withheld, shown as "<5"' })
  suppressed!: boolean;
}

export class TrainingGlanceDto {
  @ApiProperty({ type: [HomeIdNameDto], description: 'Empty for admins: every municipality' })
  municipalities!: HomeIdNameDto[];

  @ApiProperty({ format: 'date' })
  from!: string;

  @ApiProperty({ format: 'date' })
  to!: string;

  @ApiProperty({ type: [HomeAudienceCompletionsDto] })
  byAudience!: HomeAudienceCompletionsDto[];
}

export class TrainingHomeDto implements TrainingHome {
  @ApiProperty({ type: HomeCourseDto, nullable: true })
  continueWith!: HomeCourseDto | null;

  @ApiProperty({ type: [HomeCourseDto] })
  due!: HomeCourseDto[];

  @ApiProperty({
    type: TrainingGlanceDto,
    nullable: true,
    description: 'Decision-makers, coordinators and admins only',
  })
  glance!: TrainingGlanceDto | null;
}
