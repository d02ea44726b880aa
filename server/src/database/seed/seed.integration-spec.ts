import { DataSource } from 'typeorm';

import { PasswordService } from '../../platform/auth/password.service';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { dataSourceOptions } from '../data-source';
import { DEMO_PASSWORD } from './demo-data';
import { seedDemoData, seedDemoDataIfEmpty } from './seed';

interface AccountRow {
  email: string;
  role: string;
  audience: string;
  status: string;
  municipality: string | null;
  organisation: string | null;
  manages: string[];
}

async function accounts(db: DataSource): Promise<Record<string, Omit<AccountRow, 'email'>>> {
  const rows: AccountRow[] = await db.query(`
    SELECT u.email, u.role, u.audience, u.status, m.name AS municipality, o.name AS organisation,
      coalesce((SELECT array_agg(cm_m.name ORDER BY cm_m.name) FROM coordinator_municipality cm
        JOIN municipality cm_m ON cm_m.id = cm.municipality_id WHERE cm.user_id = u.id), '{}') AS manages
    FROM app_user u LEFT JOIN municipality m ON m.id = u.municipality_id LEFT JOIN organisation o ON o.id = u.organisation_id`);
  return Object.fromEntries(rows.map(({ email, ...rest }) => [email, rest]));
}

async function snapshot(db: DataSource): Promise<unknown> {
  return {
    users: await db.query(`SELECT id, email, password_hash, updated_at FROM app_user ORDER BY id`),
    organisations: await db.query(`SELECT id, name, kind, municipality_id, updated_at FROM organisation ORDER BY id`),
    managed: await db.query(`SELECT user_id, municipality_id FROM coordinator_municipality ORDER BY user_id, municipality_id`),
  };
}

describe('demo seed', () => {
  let database: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = new DataSource(dataSourceOptions(database.url, { extra: { max: 2 } }));
    await db.initialize();
  });

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('creates the nine demo accounts with their roles, audiences and scopes', async () => {
    await expect(seedDemoData(db)).resolves.toEqual({ organisations: 5, accounts: 9 });

    const byEmail = await accounts(db);
    const m = (municipality: string | null, organisation: string | null = null, manages: string[] = []) => ({ municipality, organisation, manages, status: 'active' });
    expect(byEmail).toEqual({
      'admin@demo.kotopaikka.fi': { role: 'admin', audience: 'other', ...m(null) },
      'coordinator@demo.kotopaikka.fi': { role: 'coordinator', audience: 'other', ...m('Äänekoski', null, ['Laukaa', 'Saarijärvi', 'Äänekoski']) },
      'decision@demo.kotopaikka.fi': { role: 'member', audience: 'decision_maker', ...m('Äänekoski') },
      'employer@demo.kotopaikka.fi': { role: 'member', audience: 'employer', ...m('Äänekoski', 'Äänekosken Puu ja Metalli Oy') },
      'onboarding@demo.kotopaikka.fi': { role: 'member', audience: 'onboarding_staff', ...m('Jämsä', 'Jämsän Paperi ja Huolto Oy') },
      'guidance@demo.kotopaikka.fi': { role: 'member', audience: 'guidance_professional', ...m('Saarijärvi', 'Saarijärven kaupungin työllisyyspalvelut') },
      'mentor@demo.kotopaikka.fi': { role: 'mentor', audience: 'employer', ...m('Laukaa', 'Laukaan Hoivakodit Oy') },
      'mentee@demo.kotopaikka.fi': { role: 'member', audience: 'employer', ...m('Keuruu', 'Keuruun Rakennus ja Remontti Oy') },
      'participant@demo.kotopaikka.fi': { role: 'member', audience: 'immigrant_participant', ...m('Äänekoski') },
    });

    const organisations: { name: string; kind: string; municipality: string }[] = await db.query(
      `SELECT o.name, o.kind, m.name AS municipality FROM organisation o JOIN municipality m ON m.id = o.municipality_id ORDER BY o.name`,
    );
    expect(new Set(organisations.map((o) => o.municipality))).toEqual(new Set(['Äänekoski', 'Laukaa', 'Saarijärvi', 'Keuruu', 'Jämsä']));
    expect(organisations).toContainEqual({ name: 'Saarijärven kaupungin työllisyyspalvelut', kind: 'municipal_unit', municipality: 'Saarijärvi' });
  });

  it('gives every account the demo password', async () => {
    const rows: { password_hash: string }[] = await db.query(`SELECT password_hash FROM app_user`);
    const passwords = new PasswordService();
    for (const row of rows) await expect(passwords.verify(row.password_hash, DEMO_PASSWORD)).resolves.toBe(true);
  });

  it('changes nothing when run a second time', async () => {
    const before = await snapshot(db);
    await expect(seedDemoData(db)).resolves.toEqual({ organisations: 0, accounts: 0 });
    expect(await snapshot(db)).toEqual(before);
  });

  it('leaves a database that already has accounts alone when seeding only if empty', async () => {
    const before = await snapshot(db);
    await expect(seedDemoDataIfEmpty(database.url)).resolves.toBeNull();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('demo seed on an empty database', () => {
  it('seeds through seedDemoDataIfEmpty', async () => {
    const database = await createTestDatabase();
    try {
      await expect(seedDemoDataIfEmpty(database.url)).resolves.toEqual({ organisations: 5, accounts: 9 });
    } finally {
      await database.drop();
    }
  });
});
