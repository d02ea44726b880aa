import type { EntityManager } from 'typeorm';

import { loadSeedCourses } from './load-courses';
import { type DemoActivityResult, loadDemoActivity } from './load-demo-activity';

export type TrainingSeedResult = DemoActivityResult;

/** The published demo courses (authored by the first admin, if any) and the demo learners' activity in them. */
export async function seedTraining(manager: EntityManager, now: Date): Promise<TrainingSeedResult> {
  const admin: { id: string }[] = await manager.query(
    `SELECT id FROM app_user WHERE role = 'admin' ORDER BY created_at LIMIT 1`,
  );
  await loadSeedCourses(manager, admin[0]?.id ?? null);
  return loadDemoActivity(manager, now);
}
