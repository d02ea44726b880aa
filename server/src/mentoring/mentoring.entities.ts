import { MentoringPairRuleEntity, MentoringRunEntity } from './matching/matching-run.entity';
import { MentoringPairingEntity } from './pairings/pairing.entity';
import {
  MentoringAgreementEntity,
  MentoringFeedbackEntity,
  MentoringFitCheckEntity,
  MentoringFollowUpSentEntity,
  MentoringGoalEntity,
  MentoringMeetingEntity,
  MentoringNoteEntity,
  MentoringTaskEntity,
} from './pairings/pairing-work.entities';
import { MentorProfileEntity } from './profiles/mentor-profile.entity';
import { MentoringProgramEntity, MentoringProgramMunicipalityEntity } from './programs/mentoring-program.entity';
import { MenteeRequestEntity } from './requests/mentee-request.entity';

/** The mentoring capability's tables, for the data source that app.entities.ts composes. */
export const mentoringEntities = [
  MentoringProgramEntity,
  MentoringProgramMunicipalityEntity,
  MentorProfileEntity,
  MenteeRequestEntity,
  MentoringPairRuleEntity,
  MentoringRunEntity,
  MentoringPairingEntity,
  MentoringAgreementEntity,
  MentoringFitCheckEntity,
  MentoringGoalEntity,
  MentoringTaskEntity,
  MentoringMeetingEntity,
  MentoringNoteEntity,
  MentoringFeedbackEntity,
  MentoringFollowUpSentEntity,
];
