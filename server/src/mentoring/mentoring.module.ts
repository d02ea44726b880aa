import { Module } from '@nestjs/common';

import { MentoringInsightController } from './insight/insight.controller';
import { ProgramHealthService } from './insight/program-health.service';
import { ProgramReportService } from './insight/program-report.service';
import { MentoringProcessor } from './mentoring.processor';
import { PairingDeadlines } from './pairings/pairing-deadlines';
import { MentorProfilesController } from './profiles/mentor-profiles.controller';
import { MentorProfilesService } from './profiles/mentor-profiles.service';
import { MentoringProgramsController } from './programs/mentoring-programs.controller';
import { MentoringProgramsService } from './programs/mentoring-programs.service';
import { MenteeRequestsController } from './requests/mentee-requests.controller';
import { ProposalDeadlines } from './proposals/proposal-deadlines.service';
import { MenteeRequestsService } from './requests/mentee-requests.service';

/** Peer mentoring: programs, and the mentors and mentees who sign up to them. */
@Module({
  controllers: [
    MentoringProgramsController,
    MentorProfilesController,
    MenteeRequestsController,
    MentoringInsightController,
  ],
  providers: [
    MentoringProgramsService,
    MentorProfilesService,
    MenteeRequestsService,
    ProposalDeadlines,
    PairingDeadlines,
    MentoringProcessor,
    ProgramHealthService,
    ProgramReportService,
  ],
  exports: [MentoringProgramsService],
})
export class MentoringModule {}
