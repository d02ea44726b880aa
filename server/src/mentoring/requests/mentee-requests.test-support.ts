import type { MenteeRequestInput, MenteeRequestStatus } from '@kotopaikka/contracts';

import type { DataSource } from 'typeorm';

/** A valid mentee request body, in the given municipality. */
export function menteeBody(municipalityId: string, overrides: Partial<MenteeRequestInput> = {}): MenteeRequestInput {
  return {
    goals: 'Haluan oppia perehdyttämään uudet työntekijät selkokielellä.',
    expertise: ['workplace_induction', 'language_aware_communication'],
    sectors: ['hospitality'],
    languages: ['fi'],
    municipalityId,
    meetingMode: 'either',
    availability: ['tue-morning'],
    ...overrides,
  };
}

/** Inserts a mentee request directly, in a status. */
export async function createMenteeRequest(
  db: DataSource,
  input: { programId: string; userId: string; municipalityId: string; status?: MenteeRequestStatus },
): Promise<string> {
  const body = menteeBody(input.municipalityId);
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO mentee_request (program_id, user_id, goals, expertise, sectors, languages, availability,
                                 meeting_mode, municipality_id, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      input.programId,
      input.userId,
      body.goals,
      body.expertise,
      body.sectors,
      body.languages,
      body.availability,
      body.meetingMode,
      input.municipalityId,
      input.status ?? 'open',
    ],
  );
  return id;
}
