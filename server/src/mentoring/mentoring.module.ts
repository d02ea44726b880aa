import { Module } from '@nestjs/common';

import { MentoringProgramsController } from './programs/mentoring-programs.controller';
import { MentoringProgramsService } from './programs/mentoring-programs.service';

/** Peer mentoring: programs, and the mentors and mentees who sign up to them. */
@Module({
  controllers: [MentoringProgramsController],
  providers: [MentoringProgramsService],
  exports: [MentoringProgramsService],
})
export class MentoringModule {}
