import { type Breakout, type BreakoutGroup, type BreakoutMode, ErrorCode } from '@kotopaikka/contracts';

import { randomInt } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { TableRow } from '../../database/table-row';
import { ApiException } from '../../platform/errors/api.exception';
import { returnedRows } from '../../platform/http/sql-support';
import { OutboxService } from '../../platform/outbox/outbox.service';
import { RealtimeEmitter } from '../../platform/realtime/realtime-emitter.service';
import { isHost, type RoomMember } from '../room/room-access.service';
import { RoomEvents } from '../room/room-events.service';
import { liveGroupRoom, liveParticipantRoom } from '../room/room-names';
import type { LiveBreakoutEntity } from './breakout.entity';

type BreakoutRow = TableRow<LiveBreakoutEntity, 'id' | 'status' | 'mode' | 'minutes' | 'endsAt'>;

interface GroupRow {
  id: string;
  name: string;
  participant_ids: string[];
}

export interface BreakoutPlan {
  mode: BreakoutMode;
  groupCount: number;
  minutes: number;
  assignments?: { participantId: string; group: number }[];
}

const conflict = (message: string): ApiException => new ApiException(HttpStatus.CONFLICT, ErrorCode.Conflict, message);

/** Shuffles in place (Fisher–Yates with a CSPRNG): a random split nobody can steer. */
function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/**
 * Breakout groups: a host prepares a split (random, by municipality or by hand), starts it for a set time,
 * and everyone returns when it ends — by the host, or by a delayed job at `ends_at` (never a timer in one
 * process). Group rooms are Socket.IO rooms joined through each participant's own room, so every node's
 * sockets move together; the membership is in PostgreSQL, so a rejoin lands in the right group.
 */
@Injectable()
export class Breakouts {
  constructor(
    private readonly outbox: OutboxService,
    private readonly emitter: RealtimeEmitter,
    private readonly events: RoomEvents,
  ) {}

  /**
   * Ends the running breakout and brings everyone back: by a host, or by its delayed job (`dueOnly`: only
   * once `ends_at` has come, so a job relayed early or a second time does nothing). `false` if none ended.
   */
  async endAndAnnounce(where: { sessionId: string } | { breakoutId: string }, dueOnly = false): Promise<boolean> {
    const ended = await this.events.record(async (m, emit) => {
      const done = await this.end(m, where, dueOnly);
      if (done) emit(await this.events.append(m, done.sessionId, 'breakout.ended', { breakoutId: done.breakoutId }));
      return done;
    });
    if (!ended) {
      if ('sessionId' in where && !dueOnly) throw conflict('No breakout is running');
      return false;
    }
    this.closeRooms(ended.sessionId, ended.groupIds);
    return true;
  }

  /** The session's prepared or running breakout, locked for the transaction; `null` if none. */
  async current(m: EntityManager, sessionId: string, lock = false): Promise<Breakout | null> {
    const rows: BreakoutRow[] = await m.query(
      `SELECT id, status, mode, minutes, ends_at FROM live_breakout
        WHERE session_id = $1 AND status <> 'ended' ${lock ? 'FOR UPDATE' : ''}`,
      [sessionId],
    );
    return rows[0] ? this.load(m, rows[0]) : null;
  }

  /** Replaces the prepared breakout (or makes one) with a new split of the participants now in the room. */
  async prepare(m: EntityManager, sessionId: string, plan: BreakoutPlan): Promise<Breakout> {
    const existing = await this.current(m, sessionId, true);
    if (existing?.status === 'running') throw conflict('A breakout is running; end it before preparing another');
    if (existing) await m.query(`DELETE FROM live_breakout WHERE id = $1`, [existing.id]);
    const split = this.split(plan, await this.present(m, sessionId));
    const [row]: { id: string }[] = await m.query(
      `INSERT INTO live_breakout (session_id, mode, minutes) VALUES ($1, $2, $3) RETURNING id`,
      [sessionId, plan.mode, plan.minutes],
    );
    for (const [position, group] of split.entries()) {
      const [g]: { id: string }[] = await m.query(
        `INSERT INTO live_breakout_group (breakout_id, name, position) VALUES ($1, $2, $3) RETURNING id`,
        [row.id, group.name, position],
      );
      for (const participantId of group.members)
        await m.query(`INSERT INTO live_breakout_member (breakout_id, participant_id, group_id) VALUES ($1, $2, $3)`, [
          row.id,
          participantId,
          g.id,
        ]);
    }
    return (await this.current(m, sessionId)) as Breakout;
  }

