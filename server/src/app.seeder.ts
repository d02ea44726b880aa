import type { DataSource } from 'typeorm';
import { DataSource as TypeOrmDataSource } from 'typeorm';

import { type AccountsSeedResult, seedAccounts } from './accounts/seed/accounts.seeder';
import { appEntities } from './app.entities';
import { dataSourceOptions } from './database/data-source';
import { type LiveSeedResult, seedLiveSessions } from './live/seed/live.seeder';
import { type MentoringSeedResult, seedMentoring } from './mentoring/seed/mentoring.seeder';
import { seedTraining, type TrainingSeedResult } from './training/seed/training.seeder';

export type SeedResult = AccountsSeedResult & TrainingSeedResult & LiveSeedResult & MentoringSeedResult;

/**
 * Runs each capability's demo seeder in order (accounts, then training, which needs the accounts,
 * then live sessions, which need both, then mentoring, which needs the accounts) in one transaction.
 * Idempotent: each seeder leaves rows that already exist as they are. Returns what they created.
 */
export async function seedDemoData(dataSource: DataSource, now = new Date()): Promise<SeedResult> {
  return dataSource.transaction(async (manager) => {
    const accounts = await seedAccounts(manager);
    const training = await seedTraining(manager, now);
    const live = await seedLiveSessions(manager, now);
    const mentoring = await seedMentoring(manager, now);
    return { ...accounts, ...training, ...live, ...mentoring };
  });
}

/** Seeds only a database without any account, so real data is never mixed with demo accounts. Null when it had accounts. */
export async function seedDemoDataIfEmpty(databaseUrl: string): Promise<SeedResult | null> {
  const dataSource = new TypeOrmDataSource(dataSourceOptions(databaseUrl, appEntities, { extra: { max: 2 } }));
  await dataSource.initialize();
  try {
    const users: { exists: boolean }[] = await dataSource.query(`SELECT EXISTS (SELECT 1 FROM app_user) AS exists`);
    if (users[0]?.exists) return null;
    return await seedDemoData(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
