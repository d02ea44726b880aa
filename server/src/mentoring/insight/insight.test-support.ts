import type { FitAnswer, MentoringUnmatchedReason } from '@kotopaikka/contracts';

import type { DataSource } from 'typeorm';

const DAY = `interval '1 day'`;

/** Moves a pairing's proposal, start and end `days` back from now (null leaves a time as it is). */
export async function backdate(
  db: DataSource,
  pairingId: string,
  days: { proposed?: number; started?: number; finished?: number },
): Promise<void> {
  await db.query(
    `UPDATE mentoring_pairing
        SET proposed_at = coalesce(now() - $2::int * ${DAY}, proposed_at),
            started_at = CASE WHEN $3::int IS NULL THEN started_at ELSE now() - $3::int * ${DAY} END,
            finished_at = CASE WHEN $4::int IS NULL THEN finished_at ELSE now() - $4::int * ${DAY} END
      WHERE id = $1`,
    [pairingId, days.proposed ?? null, days.started ?? null, days.finished ?? null],
  );
}

/** A logged meeting `daysAgo` days back (negative: in the future). */
export async function addMeeting(db: DataSource, pairingId: string, daysAgo: number): Promise<void> {
  await db.query(
    `INSERT INTO mentoring_meeting (pairing_id, held_at, duration_minutes, mode, place)
     VALUES ($1, now() - $2::int * ${DAY}, 60, 'online', '')`,
    [pairingId, daysAgo],
  );
}

export async function addFeedback(
  db: DataSource,
  pairingId: string,
  userId: string,
  usefulness: number,
  match: number,
): Promise<void> {
  await db.query(
    `INSERT INTO mentoring_feedback (pairing_id, user_id, usefulness, match, comment) VALUES ($1, $2, $3, $4, '')`,
    [pairingId, userId, usefulness, match],
  );
}

export async function addGoal(db: DataSource, pairingId: string, progress: number): Promise<void> {
  await db.query(`INSERT INTO mentoring_goal (pairing_id, title, progress) VALUES ($1, 'Tavoite', $2)`, [
    pairingId,
    progress,
  ]);
}

export async function addFitAnswer(
  db: DataSource,
  pairingId: string,
  userId: string,
  answer: FitAnswer,
  daysAgo = 0,
): Promise<void> {
  await db.query(
    `INSERT INTO mentoring_fit_check (pairing_id, user_id, answer, answered_at) VALUES ($1, $2, $3, now() - $4::int * ${DAY})`,
    [pairingId, userId, answer, daysAgo],
  );
}

/** A matching run `daysAgo` back whose stored result lists these mentees (by their municipality) as unmatched. */
export async function addRun(
  db: DataSource,
  programId: string,
  unmatched: { municipalityId: string; reason: MentoringUnmatchedReason }[],
  daysAgo = 0,
): Promise<void> {
  const result = {
    suggestions: [],
    unmatched: unmatched.map((u, i) => ({
      mentee: {
        requestId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        person: { id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, name: `Mentee ${i}` },
        municipality: { id: u.municipalityId, name: '' },
        organisation: null,
      },
      reason: u.reason,
    })),
    rejectedPins: [],
  };
  await db.query(
    `INSERT INTO mentoring_run (program_id, status, result, matched, total_score, created_at)
     VALUES ($1, 'draft', $2::jsonb, 0, 0, now() - $3::int * ${DAY})`,
    [programId, JSON.stringify(result), daysAgo],
  );
}