  /** Moves one participant to a group of the current breakout, or back to the main room (`null`). */
  async assign(m: EntityManager, sessionId: string, participantId: string, groupId: string | null): Promise<Breakout> {
    const breakout = await this.current(m, sessionId, true);
    if (!breakout) throw conflict('There is no breakout to assign to');
    const before = breakout.groups.find((g) => g.participantIds.includes(participantId));
    if (groupId !== null && !breakout.groups.some((g) => g.id === groupId))
      throw ApiException.invalid('groupId', 'is not a group of this breakout');
    await m.query(`DELETE FROM live_breakout_member WHERE breakout_id = $1 AND participant_id = $2`, [
      breakout.id,
      participantId,
    ]);
    if (groupId !== null)
      await m.query(`INSERT INTO live_breakout_member (breakout_id, participant_id, group_id) VALUES ($1, $2, $3)`, [
        breakout.id,
        participantId,
        groupId,
      ]);
    if (breakout.status === 'running') {
      const theirs = liveParticipantRoom(sessionId, participantId);
      if (before) this.emitter.leaveRoom(theirs, liveGroupRoom(sessionId, before.id));
      if (groupId) this.emitter.joinRoom(theirs, liveGroupRoom(sessionId, groupId));
    }
    return (await this.current(m, sessionId)) as Breakout;
  }

  /** Starts the prepared breakout; its end is a delayed job written in this transaction. */
  async start(m: EntityManager, sessionId: string): Promise<Breakout> {
    const breakout = await this.current(m, sessionId, true);
    if (!breakout) throw conflict('Prepare a breakout first');
    if (breakout.status === 'running') throw conflict('The breakout is already running');
    await this.placeUnassigned(m, sessionId, breakout);
    const [row] = returnedRows<{ ends_at: Date }>(
      await m.query(
        `UPDATE live_breakout SET status = 'running', started_at = now(), ends_at = now() + make_interval(mins => minutes)
          WHERE id = $1 RETURNING ends_at`,
        [breakout.id],
      ),
    );
    await this.outbox.add(m, 'live', 'breakout_end', { breakoutId: breakout.id }, { runAt: row.ends_at });
    return (await this.current(m, sessionId)) as Breakout;
  }

  /**
   * Ends a running breakout (the host, or its delayed job when due: `dueOnly`). Returns the ended
   * breakout's session and groups, or `null` when there was nothing to end (safe to run twice).
   */
  async end(
    m: EntityManager,
    where: { sessionId: string } | { breakoutId: string },
    dueOnly = false,
  ): Promise<{ sessionId: string; breakoutId: string; groupIds: string[] } | null> {
    const [row] = returnedRows<{ id: string; session_id: string }>(
      await m.query(
        `UPDATE live_breakout SET status = 'ended', ended_at = now()
          WHERE status = 'running' AND ${'breakoutId' in where ? 'id' : 'session_id'} = $1
            ${dueOnly ? 'AND ends_at <= now()' : ''}
          RETURNING id, session_id`,
        ['breakoutId' in where ? where.breakoutId : where.sessionId],
      ),
    );
    if (!row) return null;
    const groups: { id: string }[] = await m.query(`SELECT id FROM live_breakout_group WHERE breakout_id = $1`, [
      row.id,
    ]);
    return { sessionId: row.session_id, breakoutId: row.id, groupIds: groups.map((g) => g.id) };
  }

