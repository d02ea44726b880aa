import type { DataSource, EntityManager } from 'typeorm';
import { DataSource as TypeOrmDataSource } from 'typeorm';

import { PasswordService } from '../../platform/auth/password.service';
import { loadSeedCourses } from '../../training/seed/load-courses';
import { dataSourceOptions } from '../data-source';
import { DEMO_ACCOUNTS, DEMO_ORGANISATIONS, DEMO_PASSWORD } from './demo-data';

export interface SeedResult {
  organisations: number;
  accounts: number;
}

async function municipalityIdByName(manager: EntityManager, name: string): Promise<string> {
  const rows: { id: string }[] = await manager.query(`SELECT id FROM municipality WHERE name = $1`, [name]);
  if (!rows[0]) throw new Error(`demo seed: no municipality named ${name}`);
  return rows[0].id;
}

/**
 * Inserts the demo organisations and accounts in one transaction. Idempotent: rows that already exist
 * (same organisation name in the municipality, same e-mail) are left as they are. Returns what it created.
 */
export async function seedDemoData(dataSource: DataSource): Promise<SeedResult> {
  // One hash for all accounts: they share the password, and argon2 is deliberately slow.
  const passwordHash = await new PasswordService().hash(DEMO_PASSWORD);
  return dataSource.transaction(async (manager) => {
    const result: SeedResult = { organisations: 0, accounts: 0 };
    const municipalities = new Map<string, string>();
    const municipality = async (name: string): Promise<string> => {
      if (!municipalities.has(name)) municipalities.set(name, await municipalityIdByName(manager, name));
      return municipalities.get(name) as string;
    };

    const organisations = new Map<string, string>();
    for (const org of DEMO_ORGANISATIONS) {
      const municipalityId = await municipality(org.municipality);
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO organisation (name, kind, municipality_id) VALUES ($1, $2, $3)
         ON CONFLICT (municipality_id, lower(name)) DO NOTHING RETURNING id`,
        [org.name, org.kind, municipalityId],
      );
      result.organisations += inserted.length;
      const rows: { id: string }[] = inserted.length
        ? inserted
        : await manager.query(`SELECT id FROM organisation WHERE municipality_id = $1 AND lower(name) = lower($2)`, [municipalityId, org.name]);
      organisations.set(org.name, rows[0].id);
    }

    for (const account of DEMO_ACCOUNTS) {
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO app_user (email, display_name, role, audience, status, password_hash, municipality_id, organisation_id)
         VALUES ($1, $2, $3, $4, 'active', $5, $6, $7)
         ON CONFLICT (lower(email)) DO NOTHING RETURNING id`,
        [
          account.email,
          account.displayName,
          account.role,
          account.audience,
          passwordHash,
          account.municipality ? await municipality(account.municipality) : null,
          account.organisation ? (organisations.get(account.organisation) ?? null) : null,
        ],
      );
      if (!inserted[0]) continue;
      result.accounts += 1;
      for (const managed of account.manages) {
        await manager.query(`INSERT INTO coordinator_municipality (user_id, municipality_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
          inserted[0].id,
          await municipality(managed),
        ]);
      }
    }
    await loadSeedCourses(manager, ((await manager.query(`SELECT id FROM app_user WHERE role = 'admin' ORDER BY created_at LIMIT 1`)) as { id: string }[])[0]?.id ?? null);
    return result;
  });
}

/** Seeds only a database without any account, so real data is never mixed with demo accounts. Null when it had accounts. */
export async function seedDemoDataIfEmpty(databaseUrl: string): Promise<SeedResult | null> {
  const dataSource = new TypeOrmDataSource(dataSourceOptions(databaseUrl, { extra: { max: 2 } }));
  await dataSource.initialize();
  try {
    const users: { exists: boolean }[] = await dataSource.query(`SELECT EXISTS (SELECT 1 FROM app_user) AS exists`);
    if (users[0]?.exists) return null;
    return await seedDemoData(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
