import {
  ErrorCode,
  type FieldProblem,
  type LiveInvitee,
  type LiveSessionDetail,
  type LiveSessionKind,
  type LiveSessionStatus,
  type LiveSessionSummary,
  type LocalizedText,
  type Page,
} from '@kotopaikka/contracts';

import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { AuditService } from '../../platform/audit/audit.service';
import { managesMunicipality, type Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import { DEFAULT_PAGE_SIZE } from '../../platform/http/page-query.dto';
import { SqlParams } from '../../platform/http/sql-support';
import { LiveReminders } from '../reminders/live-reminders.service';
import type { CreateLiveSessionDto, LiveSessionListQueryDto, UpdateLiveSessionDto } from './dto/live-session.dto';
import { managesSql, visibleSessionSql } from './invitation-scope';
import { listSessions, loadDetail } from './live-session-views';
import {
  fieldProblems,
  hostProblems,
  inviteeProblems,
  publicSlugFor,
  referenceProblems,
  type SessionFields,
  toInvitees,
  writeHosts,
  writeInvitees,
} from './session-input';
import { type Promotion, Waitlist } from './waitlist.service';

const DAY_MS = 24 * 3600_000;
/** The longest list window: a calendar's month view with room to spare, not the whole history. */
const MAX_WINDOW_MS = 100 * DAY_MS;

interface SessionRow {
  kind: LiveSessionKind;
  title: LocalizedText;
  description: Partial<LocalizedText>;
  starts_at: Date;
  ends_at: Date;
  municipality_id: string;
  course_id: string | null;
  capacity: number | null;
  video_url: string | null;
  completion_minutes: number | null;
  public_slug: string | null;
  status: LiveSessionStatus;
  visible: boolean;
  manages: boolean;
}

/** Fields whose change a calendar shows, so SEQUENCE increases. */
const CALENDAR_FIELDS: readonly (keyof SessionFields)[] = [
  'kind',
  'title',
  'description',
  'startsAt',
  'endsAt',
  'municipalityId',
  'videoUrl',
];

function invalid(problems: FieldProblem[]): ApiException {
  const message = problems.map((p) => `${p.field}: ${p.problems.join(', ')}`).join('; ');
  return new ApiException(HttpStatus.BAD_REQUEST, ErrorCode.ValidationFailed, message, problems);
}

const same = (a: unknown, b: unknown): boolean =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : JSON.stringify(a) === JSON.stringify(b);

/**
 * Scheduling: admins anywhere and coordinators in the municipalities they manage create sessions; hosts, those
 * coordinators and admins edit and cancel them. Each change calls the reminders' hooks in its own transaction.
 */
@Injectable()
export class LiveSessionsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly reminders: LiveReminders,
    private readonly waitlist: Waitlist,
  ) {}

  list(actor: Principal, q: LiveSessionListQueryDto): Promise<Page<LiveSessionSummary>> {
    const from = q.from ? new Date(q.from) : new Date(Date.now() - DAY_MS);
    const to = q.to ? new Date(q.to) : new Date(from.getTime() + MAX_WINDOW_MS);
    if (to.getTime() <= from.getTime()) throw ApiException.invalid('to', 'must be after from');
    if (to.getTime() - from.getTime() > MAX_WINDOW_MS)
      throw ApiException.invalid('to', 'must be at most 100 days after from');
    return listSessions(this.db.manager, actor, {
      from,
      to,
      municipalityId: q.municipalityId,
      kind: q.kind,
      cursor: q.cursor,
      limit: q.limit ?? DEFAULT_PAGE_SIZE,
    });
  }

  detail(actor: Principal, id: string): Promise<LiveSessionDetail> {
    return loadDetail(this.db.manager, actor, id);
  }

  async create(actor: Principal, dto: CreateLiveSessionDto): Promise<LiveSessionDetail> {
    const fields: SessionFields = {
      kind: dto.kind,
      title: dto.title,
      description: dto.description ?? { fi: '', en: '' },
      startsAt: new Date(dto.startsAt),
      endsAt: new Date(dto.endsAt),
      municipalityId: dto.municipalityId,
      courseId: dto.courseId ?? null,
      capacity: dto.capacity ?? null,
      videoUrl: dto.videoUrl ?? null,
      completionMinutes: dto.completionMinutes ?? null,
      publicRegistration: dto.publicRegistration ?? false,
    };
    return this.db.transaction(async (m) => {
      const references = await referenceProblems(m, fields);
      if (references.length > 0) throw invalid(references);
      if (!managesMunicipality(actor, fields.municipalityId))
        throw ApiException.forbidden('You schedule sessions only in the municipalities you manage');
      const invitees = dto.invitees ?? [];
      const problems = [
        ...fieldProblems(fields, true),
        ...(await hostProblems(m, dto.hostIds)),
        ...(await inviteeProblems(m, actor, fields.municipalityId, invitees)),
      ];
      if (problems.length > 0) throw invalid(problems);
      const id = await this.insertSession(m, actor.id, fields, dto.hostIds, toInvitees(invitees));
      return loadDetail(m, actor, id);
    });
  }

  /**
   * Schedules a session its caller has authorised itself, in the caller's transaction: a mentoring meeting, which the
   * pairing vouches for (a mentor hosts, their mentee is invited), wherever the two live. The fields are checked as
   * a create checks them; reminders and the calendar come as with any session.
   */
  async scheduleAuthorised(
    m: EntityManager,
    creatorId: string,
    fields: SessionFields,
    hostIds: string[],
    invitedUserIds: string[],
  ): Promise<string> {
    const references = await referenceProblems(m, fields);
    const problems = [...references, ...fieldProblems(fields, true), ...(await hostProblems(m, hostIds))];
    if (problems.length > 0) throw invalid(problems);
    const invitees: LiveInvitee[] = invitedUserIds.map((userId) => ({ kind: 'user', userId }));
    return this.insertSession(m, creatorId, fields, hostIds, invitees);
  }

  private async insertSession(
    m: EntityManager,
    creatorId: string,
    fields: SessionFields,
    hostIds: string[],
    invitees: LiveInvitee[],
  ): Promise<string> {
    const [{ id }]: { id: string }[] = await m.query(
      `INSERT INTO live_session (kind, title, description, starts_at, ends_at, municipality_id, course_id, capacity,
                                 video_url, completion_minutes, public_slug, created_by)
       VALUES ($1, $2::jsonb, $3::jsonb, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        fields.kind,
        JSON.stringify(fields.title),
        JSON.stringify(fields.description),
        fields.startsAt,
        fields.endsAt,
        fields.municipalityId,
        fields.courseId,
        fields.capacity,
        fields.videoUrl,
        fields.completionMinutes,
        fields.publicRegistration ? publicSlugFor(fields.title) : null,
        creatorId,
      ],
    );
    await writeHosts(m, id, hostIds);
    await writeInvitees(m, id, invitees);
    await this.audit.record(
      {
        actorId: creatorId,
        action: 'live_session.create',
        entityType: 'live_session',
        entityId: id,
        details: {
          kind: fields.kind,
          title: fields.title,
          startsAt: fields.startsAt,
          municipalityId: fields.municipalityId,
        },
      },
      m,
    );
    await this.reminders.plan(m, id);
    return id;
  }

  async update(actor: Principal, id: string, dto: UpdateLiveSessionDto): Promise<LiveSessionDetail> {
    const promotions: Promotion[] = [];
    const detail = await this.db.transaction(async (m) => {
      const row = await this.lockManaged(m, actor, id);
      if (row.status === 'ended' || row.status === 'cancelled')
        throw ApiException.conflict(
          ErrorCode.Conflict,
          `This session has ${row.status === 'ended' ? 'ended' : 'been cancelled'}`,
        );
      const before: SessionFields = {
        kind: row.kind,
        title: { fi: row.title.fi ?? '', en: row.title.en ?? '' },
        description: { fi: row.description.fi ?? '', en: row.description.en ?? '' },
        startsAt: row.starts_at,
        endsAt: row.ends_at,
        municipalityId: row.municipality_id,
        courseId: row.course_id,
        capacity: row.capacity,
        videoUrl: row.video_url,
        completionMinutes: row.completion_minutes,
        publicRegistration: row.public_slug !== null,
      };
      const after: SessionFields = {
        kind: dto.kind ?? before.kind,
        title: dto.title ?? before.title,
        description: dto.description ?? before.description,
        startsAt: dto.startsAt ? new Date(dto.startsAt) : before.startsAt,
        endsAt: dto.endsAt ? new Date(dto.endsAt) : before.endsAt,
        municipalityId: dto.municipalityId ?? before.municipalityId,
        courseId: dto.courseId !== undefined ? dto.courseId : before.courseId,
        capacity: dto.capacity !== undefined ? dto.capacity : before.capacity,
        videoUrl: dto.videoUrl !== undefined ? dto.videoUrl : before.videoUrl,
        completionMinutes: dto.completionMinutes !== undefined ? dto.completionMinutes : before.completionMinutes,
        publicRegistration: dto.publicRegistration ?? before.publicRegistration,
      };
      const changed = (Object.keys(after) as (keyof SessionFields)[]).filter((k) => !same(before[k], after[k]));
      const references = await referenceProblems(m, after);
      if (references.length > 0) throw invalid(references);
      if (changed.includes('municipalityId') && !managesMunicipality(actor, after.municipalityId))
        throw ApiException.forbidden('You may move a session only to a municipality you manage');
      const timesChanged = changed.includes('startsAt') || changed.includes('endsAt');
      const problems = [
        ...fieldProblems(after, timesChanged),
        ...(dto.hostIds ? await hostProblems(m, dto.hostIds) : []),
        ...(dto.invitees ? await inviteeProblems(m, actor, after.municipalityId, dto.invitees) : []),
      ];
      if (before.publicRegistration && after.publicRegistration && changed.includes('kind'))
        problems.push({ field: 'kind', problems: ['close the public registration before changing the kind'] });
      if (problems.length > 0) throw invalid(problems);

      const hostsChanged = dto.hostIds ? await this.hostsDiffer(m, id, dto.hostIds) : false;
      const calendarChanged = hostsChanged || changed.some((k) => CALENDAR_FIELDS.includes(k));
      if (changed.length > 0 || calendarChanged) {
        await m.query(
          `UPDATE live_session SET kind = $2, title = $3::jsonb, description = $4::jsonb, starts_at = $5, ends_at = $6,
                  municipality_id = $7, course_id = $8, capacity = $9, video_url = $10, completion_minutes = $11,
                  public_slug = CASE WHEN $12 THEN coalesce(public_slug, $13) END,
                  sequence = sequence + $14, updated_at = now()
            WHERE id = $1`,
          [
            id,
            after.kind,
            JSON.stringify(after.title),
            JSON.stringify(after.description),
            after.startsAt,
            after.endsAt,
            after.municipalityId,
            after.courseId,
            after.capacity,
            after.videoUrl,
            after.completionMinutes,
            after.publicRegistration,
            publicSlugFor(after.title),
            calendarChanged ? 1 : 0,
          ],
        );
      }
      if (hostsChanged && dto.hostIds) await writeHosts(m, id, dto.hostIds);
      if (dto.invitees) await writeInvitees(m, id, toInvitees(dto.invitees));
      const touched = [...changed, ...(hostsChanged ? ['hostIds'] : []), ...(dto.invitees ? ['invitees'] : [])];
      if (touched.length > 0) {
        if (hostsChanged || dto.invitees || changed.includes('municipalityId'))
          promotions.push(await this.waitlist.releaseUninvited(m, id));
        if (changed.includes('capacity')) promotions.push(await this.waitlist.fill(m, id));
        await this.audit.record(
          {
            actorId: actor.id,
            action: 'live_session.update',
            entityType: 'live_session',
            entityId: id,
            details: { changed: touched },
          },
          m,
        );
        await this.reminders.plan(m, id);
      }
      return loadDetail(m, actor, id);
    });
    for (const promotion of promotions) await this.waitlist.announce(promotion);
    return detail;
  }

  async cancel(actor: Principal, id: string): Promise<LiveSessionDetail> {
    return this.db.transaction(async (m) => {
      const row = await this.lockManaged(m, actor, id);
      if (row.status !== 'scheduled') {
        const why = { live: 'is live: end it instead', ended: 'has ended', cancelled: 'is already cancelled' };
        throw ApiException.conflict(ErrorCode.Conflict, `This session ${why[row.status as keyof typeof why]}`);
      }
      await m.query(
        `UPDATE live_session SET status = 'cancelled', sequence = sequence + 1, updated_at = now() WHERE id = $1`,
        [id],
      );
      await this.audit.record(
        { actorId: actor.id, action: 'live_session.cancel', entityType: 'live_session', entityId: id },
        m,
      );
      await this.reminders.cancelled(m, id);
      return loadDetail(m, actor, id);
    });
  }

  /** Locks the session row (scheduling changes and answers queue on it) and checks the actor may manage it. */
  private async lockManaged(m: EntityManager, actor: Principal, id: string): Promise<SessionRow> {
    const params = new SqlParams();
    const sessionId = params.add(id);
    const rows: SessionRow[] = await m.query(
      `SELECT s.kind, s.title, s.description, s.starts_at, s.ends_at, s.municipality_id, s.course_id, s.capacity,
              s.video_url, s.completion_minutes, s.public_slug, s.status,
              ${visibleSessionSql(actor, params)} AS visible,
              ${managesSql(actor, params)} AS manages
         FROM live_session s WHERE s.id = ${sessionId}::uuid FOR UPDATE`,
      params.values,
    );
    const row = rows[0];
    if (!row?.visible) throw ApiException.notFound('Live session');
    if (!row.manages) throw ApiException.forbidden('Only the session’s hosts, its coordinators and admins manage it');
    return row;
  }

  private async hostsDiffer(m: EntityManager, id: string, hostIds: string[]): Promise<boolean> {
    const rows: { user_id: string }[] = await m.query(`SELECT user_id FROM live_session_host WHERE session_id = $1`, [
      id,
    ]);
    const current = new Set(rows.map((r) => r.user_id));
    return current.size !== hostIds.length || hostIds.some((h) => !current.has(h));
  }
}