  /** After an end has committed: every socket leaves the group rooms. */
  closeRooms(sessionId: string, groupIds: string[]): void {
    for (const id of groupIds) this.emitter.leaveRoom(liveGroupRoom(sessionId, id), liveGroupRoom(sessionId, id));
  }

  /** After a start has committed: each member's sockets, on every node, join their group's room. */
  openRooms(sessionId: string, breakout: Breakout): void {
    for (const group of breakout.groups)
      for (const participantId of group.participantIds)
        this.emitter.joinRoom(liveParticipantRoom(sessionId, participantId), liveGroupRoom(sessionId, group.id));
  }

  /** A host looks in on one group (or comes back to the main room only). */
  async visit(m: EntityManager, host: RoomMember, groupId: string | null): Promise<void> {
    const breakout = await this.current(m, host.sessionId);
    if (!breakout || breakout.status !== 'running') throw conflict('No breakout is running');
    if (groupId !== null && !breakout.groups.some((g) => g.id === groupId))
      throw ApiException.invalid('groupId', 'is not a group of this breakout');
    const theirs = liveParticipantRoom(host.sessionId, host.participantId);
    this.emitter.leaveRoom(
      theirs,
      breakout.groups.map((g) => liveGroupRoom(host.sessionId, g.id)),
    );
    if (groupId) this.emitter.joinRoom(theirs, liveGroupRoom(host.sessionId, groupId));
  }

  /** The group rooms a (re)joining socket belongs in: its group of the running breakout. */
  async roomsFor(m: EntityManager, member: RoomMember): Promise<string[]> {
    const rows: { group_id: string }[] = await m.query(
      `SELECT bm.group_id FROM live_breakout_member bm JOIN live_breakout b ON b.id = bm.breakout_id
        WHERE b.session_id = $1 AND b.status = 'running' AND bm.participant_id = $2`,
      [member.sessionId, member.participantId],
    );
    return rows.map((r) => liveGroupRoom(member.sessionId, r.group_id));
  }

  /**
   * For room features that work per group (chat, notes, board): `null` is the main room; a group must be
   * one of a running breakout of this session, and the member in it (hosts may use any).
   */
  async assertMayUseGroup(m: EntityManager, member: RoomMember, groupId: string | null | undefined): Promise<void> {
    if (groupId === null || groupId === undefined) return;
    const rows: { member: boolean }[] = await m.query(
      `SELECT EXISTS (SELECT 1 FROM live_breakout_member bm WHERE bm.group_id = g.id AND bm.participant_id = $3) AS member
         FROM live_breakout_group g JOIN live_breakout b ON b.id = g.breakout_id
        WHERE g.id = $1 AND b.session_id = $2 AND b.status = 'running'`,
      [groupId, member.sessionId, member.participantId],
    );
    if (!rows[0]) throw ApiException.invalid('groupId', 'is not a running group of this session');
    if (!rows[0].member && !isHost(member)) throw ApiException.forbidden('You are not in this group');
  }

  /** Participants (not hosts) in the room now, with their municipality's name. */
  private present(m: EntityManager, sessionId: string): Promise<{ id: string; municipality: string | null }[]> {
    return m.query(
      `SELECT p.id, mu.name AS municipality FROM live_participant p
         LEFT JOIN app_user u ON u.id = p.user_id LEFT JOIN municipality mu ON mu.id = u.municipality_id
        WHERE p.session_id = $1 AND p.removed_at IS NULL AND p.role IN ('participant', 'guest')
          AND EXISTS (SELECT 1 FROM live_connection c WHERE c.participant_id = p.id)
        ORDER BY p.created_at, p.id`,
      [sessionId],
    );
  }

