import type { DataSource } from 'typeorm';

import { openTestDataSource, type TestDataSource } from '../testing/test-database';
import { preparedQuery } from './prepared-query';

describe('preparedQuery', () => {
  let db: DataSource;
  let source: TestDataSource;

  beforeAll(async () => {
    // One connection, so every call below meets the statements the earlier ones prepared.
    source = await openTestDataSource(1);
    ({ db } = source);
  });

  afterAll(async () => {
    await source.close();
  });

  const TEXT = `SELECT name FROM municipality WHERE name = ANY($1::text[]) ORDER BY name`;

  it('answers what the same query answers through TypeORM', async () => {
    const values = [['Laukaa', 'Äänekoski', 'Nowhere']];
    expect(await preparedQuery(db, TEXT, values)).toEqual(await db.query(TEXT, values));
  });

  it('prepares a text once per connection and reuses it with other values', async () => {
    await preparedQuery(db, TEXT, [['Laukaa']]);
    await preparedQuery(db, TEXT, [['Keuruu']]);
    const prepared = await preparedQuery<{ name: string }>(
      db,
      `SELECT name FROM pg_prepared_statements WHERE statement = $1`,
      [TEXT],
    );
    expect(prepared).toHaveLength(1);
    expect(prepared[0].name).toMatch(/^kp_[0-9a-f]{20}$/);
  });

  it('passes a database error on with its code, as TypeORM would', async () => {
    await expect(preparedQuery(db, `SELECT $1::uuid`, ['not-a-uuid'])).rejects.toMatchObject({ code: '22P02' });
  });
});
