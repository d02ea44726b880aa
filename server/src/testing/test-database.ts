import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

import { appEntities } from '../app.entities';
import { dataSourceOptions } from '../database/data-source';
import { adminQuery, ENV_ADMIN_URL, ENV_TEMPLATE, withDatabase } from './test-environment';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database for one test file, cloned from the template in a few milliseconds. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env[ENV_ADMIN_URL];
  const template = process.env[ENV_TEMPLATE];
  if (!adminUrl || !template)
    throw new Error('Integration tests must run through jest.integration.config.cts (global setup missing)');
  const name = `kp_t_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  return {
    url: withDatabase(adminUrl, name),
    drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

export interface TestDataSource {
  db: DataSource;
  database: TestDatabase;
  /** Closes the connections and drops the database. */
  close(): Promise<void>;
}

/** A fresh database with a TypeORM DataSource on it, for specs that need the database but not the app. */
export async function openTestDataSource(maxConnections = 2): Promise<TestDataSource> {
  const database = await createTestDatabase();
  const db = await new DataSource(
    dataSourceOptions(database.url, appEntities, { extra: { max: maxConnections } }),
  ).initialize();
  return {
    db,
    database,
    close: async () => {
      await db.destroy();
      await database.drop();
    },
  };
}
