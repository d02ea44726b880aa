import { snakeCase } from './database/table-row';
import { openTestDataSource, type TestDataSource } from './testing/test-database';

describe('entities', () => {
  let t: TestDataSource;

  beforeAll(async () => {
    t = await openTestDataSource();
  });

  afterAll(async () => {
    await t.close();
  });

  // What TypeORM would change to make the migrated schema match the entities: nothing, if they describe it truthfully.
  it('describe the migrated schema exactly: the schema builder has no pending change', async () => {
    const pending = await t.db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('cover every table the migrations create', async () => {
    const tables: { name: string }[] = await t.db.query(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`,
    );
    const described = new Set(t.db.entityMetadatas.map((m) => m.tableName));
    expect(tables.map((x) => x.name).filter((name) => !described.has(name))).toEqual([]);
  });

  // TableRow<E, K> names a column by snake_casing its property: that holds only while every entity follows the rule.
  it('name every column by its property in snake_case, as TableRow assumes', () => {
    const columns = t.db.entityMetadatas.flatMap((m) =>
      m.columns.map((c) => ({ table: m.tableName, property: c.propertyName, column: c.databaseName })),
    );
    expect(columns.length).toBeGreaterThan(0);
    expect(columns.filter((c) => c.column !== snakeCase(c.property))).toEqual([]);
  });
});
