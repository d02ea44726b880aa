import type { Audience, Role } from '@kotopaikka/contracts';

import type { DataSource } from 'typeorm';

import { PasswordService } from '../platform/auth/password.service';

export const TEST_PASSWORD = 'Correct-Horse-Battery-9';

let cachedHash: string | null = null;

export interface TestUserInput {
  email?: string;
  displayName?: string;
  role?: Role;
  audience?: Audience;
  municipality?: string;
  organisationId?: string | null;
  managedMunicipalities?: string[];
  status?: 'invited' | 'active' | 'deactivated';
  password?: string;
}

export async function municipalityId(db: DataSource, name: string): Promise<string> {
  const rows: { id: string }[] = await db.query(`SELECT id FROM municipality WHERE name = $1`, [name]);
  if (!rows[0]) throw new Error(`no municipality ${name}`);
  return rows[0].id;
}

export async function createOrganisation(
  db: DataSource,
  name: string,
  municipality: string,
  kind: 'employer' | 'municipal_unit' = 'employer',
): Promise<string> {
  const rows: { id: string }[] = await db.query(
    `INSERT INTO organisation (name, kind, municipality_id) VALUES ($1, $2, $3) RETURNING id`,
    [name, kind, await municipalityId(db, municipality)],
  );
  return rows[0].id;
}

/** Inserts a person directly (tests of other features need people, not the invitation flow). */
export async function createUser(
  db: DataSource,
  input: TestUserInput = {},
): Promise<{ id: string; email: string; password: string }> {
  const passwords = new PasswordService();
  const password = input.password ?? TEST_PASSWORD;
  const hash =
    password === TEST_PASSWORD ? (cachedHash ??= await passwords.hash(TEST_PASSWORD)) : await passwords.hash(password);
  const email = input.email ?? `user-${Math.random().toString(36).slice(2, 10)}@example.test`;
  const rows: { id: string }[] = await db.query(
    `INSERT INTO app_user (email, display_name, role, audience, status, password_hash, municipality_id, organisation_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      email,
      input.displayName ?? email.split('@')[0],
      input.role ?? 'member',
      input.audience ?? 'other',
      input.status ?? 'active',
      hash,
      await municipalityId(db, input.municipality ?? 'Äänekoski'),
      input.organisationId ?? null,
    ],
  );
  const id = rows[0].id;
  for (const m of input.managedMunicipalities ?? []) {
    await db.query(`INSERT INTO coordinator_municipality (user_id, municipality_id) VALUES ($1, $2)`, [
      id,
      await municipalityId(db, m),
    ]);
  }
  return { id, email, password };
}
