import {
  MENTORING_HEALTH_KINDS,
  type MentoringHealth,
  type MentoringHealthItem,
  type MentoringHealthKind,
  type PairingSide,
  type PairingStatus,
  PROPOSAL_REMINDER_DAYS,
} from '@kotopaikka/contracts';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Principal } from '../../platform/auth/principal';
import { programForHealth } from './insight-access';

/** An active pairing without a meeting for this long needs a word from the coordinator. */
export const NO_MEETING_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

interface HealthRow {
  id: string;
  status: PairingStatus;
  mentor_id: string;
  mentor_name: string;
  mentee_id: string;
  mentee_name: string;
  mentor_answer: string | null;
  mentee_answer: string | null;
  proposed_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  last_meeting_at: Date | null;
  not_a_fit_at: Date | null;
  rematched: boolean;
}

const ACTIONS = {
  no_recent_meeting: 'contact_pair',
  unanswered_proposal: 'contact_unanswered',
  not_a_fit: 'end_and_rematch',
  ended_early: 'rematch',
} as const satisfies Record<MentoringHealthKind, MentoringHealthItem['action']>;

/**
 * What needs a coordinator in a program: active pairings without a meeting in 30 days, proposals unanswered for a
 * week, "not a good fit" answers on active pairings (never whose), and early endings whose mentee has no new pair.
 */
@Injectable()
export class ProgramHealthService {
  constructor(private readonly db: DataSource) {}

  async health(actor: Principal, programId: string, now = new Date()): Promise<MentoringHealth> {
    await programForHealth(this.db.manager, actor, programId);
    const rows: HealthRow[] = await this.db.query(
      `SELECT mp.id, mp.status, mp.mentor_answer, mp.mentee_answer, mp.proposed_at, mp.started_at, mp.finished_at,
              mentor.id AS mentor_id, mentor.display_name AS mentor_name,
              mentee.id AS mentee_id, mentee.display_name AS mentee_name,
              (SELECT max(mt.held_at) FROM mentoring_meeting mt WHERE mt.pairing_id = mp.id AND mt.held_at <= $2)
                AS last_meeting_at,
              (SELECT min(fc.answered_at) FROM mentoring_fit_check fc
                WHERE fc.pairing_id = mp.id AND fc.answer = 'not_a_fit') AS not_a_fit_at,
              EXISTS (SELECT 1 FROM mentoring_pairing later
                       WHERE later.mentee_request_id = mp.mentee_request_id AND later.id <> mp.id
                         AND later.proposed_at >= mp.proposed_at AND later.status IN ('proposed', 'active', 'completed'))
                AS rematched
         FROM mentoring_pairing mp
         JOIN app_user mentor ON mentor.id = mp.mentor_user_id
         JOIN app_user mentee ON mentee.id = mp.mentee_user_id
        WHERE mp.program_id = $1 AND mp.status IN ('proposed', 'active', 'ended_early')`,
      [programId, now],
    );
    const items = rows.flatMap((row) => itemsOf(row, now));
    const order = (kind: MentoringHealthKind): number => MENTORING_HEALTH_KINDS.indexOf(kind);
    items.sort(
      (a, b) =>
        order(a.kind) - order(b.kind) || a.since.localeCompare(b.since) || a.pairingId.localeCompare(b.pairingId),
    );
    const counts = Object.fromEntries(
      MENTORING_HEALTH_KINDS.map((kind) => [kind, items.filter((i) => i.kind === kind).length]),
    ) as Record<MentoringHealthKind, number>;
    return { programId, counts, items };
  }
}

function itemsOf(row: HealthRow, now: Date): MentoringHealthItem[] {
  const item = (kind: MentoringHealthKind, since: Date, waitingFor: PairingSide[] = []): MentoringHealthItem => ({
    kind,
    action: ACTIONS[kind],
    pairingId: row.id,
    mentor: { id: row.mentor_id, name: row.mentor_name },
    mentee: { id: row.mentee_id, name: row.mentee_name },
    since: since.toISOString(),
    waitingFor,
  });
  const items: MentoringHealthItem[] = [];
  const before = (days: number): number => now.getTime() - days * DAY_MS;
  if (row.status === 'active') {
    const lastSeen = row.last_meeting_at ?? row.started_at ?? row.proposed_at;
    if (lastSeen.getTime() <= before(NO_MEETING_DAYS)) items.push(item('no_recent_meeting', lastSeen));
    if (row.not_a_fit_at) items.push(item('not_a_fit', row.not_a_fit_at));
  } else if (row.status === 'proposed') {
    const waitingFor: PairingSide[] = [];
    if (row.mentor_answer === null) waitingFor.push('mentor');
    if (row.mentee_answer === null) waitingFor.push('mentee');
    if (row.proposed_at.getTime() <= before(PROPOSAL_REMINDER_DAYS) && waitingFor.length > 0)
      items.push(item('unanswered_proposal', row.proposed_at, waitingFor));
  } else if (row.status === 'ended_early' && !row.rematched) {
    items.push(item('ended_early', row.finished_at ?? row.proposed_at));
  }
  return items;
}
