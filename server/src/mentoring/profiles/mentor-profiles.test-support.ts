import type { MentorProfileInput, MentorProfileStatus } from '@kotopaikka/contracts';

import type { DataSource } from 'typeorm';

/** A valid mentor profile body, in the given municipality. */
export function mentorBody(municipalityId: string, overrides: Partial<MentorProfileInput> = {}): MentorProfileInput {
  return {
    expertise: ['recruiting_immigrants', 'workplace_induction'],
    sectors: ['hospitality'],
    languages: ['fi', 'en'],
    municipalityId,
    capacity: 2,
    availability: ['tue-morning', 'thu-evening'],
    meetingModes: ['in_person', 'online'],
    bio: 'Olen palkannut ravintolaamme kymmenen maahan muuttanutta työntekijää.',
    bioLocale: 'fi',
    ...overrides,
  };
}

/** Inserts a mentor profile directly, in a status (tests of other routes need one, not the opt-in flow). */
export async function createMentorProfile(
  db: DataSource,
  input: { programId: string; userId: string; municipalityId: string; status?: MentorProfileStatus },
): Promise<string> {
  const body = mentorBody(input.municipalityId);
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO mentor_profile (program_id, user_id, expertise, sectors, languages, availability, meeting_modes,
                                 municipality_id, capacity, bio, bio_locale, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [
      input.programId,
      input.userId,
      body.expertise,
      body.sectors,
      body.languages,
      body.availability,
      body.meetingModes,
      input.municipalityId,
      body.capacity,
      body.bio,
      body.bioLocale,
      input.status ?? 'pending',
    ],
  );
  return id;
}
