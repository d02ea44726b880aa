import { DataSource } from 'typeorm';

import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { dataSourceOptions } from './data-source';
import { preparedQuery } from './prepared-query';

describe('preparedQuery', () => {
  let database: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    // One connection, so every call below meets the statements the earlier ones prepared.
    db = await new DataSource(dataSourceOptions(database.url, { extra: { max: 1 } })).initialize();
  });

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  const TEXT = `SELECT name FROM municipality WHERE name = ANY($1::text[]) ORDER BY name`;

  it('answers what the same query answers through TypeORM', async () => {
    const values = [['Laukaa', 'Äänekoski', 'Nowhere']];
    expect(await preparedQuery(db, TEXT, values)).toEqual(await db.query(TEXT, values));
  });

  it('prepares a text once per connection and reuses it with other values', async () => {
    await preparedQuery(db, TEXT, [['Laukaa']]);
    await preparedQuery(db, TEXT, [['Keuruu']]);
    const prepared = await preparedQuery<{ name: string }>(db, `SELECT name FROM pg_prepared_statements WHERE statement = $1`, [TEXT]);
    expect(prepared).toHaveLength(1);
    expect(prepared[0].name).toMatch(/^kp_[0-9a-f]{20}$/);
  });

  it('passes a database error on with its code, as TypeORM would', async () => {
    await expect(preparedQuery(db, `SELECT $1::uuid`, ['not-a-uuid'])).rejects.toMatchObject({ code: '22P02' });
  });
});
