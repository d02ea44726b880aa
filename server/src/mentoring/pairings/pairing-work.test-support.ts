import type { MentoringAgreementInput, PairingStatus } from '@kotopaikka/contracts';

import { signedIn } from '../../accounts/users/people.test-support';
import type { TestAgent } from '../../testing/test-agent';
import type { TestApp } from '../../testing/test-app';
import { createProgram } from '../programs/mentoring-programs.test-support';
import { createPairing } from './pairings.test-support';

export type Person = { agent: TestAgent; id: string };

/** A YYYY-MM-DD `days` from today in Finland. */
export function finnishDay(days: number): string {
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A valid agreement for a pairing that started today: ten weeks. */
export function agreementBody(overrides: Partial<MentoringAgreementInput> = {}): MentoringAgreementInput {
  return {
    goals: 'Opin perehdyttämään kausityöntekijät selkokielellä.',
    meetingFrequency: 'biweekly',
    preferredDays: ['tue', 'thu'],
    mode: 'either',
    endsOn: finnishDay(70),
    confidentiality: 'Keskustelut jäävät meidän kahden väliin.',
    ...overrides,
  };
}

/** A pairing in a new Laukaa program between a new mentor and mentee. */
export interface Pair {
  programId: string;
  pairingId: string;
  mentor: Person;
  mentee: Person;
}

export async function newPair(
  t: TestApp,
  laukaa: string,
  options: { status?: PairingStatus; menteeMunicipality?: string } = {},
): Promise<Pair> {
  const programId = await createProgram(t.db, [laukaa], 'running');
  const mentor = await signedIn(t, { role: 'mentor', municipality: 'Laukaa', displayName: 'Maija Mentor' });
  const mentee = await signedIn(t, {
    role: 'member',
    municipality: options.menteeMunicipality ?? 'Laukaa',
    displayName: 'Teemu Mentee',
  });
  const { pairingId } = await createPairing(t.db, {
    programId,
    mentorUserId: mentor.id,
    menteeUserId: mentee.id,
    municipalityId: laukaa,
    status: options.status,
  });
  return { programId, pairingId, mentor, mentee };
}

/** A meeting of the pair held an hour ago (the fit check opens). */
export async function heldMeeting(t: TestApp, pairingId: string): Promise<void> {
  await t.db.query(
    `INSERT INTO mentoring_meeting (pairing_id, held_at, duration_minutes, mode) VALUES ($1, now() - interval '1 hour', 60, 'online')`,
    [pairingId],
  );
}

/** The in-app notifications of a person, of a kind. */
export async function notificationsOf(
  t: TestApp,
  userId: string,
  kind: string,
): Promise<{ params: Record<string, string>; link: string }[]> {
  return t.db.query(`SELECT params, link FROM notification WHERE user_id = $1 AND kind = $2 ORDER BY created_at`, [
    userId,
    kind,
  ]);
}
