import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/** Statement names already worked out, by text; a service has few distinct texts, so this stays small. */
const names = new Map<string, string>();
const MAX_NAMES = 1000;

function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `kp_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    if (names.size >= MAX_NAMES) names.clear();
    names.set(text, name);
  }
  return name;
}

/**
 * A query that runs on every page view, sent as a named prepared statement: each pooled connection parses and plans
 * the text once instead of on every call (bench:api: planning the catalog query cost PostgreSQL more than running
 * it). Outside transactions only; the name comes from the text, so a text built from optional filters gets one
 * statement per shape.
 */
export async function preparedQuery<T>(db: DataSource, text: string, values: readonly unknown[]): Promise<T[]> {
  const pool = (db.driver as unknown as { master: Pool }).master;
  const result = await pool.query({ name: statementName(text), text, values: values as unknown[] });
  return result.rows as T[];
}
