import { Module } from '@nestjs/common';

import { MentorProfilesController } from './profiles/mentor-profiles.controller';
import { MentorProfilesService } from './profiles/mentor-profiles.service';
import { MentoringProgramsController } from './programs/mentoring-programs.controller';
import { MentoringProgramsService } from './programs/mentoring-programs.service';

/** Peer mentoring: programs, and the mentors and mentees who sign up to them. */
@Module({
  controllers: [MentoringProgramsController, MentorProfilesController],
  providers: [MentoringProgramsService, MentorProfilesService],
  exports: [MentoringProgramsService],
})
export class MentoringModule {}
