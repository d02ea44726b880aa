import type { PairingStatus } from '@kotopaikka/contracts';

import type { DataSource } from 'typeorm';

import { createMentorProfile } from '../profiles/mentor-profiles.test-support';
import { createMenteeRequest } from '../requests/mentee-requests.test-support';

export interface CreatedPairing {
  pairingId: string;
  mentorProfileId: string;
  menteeRequestId: string;
}

/**
 * Inserts a pairing directly (with the mentor's approved profile and the mentee's open request unless given), in a
 * status: tests of what a pair does need one, not the matching and the answers. An active pairing started now.
 */
export async function createPairing(
  db: DataSource,
  input: {
    programId: string;
    mentorUserId: string;
    menteeUserId: string;
    municipalityId: string;
    status?: PairingStatus;
    mentorProfileId?: string;
    menteeRequestId?: string;
    /** YYYY-MM-DD. */
    endsOn?: string | null;
  },
): Promise<CreatedPairing> {
  const status = input.status ?? 'active';
  const mentorProfileId =
    input.mentorProfileId ??
    (await createMentorProfile(db, {
      programId: input.programId,
      userId: input.mentorUserId,
      municipalityId: input.municipalityId,
      status: 'approved',
    }));
  const menteeRequestId =
    input.menteeRequestId ??
    (await createMenteeRequest(db, {
      programId: input.programId,
      userId: input.menteeUserId,
      municipalityId: input.municipalityId,
    }));
  const answered = status !== 'proposed' && status !== 'declined' && status !== 'expired';
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO mentoring_pairing (program_id, mentor_profile_id, mentee_request_id, mentor_user_id, mentee_user_id,
                                    status, score, contributions, explanation, mentor_answer, mentor_answered_at,
                                    mentee_answer, mentee_answered_at, started_at, ends_on, finished_at)
     VALUES ($1, $2, $3, $4, $5, $6, 50, '[]'::jsonb, $7::jsonb,
             $8, CASE WHEN $8::text IS NULL THEN NULL ELSE now() END,
             $8, CASE WHEN $8::text IS NULL THEN NULL ELSE now() END,
             CASE WHEN $9 THEN now() END, $10, CASE WHEN $6 IN ('completed', 'ended_early') THEN now() END)
     RETURNING id`,
    [
      input.programId,
      mentorProfileId,
      menteeRequestId,
      input.mentorUserId,
      input.menteeUserId,
      status,
      JSON.stringify({ fi: 'puhutte suomea', en: 'you speak Finnish' }),
      answered ? 'accepted' : null,
      answered,
      input.endsOn ?? null,
    ],
  );
  return { pairingId: id, mentorProfileId, menteeRequestId };
}
