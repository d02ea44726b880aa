import { ErrorCode, type LiveParticipant, type LiveRole } from '@kotopaikka/contracts';

import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { ApiException } from '../../platform/errors/api.exception';
import { SqlParams } from '../../platform/http/sql-support';
import { hostingSql, invitedSql, overseesSql } from '../sessions/invitation-scope';
import type { LiveActor } from './live-actor';
import { CONNECTION_STALE_MS } from './room-names';

/** A participant of a room as room features need it: who, in which role, in which session. */
export interface RoomMember {
  sessionId: string;
  participantId: string;
  name: string;
  role: LiveRole;
  userId: string | null;
  registrationId: string | null;
}

interface MemberRow {
  session_id: string;
  participant_id: string;
  name: string;
  role: LiveRole;
  user_id: string | null;
  registration_id: string | null;
}

function toMember(r: MemberRow): RoomMember {
  return {
    sessionId: r.session_id,
    participantId: r.participant_id,
    name: r.name,
    role: r.role,
    userId: r.user_id,
    registrationId: r.registration_id,
  };
}

export function toParticipant(m: RoomMember): LiveParticipant {
  return { id: m.participantId, name: m.name, role: m.role };
}

export const isHost = (m: RoomMember): boolean => m.role === 'host' || m.role === 'cohost';

const MEMBER_SELECT = `SELECT p.session_id, p.id AS participant_id, p.name, p.role, p.user_id, p.registration_id
                         FROM live_participant p`;

function closedRoom(status: string): ApiException {
  return new ApiException(
    HttpStatus.CONFLICT,
    ErrorCode.Conflict,
    status === 'cancelled' ? 'This session was cancelled' : 'This session has ended',
  );
}

/**
 * Who may be in a room and as what. Joining admits hosts, invitees, the session's registered guests,
 * admins and coordinators of its municipality, and makes them a participant (once per session, whatever
 * the number of tabs). Every later event asks `member` (joined on this socket, not removed) or `host`.
 */
@Injectable()
export class RoomAccess {
  constructor(private readonly db: DataSource) {}

  /**
   * Admits the actor to the session's room, creating their participant on the first join. `socketId` is the
   * joining socket: a guest's link admits one connection at a time, and this one may be joining again.
   */
  async admit(m: EntityManager, actor: LiveActor, sessionId: string, socketId: string): Promise<RoomMember> {
    if (actor.kind === 'guest') return this.admitGuest(m, actor, sessionId, socketId);
    const p = actor.principal;
    const params = new SqlParams();
    const id = params.add(sessionId);
    const rows: { status: string; hosting: boolean; allowed: boolean }[] = await m.query(
      `SELECT s.status, ${hostingSql(p, params)} AS hosting,
              (${overseesSql(p, params)} OR ${invitedSql(p, params)}) AS allowed
         FROM live_session s WHERE s.id = ${id}::uuid`,
      params.values,
    );
    const session = rows[0];
    if (!session || !(session.hosting || session.allowed)) throw ApiException.notFound('Live session');
    if (session.status === 'cancelled' || session.status === 'ended') throw closedRoom(session.status);
    const role: LiveRole = session.hosting ? 'host' : 'participant';
    const found: (MemberRow & { removed_at: Date | null })[] = await m.query(
      `INSERT INTO live_participant (session_id, user_id, name, role) VALUES ($1, $2, $3, $4)
       ON CONFLICT (session_id, user_id) WHERE user_id IS NOT NULL
       DO UPDATE SET role = CASE WHEN live_participant.role = 'cohost' THEN 'cohost' ELSE EXCLUDED.role END,
                     name = EXCLUDED.name
       RETURNING session_id, id AS participant_id, name, role, user_id, registration_id, removed_at`,
      [sessionId, p.id, p.displayName, role],
    );
    return this.unlessRemoved(found[0]);
  }

