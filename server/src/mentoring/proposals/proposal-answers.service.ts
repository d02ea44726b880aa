import { ErrorCode, type PairingSide, type PairingSummary } from '@kotopaikka/contracts';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import { overseenProgram } from '../matching/program-oversight';
import { pairingFor, pairingOfParty, pairingSummaries, toPairingSummary } from '../pairings/pairing-access';
import { MentoringProgramsService } from '../programs/mentoring-programs.service';
import type { ProposalAnswerInputDto } from './dto/proposal.dto';
import { type PairingPeople, ProposalNotices, type ProposalNotification } from './proposal-notices';

/** Whom to tell what, once the answer is committed. */
interface Notice {
  kind: ProposalNotification;
  people: PairingPeople;
  sides: PairingSide[];
}

const other = (side: PairingSide): PairingSide => (side === 'mentor' ? 'mentee' : 'mentor');

/**
 * Answers to proposals. Each side answers once while the proposal stands (the pairing's row is locked, so two
 * answers take turns). A decline ends the proposal and frees the capacity; the second accept makes the pairing
 * active, and at that moment the mentor profile's row is locked and the mentor's active pairings counted: two
 * mentees' accepts racing on one mentor's last place are serialised by that lock, and the second is 409.
 */
@Injectable()
export class ProposalAnswersService {
  constructor(
    private readonly db: DataSource,
    private readonly programs: MentoringProgramsService,
    private readonly notices: ProposalNotices,
  ) {}

  mine(actor: Principal): Promise<PairingSummary[]> {
    return pairingSummaries(this.db.manager, actor, { mine: true });
  }

  async forProgram(actor: Principal, programId: string): Promise<PairingSummary[]> {
    await overseenProgram(this.programs, this.db.manager, actor, programId);
    return pairingSummaries(this.db.manager, actor, { programId });
  }

  async answer(actor: Principal, pairingId: string, dto: ProposalAnswerInputDto): Promise<PairingSummary> {
    const notice = await this.db.transaction(async (m): Promise<Notice | null> => {
      const { row, side } = await pairingOfParty(m, actor, pairingId, true);
      if (row.status !== 'proposed')
        throw ApiException.conflict(ErrorCode.Conflict, `The proposal is no longer open: it is ${row.status}`);
      const mine = side === 'mentor' ? row.mentor_answer : row.mentee_answer;
      if (mine !== null) throw ApiException.conflict(ErrorCode.Conflict, `You have already ${mine} this proposal`);
      const column = side === 'mentor' ? 'mentor' : 'mentee';
      if (dto.answer === 'decline') {
        await m.query(
          `UPDATE mentoring_pairing
              SET status = 'declined', ${column}_answer = 'declined', ${column}_answered_at = now(),
                  decline_reason = $2, updated_at = now()
            WHERE id = $1`,
          [pairingId, dto.reason || null],
        );
        const [people] = await this.notices.people(m, [pairingId]);
        return { kind: 'mentoring.proposal_declined', people, sides: [other(side)] };
      }
      const otherAnswer = side === 'mentor' ? row.mentee_answer : row.mentor_answer;
      if (otherAnswer !== 'accepted') {
        await m.query(
          `UPDATE mentoring_pairing SET ${column}_answer = 'accepted', ${column}_answered_at = now(), updated_at = now()
            WHERE id = $1`,
          [pairingId],
        );
        return null;
      }
      // Lock first, count after, in two statements: a count in the locking statement would read the snapshot taken
      // before the wait for the lock, missing the pairing the lock's holder has just made active.
      const [mentor]: { capacity: number }[] = await m.query(
        `SELECT capacity FROM mentor_profile WHERE id = $1 FOR UPDATE`,
        [row.mentor_profile_id],
      );
      const [{ active }]: { active: number }[] = await m.query(
        `SELECT count(*)::int AS active FROM mentoring_pairing WHERE mentor_profile_id = $1 AND status = 'active'`,
        [row.mentor_profile_id],
      );
      if (active >= mentor.capacity)
        throw ApiException.conflict(ErrorCode.MentorFull, 'The mentor has no place left for another pairing');
      await m.query(
        `UPDATE mentoring_pairing
            SET status = 'active', ${column}_answer = 'accepted', ${column}_answered_at = now(), started_at = now(),
                updated_at = now()
          WHERE id = $1`,
        [pairingId],
      );
      const [people] = await this.notices.people(m, [pairingId]);
      return { kind: 'mentoring.pairing_active', people, sides: ['mentor', 'mentee'] };
    });
    // After the commit: a notification of an answer rolled back would be a lie.
    if (notice) await this.notices.notify(notice.kind, notice.people, notice.sides);
    return toPairingSummary(await pairingFor(this.db.manager, actor, pairingId));
  }
}
