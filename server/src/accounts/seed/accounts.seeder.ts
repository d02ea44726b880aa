import type { EntityManager } from 'typeorm';

import { PasswordService } from '../../platform/auth/password.service';
import { DEMO_ACCOUNTS, DEMO_LEARNERS, DEMO_ORGANISATIONS, DEMO_PASSWORD, type DemoAccount } from './demo-accounts';

export interface AccountsSeedResult {
  organisations: number;
  accounts: number;
}

/**
 * Inserts the demo organisations and accounts. Idempotent: an organisation of the same name in the municipality, or an
 * account with the same e-mail, is left as it is. Returns what it created.
 */
export async function seedAccounts(manager: EntityManager): Promise<AccountsSeedResult> {
  const municipalities = new Map(
    ((await manager.query(`SELECT id, name FROM municipality`)) as { id: string; name: string }[]).map((m) => [
      m.name,
      m.id,
    ]),
  );
  let organisationsCreated = 0;
  for (const org of DEMO_ORGANISATIONS) {
    const municipalityId = municipalities.get(org.municipality);
    if (!municipalityId) throw new Error(`demo seed: no municipality named ${org.municipality}`);
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO organisation (name, kind, municipality_id) VALUES ($1, $2, $3)
       ON CONFLICT (municipality_id, lower(name)) DO NOTHING RETURNING id`,
      [org.name, org.kind, municipalityId],
    );
    organisationsCreated += inserted.length;
  }
  const created = await insertDemoAccounts(manager, [...DEMO_ACCOUNTS, ...DEMO_LEARNERS]);
  return { organisations: organisationsCreated, accounts: created };
}

/**
 * Inserts demo accounts (municipality and organisation by name, the demo password) in one statement; an account with
 * the same e-mail is left as it is, and a coordinator's municipalities are set only for an account created now.
 * Other capabilities' seeders add their demo people through this too. Returns how many it created.
 */
export async function insertDemoAccounts(manager: EntityManager, list: readonly DemoAccount[]): Promise<number> {
  const byName = async (sql: string): Promise<Map<string, string>> =>
    new Map(((await manager.query(sql)) as { id: string; name: string }[]).map((r) => [r.name, r.id]));
  const municipalities = await byName(`SELECT id, name FROM municipality`);
  const organisations = await byName(`SELECT id, name FROM organisation`);
  const municipality = (name: string): string => {
    const id = municipalities.get(name);
    if (!id) throw new Error(`demo seed: no municipality named ${name}`);
    return id;
  };
  const accounts = list.map((a) => ({
    email: a.email,
    display_name: a.displayName,
    role: a.role,
    audience: a.audience,
    municipality_id: a.municipality ? municipality(a.municipality) : null,
    organisation_id: a.organisation ? (organisations.get(a.organisation) ?? null) : null,
    manages: a.manages.map(municipality),
  }));
  const [{ missing }]: { missing: number }[] = await manager.query(
    `SELECT count(*)::int AS missing FROM unnest($1::text[]) e WHERE NOT EXISTS (SELECT 1 FROM app_user u WHERE lower(u.email) = lower(e))`,
    [list.map((a) => a.email)],
  );
  if (missing === 0) return 0;
  // One hash for all accounts: they share the password, and argon2 is deliberately slow.
  const hash = await new PasswordService().hash(DEMO_PASSWORD);
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
    [JSON.stringify(accounts), hash],
  );
  return created;
}
