import { MentorProfileEntity } from './profiles/mentor-profile.entity';
import { MentoringProgramEntity, MentoringProgramMunicipalityEntity } from './programs/mentoring-program.entity';
import { MenteeRequestEntity } from './requests/mentee-request.entity';

/** The mentoring capability's tables, for the data source that app.entities.ts composes. */
export const mentoringEntities = [
  MentoringProgramEntity,
  MentoringProgramMunicipalityEntity,
  MentorProfileEntity,
  MenteeRequestEntity,
];