  /**
   * At start, those in the room whom the plan does not place yet (a breakout prepared before the session,
   * or people who came after) go to the smallest group (random) or their municipality's (by municipality);
   * a manual plan leaves them in the main room for the host to place.
   */
  private async placeUnassigned(m: EntityManager, sessionId: string, breakout: Breakout): Promise<void> {
    if (breakout.mode === 'manual') return;
    const placed = new Set(breakout.groups.flatMap((g) => g.participantIds));
    const sizes = new Map(breakout.groups.map((g) => [g.id, g.participantIds.length]));
    const byName = new Map(breakout.groups.map((g) => [g.name, g.id]));
    for (const person of shuffle((await this.present(m, sessionId)).filter((p) => !placed.has(p.id)))) {
      let groupId: string | undefined;
      if (breakout.mode === 'municipality') {
        const name = person.municipality ?? '—';
        groupId = byName.get(name);
        if (!groupId) {
          const [g]: { id: string }[] = await m.query(
            `INSERT INTO live_breakout_group (breakout_id, name, position) VALUES ($1, $2, $3) RETURNING id`,
            [breakout.id, name, byName.size],
          );
          groupId = g.id;
          byName.set(name, groupId);
        }
      } else {
        groupId = [...sizes.entries()].sort((a, b) => a[1] - b[1])[0]?.[0];
      }
      if (!groupId) continue;
      sizes.set(groupId, (sizes.get(groupId) ?? 0) + 1);
      await m.query(`INSERT INTO live_breakout_member (breakout_id, participant_id, group_id) VALUES ($1, $2, $3)`, [
        breakout.id,
        person.id,
        groupId,
      ]);
    }
  }

  private async load(m: EntityManager, row: BreakoutRow): Promise<Breakout> {
    const groups: GroupRow[] = await m.query(
      `SELECT g.id, g.name, COALESCE(array_agg(bm.participant_id ORDER BY bm.participant_id)
                FILTER (WHERE bm.participant_id IS NOT NULL), '{}') AS participant_ids
         FROM live_breakout_group g LEFT JOIN live_breakout_member bm ON bm.group_id = g.id
        WHERE g.breakout_id = $1 GROUP BY g.id, g.name, g.position ORDER BY g.position`,
      [row.id],
    );
    return {
      id: row.id,
      status: row.status,
      mode: row.mode,
      minutes: row.minutes,
      endsAt: row.ends_at ? row.ends_at.toISOString() : null,
      groups: groups.map((g): BreakoutGroup => ({ id: g.id, name: g.name, participantIds: g.participant_ids })),
    };
  }

  private split(
    plan: BreakoutPlan,
    people: { id: string; municipality: string | null }[],
  ): { name: string; members: string[] }[] {
    if (plan.mode === 'municipality') {
      const byPlace = new Map<string, string[]>();
      for (const p of people) {
        const key = p.municipality ?? '—';
        byPlace.set(key, [...(byPlace.get(key) ?? []), p.id]);
      }
      return [...byPlace.entries()]
        .sort(([a], [b]) => a.localeCompare(b, 'fi'))
        .map(([name, members]) => ({ name, members }));
    }
    const groups = Array.from({ length: plan.groupCount }, (_, i) => ({
      name: String(i + 1),
      members: [] as string[],
    }));
    if (plan.mode === 'random') {
      shuffle(people.map((p) => p.id)).forEach((id, i) => groups[i % groups.length].members.push(id));
      return groups;
    }
    const present = new Set(people.map((p) => p.id));
    for (const [i, a] of (plan.assignments ?? []).entries()) {
      if (a.group >= groups.length)
        throw ApiException.invalid(`assignments.${i}.group`, `must be below groupCount (${groups.length})`);
      if (!present.has(a.participantId))
        throw ApiException.invalid(`assignments.${i}.participantId`, 'is not a participant in the room');
      if (groups.some((g) => g.members.includes(a.participantId)))
        throw ApiException.invalid(`assignments.${i}.participantId`, 'is assigned twice');
      groups[a.group].members.push(a.participantId);
    }
    return groups;
  }
}
