import type { NotificationKind } from '@kotopaikka/contracts';

import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { NotificationService } from '../../platform/notifications/notification.service';
import type { PairingRow } from './pairing-access';

/** An in-app notice decided in a transaction and sent after it commits (NotificationService writes on its own). */
export interface PairingNotice {
  userId: string;
  kind: NotificationKind;
  params: Record<string, string>;
  link: string;
}

export const pairingLink = (pairingId: string): string => `/mentoring/pairings/${pairingId}`;

/** The notice to one of the two people of a pairing, naming the other. */
export function noticeToParty(row: PairingRow, userId: string, kind: NotificationKind): PairingNotice {
  const otherName = userId === row.mentor_user_id ? row.mentee_name : row.mentor_name;
  return { userId, kind, params: { programName: row.program_name, otherName }, link: pairingLink(row.id) };
}

/** Notices to the people of the pairing other than `actorId` (both, when a coordinator or the clock acts). */
export function noticesToOthers(row: PairingRow, actorId: string | null, kind: NotificationKind): PairingNotice[] {
  return [row.mentor_user_id, row.mentee_user_id]
    .filter((userId) => userId !== actorId)
    .map((userId) => noticeToParty(row, userId, kind));
}

/** Sends notices once their transaction has committed; one that fails is logged, never undoing the change. */
@Injectable()
export class PairingNotices {
  private readonly logger = new Logger('PairingNotices');

  constructor(
    private readonly db: DataSource,
    private readonly notifications: NotificationService,
  ) {}

  /** Notices to the active coordinators who manage a municipality of the pairing's program. */
  async toCoordinators(row: PairingRow, kind: NotificationKind): Promise<PairingNotice[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT DISTINCT u.id FROM app_user u
         JOIN coordinator_municipality cm ON cm.user_id = u.id
        WHERE u.role = 'coordinator' AND u.status = 'active' AND cm.municipality_id = ANY($1::uuid[])`,
      [row.program_municipality_ids],
    );
    return rows.map((r) => ({
      userId: r.id,
      kind,
      params: { programName: row.program_name, otherName: `${row.mentor_name} – ${row.mentee_name}` },
      link: pairingLink(row.id),
    }));
  }

  async send(notices: PairingNotice[]): Promise<void> {
    for (const n of notices) {
      try {
        await this.notifications.notify(n.userId, n.kind, n.params, n.link);
      } catch (err) {
        this.logger.warn({ err: (err as Error).message, kind: n.kind }, 'a pairing notice was not sent');
      }
    }
  }
}
