import type { EntityManager } from 'typeorm';

import { PasswordService } from '../../platform/auth/password.service';
import { DEMO_ACCOUNTS, DEMO_LEARNERS, DEMO_ORGANISATIONS, DEMO_PASSWORD } from './demo-accounts';

export interface AccountsSeedResult {
  organisations: number;
  accounts: number;
}

/**
 * Inserts the demo organisations and accounts. Idempotent: an organisation of the same name in the municipality, or an
 * account with the same e-mail, is left as it is. Returns what it created.
 */
export async function seedAccounts(manager: EntityManager): Promise<AccountsSeedResult> {
  // One hash for all accounts: they share the password, and argon2 is deliberately slow.
  const passwordHash = await new PasswordService().hash(DEMO_PASSWORD);
  const municipalities = new Map(
    ((await manager.query(`SELECT id, name FROM municipality`)) as { id: string; name: string }[]).map((m) => [
      m.name,
      m.id,
    ]),
  );
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
      : await manager.query(`SELECT id FROM organisation WHERE municipality_id = $1 AND lower(name) = lower($2)`, [
          municipalityId,
          org.name,
        ]);
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
  return { organisations: organisationsCreated, accounts: created };
}
