import { ErrorCode, type PairingDetail } from '@kotopaikka/contracts';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Principal } from '../../platform/auth/principal';
import { SessionService } from '../../platform/auth/session.service';
import { ApiException } from '../../platform/errors/api.exception';
import { dropMentorRoleIfLast } from '../mentor-role';
import type { MentoringFeedbackInputDto } from './dto/pairing-input.dto';
import { pairingFor, pairingOfParty } from './pairing-access';
import { pairingDetail } from './pairing-detail';
import { requireActive } from './pairing-guards';
import { noticesToOthers, type PairingNotice, PairingNotices } from './pairing-notices';

/**
 * A pairing read, and brought to its end: completed (by either person, by those who manage the program, or on the
 * agreed end date by the deadlines) or ended early with a reason. Leaving `active` frees the mentor's capacity.
 * Closing feedback comes after.
 */
@Injectable()
export class PairingLifecycleService {
  constructor(
    private readonly db: DataSource,
    private readonly notices: PairingNotices,
    private readonly sessions: SessionService,
  ) {}

  async detail(actor: Principal, pairingId: string): Promise<PairingDetail> {
    const m = this.db.manager;
    return pairingDetail(m, await pairingFor(m, actor, pairingId));
  }

  complete(actor: Principal, pairingId: string): Promise<PairingDetail> {
    return this.finish(actor, pairingId, 'completed', null);
  }

  end(actor: Principal, pairingId: string, reason: string): Promise<PairingDetail> {
    return this.finish(actor, pairingId, 'ended_early', reason);
  }

  private async finish(
    actor: Principal,
    pairingId: string,
    status: 'completed' | 'ended_early',
    reason: string | null,
  ): Promise<PairingDetail> {
    const notices: PairingNotice[] = [];
    let demoted: string | null = null;
    const detail = await this.db.transaction(async (m) => {
      const access = await pairingFor(m, actor, pairingId, true);
      if (access.side === null && !access.mayManage)
        throw ApiException.forbidden('Only the pair and those who manage the program end a pairing');
      requireActive(access);
      await m.query(
        `UPDATE mentoring_pairing
            SET status = $2, finished_at = now(), finished_by = $3, end_reason = $4, updated_at = now()
          WHERE id = $1`,
        [pairingId, status, actor.id, reason],
      );
      // A mentor who withdrew while this pairing was active kept the role for it; it goes now if nothing else holds it.
      if (await dropMentorRoleIfLast(m, access.row.mentor_user_id)) demoted = access.row.mentor_user_id;
      notices.push(...noticesToOthers(access.row, actor.id, 'mentoring.completed'));
      return pairingDetail(m, await pairingFor(m, actor, pairingId));
    });
    if (demoted) this.sessions.forgetUser(demoted);
    await this.notices.send(notices);
    return detail;
  }

  /** One's closing feedback, once the pairing has ended either way; written again, it replaces the first. */
  async giveFeedback(actor: Principal, pairingId: string, dto: MentoringFeedbackInputDto): Promise<PairingDetail> {
    return this.db.transaction(async (m) => {
      const access = await pairingOfParty(m, actor, pairingId, true);
      if (access.row.status !== 'completed' && access.row.status !== 'ended_early')
        throw ApiException.conflict(ErrorCode.Conflict, 'Feedback is given once the pairing has ended');
      await m.query(
        `INSERT INTO mentoring_feedback (pairing_id, user_id, usefulness, match, comment) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (pairing_id, user_id) DO UPDATE
           SET usefulness = EXCLUDED.usefulness, match = EXCLUDED.match, comment = EXCLUDED.comment`,
        [pairingId, actor.id, dto.usefulness, dto.match, dto.comment],
      );
      return pairingDetail(m, access);
    });
  }
}
