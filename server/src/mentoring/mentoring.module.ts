import { Module } from '@nestjs/common';

import { MentoringProcessor } from './mentoring.processor';
import { PairingDeadlines } from './pairings/pairing-deadlines';
import { MentorProfilesController } from './profiles/mentor-profiles.controller';
import { MentorProfilesService } from './profiles/mentor-profiles.service';
import { MentoringProgramsController } from './programs/mentoring-programs.controller';
import { MentoringProgramsService } from './programs/mentoring-programs.service';
import { ProposalDeadlines } from './proposals/proposal-deadlines.service';
import { MenteeRequestsController } from './requests/mentee-requests.controller';
import { MenteeRequestsService } from './requests/mentee-requests.service';

/** Peer mentoring: programs, and the mentors and mentees who sign up to them. */
@Module({
  controllers: [MentoringProgramsController, MentorProfilesController, MenteeRequestsController],
  providers: [
    MentoringProgramsService,
    MentorProfilesService,
    MenteeRequestsService,
    ProposalDeadlines,
    PairingDeadlines,
    MentoringProcessor,
  ],
  exports: [MentoringProgramsService],
})
export class MentoringModule {}
