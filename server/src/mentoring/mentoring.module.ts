import { Module } from '@nestjs/common';

import { LiveModule } from '../live/live.module';
import { MentoringInsightController } from './insight/insight.controller';
import { ProgramHealthService } from './insight/program-health.service';
import { ProgramReportService } from './insight/program-report.service';
import { MatchingRunsController } from './matching/matching-runs.controller';
import { MatchingRunsService } from './matching/matching-runs.service';
import { PairRulesController } from './matching/pair-rules.controller';
import { PairRulesService } from './matching/pair-rules.service';
import { MentoringProcessor } from './mentoring.processor';
import { PairingDeadlines } from './pairings/pairing-deadlines';
import { PairingLifecycleService } from './pairings/pairing-lifecycle.service';
import { PairingMeetingsService } from './pairings/pairing-meetings.service';
import { PairingNotices } from './pairings/pairing-notices';
import { PairingPlanService } from './pairings/pairing-plan.service';
import { PairingsController } from './pairings/pairings.controller';
import { MentorProfilesController } from './profiles/mentor-profiles.controller';
import { MentorProfilesService } from './profiles/mentor-profiles.service';
import { MentoringProgramsController } from './programs/mentoring-programs.controller';
import { MentoringProgramsService } from './programs/mentoring-programs.service';
import { ProposalAnswersService } from './proposals/proposal-answers.service';
import { ProposalDeadlines } from './proposals/proposal-deadlines.service';
import { ProposalNotices } from './proposals/proposal-notices';
import { ProposalsController } from './proposals/proposals.controller';
import { MenteeRequestsController } from './requests/mentee-requests.controller';
import { MenteeRequestsService } from './requests/mentee-requests.service';

/** Peer mentoring: programs, and the mentors and mentees who sign up to them. */
@Module({
  imports: [
    // Mentoring meetings are live sessions.
    LiveModule,
  ],
  controllers: [
    // Before `pairings/:id` (PairingsController), so that `pairings/mine` is not taken for an id.
    ProposalsController,
    MentoringProgramsController,
    MentorProfilesController,
    MenteeRequestsController,
    PairRulesController,
    MatchingRunsController,
    MentoringInsightController,
    PairingsController,
  ],
  providers: [
    MentoringProgramsService,
    MentorProfilesService,
    MenteeRequestsService,
    ProposalDeadlines,
    ProposalNotices,
    ProposalAnswersService,
    PairRulesService,
    MatchingRunsService,
    PairingDeadlines,
    PairingNotices,
    PairingPlanService,
    PairingMeetingsService,
    PairingLifecycleService,
    MentoringProcessor,
    ProgramHealthService,
    ProgramReportService,
  ],
  exports: [MentoringProgramsService],
})
export class MentoringModule {}
