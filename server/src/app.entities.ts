import { accountsEntities } from './accounts/accounts.entities';
import { liveEntities } from './live/live.entities';
import { mentoringEntities } from './mentoring/mentoring.entities';
import { platformEntities } from './platform/platform.entities';
import { trainingEntities } from './training/training.entities';

/** Every entity, from each capability's own list; the database layer gets it passed in. */
export const appEntities = [
  ...platformEntities,
  ...accountsEntities,
  ...trainingEntities,
  ...liveEntities,
  ...mentoringEntities,
];
