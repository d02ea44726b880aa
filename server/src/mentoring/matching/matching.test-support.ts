import type { MenteeMeetingMode } from '@kotopaikka/contracts';

import type { DataSource } from 'typeorm';

import { signedIn } from '../../accounts/users/people.test-support';
import type { TestAgent } from '../../testing/test-agent';
import type { TestApp } from '../../testing/test-app';

export type Person = { agent: TestAgent; id: string };

/** What a test varies in a mentor's offer or a mentee's request; the rest is a hospitality employer in Finnish. */
export interface SignUpShape {
  languages?: string[];
  expertise?: string[];
  sectors?: string[];
  availability?: string[];
  municipalityId: string;
}

/** Inserts an approved mentor profile with the given capacity and shape. */
export async function addMentor(
  db: DataSource,
  input: SignUpShape & { programId: string; userId: string; capacity?: number; status?: string },
): Promise<string> {
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO mentor_profile (program_id, user_id, expertise, sectors, languages, availability, meeting_modes,
                                 municipality_id, capacity, bio, bio_locale, status)
     VALUES ($1, $2, $3, $4, $5, $6, '{in_person,online}', $7, $8, 'Olen mentoroinut ennenkin.', 'fi', $9)
     RETURNING id`,
    [
      input.programId,
      input.userId,
      input.expertise ?? ['workplace_induction'],
      input.sectors ?? ['hospitality'],
      input.languages ?? ['fi'],
      input.availability ?? ['tue-morning'],
      input.municipalityId,
      input.capacity ?? 1,
      input.status ?? 'approved',
    ],
  );
  return id;
}

/** Inserts an open mentee request with the given shape. */
export async function addMentee(
  db: DataSource,
  input: SignUpShape & { programId: string; userId: string; meetingMode?: MenteeMeetingMode },
): Promise<string> {
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO mentee_request (program_id, user_id, goals, expertise, sectors, languages, availability,
                                 meeting_mode, municipality_id)
     VALUES ($1, $2, 'Haluan oppia perehdyttämään.', $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      input.programId,
      input.userId,
      input.expertise ?? ['workplace_induction'],
      input.sectors ?? ['hospitality'],
      input.languages ?? ['fi'],
      input.availability ?? ['tue-morning'],
      input.meetingMode ?? 'either',
      input.municipalityId,
    ],
  );
  return id;
}

/** Signed-in people in Laukaa, named so that runs (ordered by mentee name) read in a known order. */
export async function people(t: TestApp, names: string[]): Promise<Person[]> {
  const out: Person[] = [];
  for (const displayName of names) out.push(await signedIn(t, { role: 'member', municipality: 'Laukaa', displayName }));
  return out;
}

/** The in-app notifications of a kind a person has, newest first. */
export async function notificationsOf(
  db: DataSource,
  userId: string,
  kind: string,
): Promise<{ params: Record<string, string>; link: string | null }[]> {
  return db.query(`SELECT params, link FROM notification WHERE user_id = $1 AND kind = $2 ORDER BY created_at DESC`, [
    userId,
    kind,
  ]);
}
