import type { DataSource } from 'typeorm';
import { DataSource as TypeOrmDataSource } from 'typeorm';

import { PasswordService } from '../../platform/auth/password.service';
import { loadSeedCourses } from '../../training/seed/load-courses';
import { loadDemoActivity } from '../../training/seed/load-demo-activity';
import { dataSourceOptions } from '../data-source';
import { DEMO_ACCOUNTS, DEMO_LEARNERS, DEMO_ORGANISATIONS, DEMO_PASSWORD } from './demo-data';

export interface SeedResult {
  organisations: number;
  accounts: number;
  enrollments: number;
  /** Completed enrollments, each with its certificate job in the outbox. */
  completions: number;
}

/**
 * Inserts the demo organisations, accounts, courses and the learners' course activity in one transaction. Idempotent:
 * rows that already exist (same organisation name in the municipality, same e-mail, same learner and course) are left
 * as they are. Returns what it created.
 */
export async function seedDemoData(dataSource: DataSource, now = new Date()): Promise<SeedResult> {
  // One hash for all accounts: they share the password, and argon2 is deliberately slow.
  const passwordHash = await new PasswordService().hash(DEMO_PASSWORD);
  return dataSource.transaction(async (manager) => {
    const municipalities = new Map(((await manager.query(`SELECT id, name FROM municipality`)) as { id: string; name: string }[]).map((m) => [m.name, m.id]));
    const municipality = (name: string): string => {
      const id = municipalities.get(name);
      if (!id) throw new Error(`demo seed: no municipality named ${name}`);
      return id;
    };

    let organisationsCreated = 0;
    const organisations = new Map<string, string>();
    for (const org of DEMO_ORGANISATIONS) {
      const municipalityId = municipality(org.municipality);
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO organisation (name, kind, municipality_id) VALUES ($1, $2, $3)
         ON CONFLICT (municipality_id, lower(name)) DO NOTHING RETURNING id`,
        [org.name, org.kind, municipalityId],
      );
      organisationsCreated += inserted.length;
      const rows: { id: string }[] = inserted.length
        ? inserted
        : await manager.query(`SELECT id FROM organisation WHERE municipality_id = $1 AND lower(name) = lower($2)`, [municipalityId, org.name]);
      organisations.set(org.name, rows[0].id);
    }

    // All accounts in one statement; a coordinator's municipalities only for an account created now.
    const accounts = [...DEMO_ACCOUNTS, ...DEMO_LEARNERS].map((a) => ({
      email: a.email,
      display_name: a.displayName,
      role: a.role,
      audience: a.audience,
      municipality_id: a.municipality ? municipality(a.municipality) : null,
      organisation_id: a.organisation ? (organisations.get(a.organisation) ?? null) : null,
      manages: a.manages.map(municipality),
    }));
    const [{ created }]: { created: number }[] = await manager.query(
      `WITH input AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb)
           AS a(email text, display_name text, role text, audience text, municipality_id uuid, organisation_id uuid, manages uuid[])
       ), inserted AS (
         INSERT INTO app_user (email, display_name, role, audience, status, password_hash, municipality_id, organisation_id)
         SELECT email, display_name, role, audience, 'active', $2, municipality_id, organisation_id FROM input
         ON CONFLICT (lower(email)) DO NOTHING RETURNING id, email
       ), managed AS (
         INSERT INTO coordinator_municipality (user_id, municipality_id)
         SELECT i.id, unnest(input.manages) FROM inserted i JOIN input ON input.email = i.email
         ON CONFLICT DO NOTHING
       )
       SELECT count(*)::int AS created FROM inserted`,
      [JSON.stringify(accounts), passwordHash],
    );

    const admin: { id: string }[] = await manager.query(`SELECT id FROM app_user WHERE role = 'admin' ORDER BY created_at LIMIT 1`);
    await loadSeedCourses(manager, admin[0]?.id ?? null);
    const activity = await loadDemoActivity(manager, now);
    return { organisations: organisationsCreated, accounts: created, ...activity };
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
