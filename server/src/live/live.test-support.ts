import type { Audience, LiveSessionKind, LiveSessionStatus, LocalizedText } from '@kotopaikka/contracts';

import type { DataSource } from 'typeorm';

import { municipalityId } from '../testing/fixtures';
import type { TestApp } from '../testing/test-app';

export interface TestLiveSessionInput {
  hostIds: string[];
  invitedUserIds?: string[];
  invitedOrganisationIds?: string[];
  /** Audiences invited within the session's municipality. */
  invitedAudiences?: Audience[];
  title?: LocalizedText;
  description?: LocalizedText;
  videoUrl?: string | null;
  kind?: LiveSessionKind;
  municipality?: string;
  status?: LiveSessionStatus;
  /** Minutes from now; default 10 (the session starts soon). */
  startsInMinutes?: number;
  durationMinutes?: number;
  capacity?: number | null;
}

/** Inserts a live session directly (room tests need a session, not the scheduling flow). */
export async function createLiveSession(db: DataSource, input: TestLiveSessionInput): Promise<string> {
  const starts = new Date(Date.now() + (input.startsInMinutes ?? 10) * 60_000);
  const ends = new Date(starts.getTime() + (input.durationMinutes ?? 60) * 60_000);
  const rows: { id: string }[] = await db.query(
    `INSERT INTO live_session (kind, title, description, starts_at, ends_at, municipality_id, status, capacity, video_url)
     VALUES ($1, $2::jsonb, $3::jsonb, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      input.kind ?? 'strategy_workshop',
      JSON.stringify(input.title ?? { fi: 'Työpaja', en: 'Workshop' }),
      JSON.stringify(input.description ?? {}),
      starts,
      ends,
      await municipalityId(db, input.municipality ?? 'Äänekoski'),
      input.status ?? 'scheduled',
      input.capacity ?? null,
      input.videoUrl ?? null,
    ],
  );
  const id = rows[0].id;
  for (const userId of input.hostIds)
    await db.query(`INSERT INTO live_session_host (session_id, user_id) VALUES ($1, $2)`, [id, userId]);
  for (const userId of input.invitedUserIds ?? [])
    await db.query(`INSERT INTO live_session_invitee (session_id, user_id) VALUES ($1, $2)`, [id, userId]);
  for (const organisationId of input.invitedOrganisationIds ?? [])
    await db.query(`INSERT INTO live_session_invitee (session_id, organisation_id) VALUES ($1, $2)`, [
      id,
      organisationId,
    ]);
  for (const audience of input.invitedAudiences ?? [])
    await db.query(`INSERT INTO live_session_invitee (session_id, audience) VALUES ($1, $2)`, [id, audience]);
  return id;
}

/** A count taken when an event case has set things up, which a refused event must leave as it was. */
export function countSnapshot(sql: string): { take(t: TestApp): Promise<void>; unchanged(t: TestApp): Promise<void> } {
  let before = -1;
  const count = async (t: TestApp): Promise<number> => Number(((await t.db.query(sql)) as { n: string }[])[0].n);
  return {
    take: async (t) => {
      before = await count(t);
    },
    unchanged: async (t) => {
      expect(await count(t)).toBe(before);
    },
  };
}