  /** The actor's membership of a room they joined on this socket. */
  async member(socketId: string, sessionId: string): Promise<RoomMember> {
    const rows: MemberRow[] = await this.db.query(
      `${MEMBER_SELECT} JOIN live_connection c ON c.participant_id = p.id
        WHERE c.socket_id = $1 AND c.session_id = $2 AND p.removed_at IS NULL`,
      [socketId, sessionId],
    );
    if (!rows[0])
      throw new ApiException(HttpStatus.FORBIDDEN, ErrorCode.Forbidden, 'Join the room before taking part in it');
    return toMember(rows[0]);
  }

  /** As `member`, for host-only events: hosts and co-hosts. */
  async host(socketId: string, sessionId: string): Promise<RoomMember> {
    const member = await this.member(socketId, sessionId);
    if (!isHost(member)) throw ApiException.forbidden('Only the session’s hosts may do this');
    return member;
  }

  /** A participant of the session by id (for host actions on them). */
  async participant(m: EntityManager, sessionId: string, participantId: string): Promise<RoomMember> {
    const rows: MemberRow[] = await m.query(
      `${MEMBER_SELECT} WHERE p.session_id = $1 AND p.id = $2 AND p.removed_at IS NULL FOR UPDATE`,
      [sessionId, participantId],
    );
    if (!rows[0]) throw ApiException.notFound('Participant');
    return toMember(rows[0]);
  }

  private async admitGuest(
    m: EntityManager,
    actor: Extract<LiveActor, { kind: 'guest' }>,
    sessionId: string,
    socketId: string,
  ): Promise<RoomMember> {
    const { guest } = actor;
    if (guest.liveSessionId !== sessionId) throw ApiException.notFound('Live session');
    // The registration again, not only the link checked at the handshake: one cancelled since admits no one.
    const rows: { status: string; registration: string | null }[] = await m.query(
      `SELECT s.status, r.state AS registration
         FROM live_session s LEFT JOIN live_registration r ON r.id = $2 AND r.session_id = s.id WHERE s.id = $1`,
      [sessionId, guest.registrationId],
    );
    if (!rows[0]) throw ApiException.notFound('Live session');
    if (rows[0].status === 'cancelled' || rows[0].status === 'ended') throw closedRoom(rows[0].status);
    if (rows[0].registration !== 'registered')
      throw ApiException.forbidden('This join link no longer admits anyone: its registration was cancelled');
    const found: (MemberRow & { removed_at: Date | null })[] = await m.query(
      `INSERT INTO live_participant (session_id, registration_id, name, role) VALUES ($1, $2, $3, 'guest')
       ON CONFLICT (session_id, registration_id) WHERE registration_id IS NOT NULL DO UPDATE SET name = EXCLUDED.name
       RETURNING session_id, id AS participant_id, name, role, user_id, registration_id, removed_at`,
      [sessionId, guest.registrationId, guest.name],
    );
    const member = this.unlessRemoved(found[0]);
    // One person per link: a second connection is refused (not the first replaced, so a forwarded link cannot push
    // out the person it was for). The upsert holds the participant's row until commit, so two cannot both pass here.
    // A connection that dropped unnoticed counts until the server sees it go (ping timeout) or its row goes stale.
    const others: { n: string }[] = await m.query(
      `SELECT count(*) AS n FROM live_connection WHERE participant_id = $1 AND socket_id <> $2
          AND last_seen_at > now() - make_interval(secs => $3)`,
      [member.participantId, socketId, CONNECTION_STALE_MS / 1000],
    );
    if (Number(others[0]?.n ?? 0) > 0)
      throw ApiException.conflict(
        ErrorCode.JoinLinkInUse,
        'This join link is already in the room in another window or on another device; a link admits one person at a time',
      );
    return member;
  }

  private unlessRemoved(row: (MemberRow & { removed_at: Date | null }) | undefined): RoomMember {
    if (!row) throw new Error('participant upsert returned nothing');
    if (row.removed_at) throw ApiException.forbidden('A host removed you from this session');
    return toMember(row);
  }
}
