import type {
  Audience,
  LiveInviteeView,
  LiveSessionDetail,
  LiveSessionKind,
  LiveSessionStatus,
  LiveSessionSummary,
  LocalizedText,
  Page,
  RsvpState,
} from '@kotopaikka/contracts';
import { pickLocalized } from '@kotopaikka/training';

import type { EntityManager } from 'typeorm';

import type { Principal } from '../../platform/auth/principal';
import { ApiException } from '../../platform/errors/api.exception';
import { cursorTimeSql, decodeCursor, SqlParams, toPage } from '../../platform/http/sql-support';
import { hostingSql, invitedSql, overseesSql, visibleSessionSql } from './invitation-scope';

interface SummaryRow {
  id: string;
  kind: LiveSessionKind;
  title: Partial<LocalizedText>;
  starts_at: Date;
  ends_at: Date;
  status: LiveSessionStatus;
  municipality_id: string;
  municipality_name: string;
  capacity: number | null;
  seats_taken: number;
  my_rsvp: RsvpState | null;
  hosting: boolean;
  cursor_at: string;
}

interface DetailRow extends SummaryRow {
  description: Partial<LocalizedText>;
  course_id: string | null;
  course_title: Partial<LocalizedText> | null;
  video_url: string | null;
  completion_minutes: number | null;
  public_slug: string | null;
  sequence: number;
  oversees: boolean;
  invited: boolean;
  waitlist_position: number | null;
}

const text = (t: Partial<LocalizedText> | null | undefined): LocalizedText => ({ fi: t?.fi ?? '', en: t?.en ?? '' });

/** Seats taken per row: the count of seats.ts's `seatsTaken`, as SQL for a list. */
const SEATS_TAKEN = `((SELECT count(*) FROM live_rsvp x WHERE x.session_id = s.id AND x.state = 'going')
  + (SELECT count(*) FROM live_registration g WHERE g.session_id = s.id AND g.state = 'registered'))::int`;

function summaryColumns(p: Principal, params: SqlParams): string {
  return `s.id, s.kind, s.title, s.starts_at, s.ends_at, s.status, s.capacity,
          m.id AS municipality_id, m.name AS municipality_name, ${SEATS_TAKEN} AS seats_taken,
          (SELECT r.state FROM live_rsvp r WHERE r.session_id = s.id AND r.user_id = ${params.add(p.id)}::uuid) AS my_rsvp,
          ${hostingSql(p, params)} AS hosting, ${cursorTimeSql('s.starts_at')} AS cursor_at`;
}

function toSummary(r: SummaryRow): LiveSessionSummary {
  return {
    id: r.id,
    kind: r.kind,
    title: text(r.title),
    startsAt: r.starts_at.toISOString(),
    endsAt: r.ends_at.toISOString(),
    status: r.status,
    municipality: { id: r.municipality_id, name: r.municipality_name },
    capacity: r.capacity,
    seatsTaken: r.seats_taken,
    myRsvp: r.my_rsvp,
    hosting: r.hosting,
  };
}

export interface SessionListFilter {
  from: Date;
  to: Date;
  municipalityId?: string;
  kind?: LiveSessionKind;
  cursor?: string;
  limit: number;
}

/** Sessions the person may see that start in [from, to), by start, a page at a time. */
export async function listSessions(
  m: EntityManager,
  p: Principal,
  f: SessionListFilter,
): Promise<Page<LiveSessionSummary>> {
  const after = decodeCursor(f.cursor, ['timestamp', 'uuid']);
  const params = new SqlParams();
  const where = [
    visibleSessionSql(p, params),
    `s.starts_at >= ${params.add(f.from)}::timestamptz`,
    `s.starts_at < ${params.add(f.to)}::timestamptz`,
  ];
  if (f.municipalityId) where.push(`s.municipality_id = ${params.add(f.municipalityId)}::uuid`);
  if (f.kind) where.push(`s.kind = ${params.add(f.kind)}`);
  if (after) where.push(`(s.starts_at, s.id) > (${params.add(after[0])}::timestamptz, ${params.add(after[1])}::uuid)`);
  const rows: SummaryRow[] = await m.query(
    `SELECT ${summaryColumns(p, params)}
       FROM live_session s JOIN municipality m ON m.id = s.municipality_id
      WHERE ${where.join(' AND ')}
      ORDER BY s.starts_at, s.id LIMIT ${params.add(f.limit + 1)}`,
    params.values,
  );
  return toPage(rows, f.limit, toSummary, (r) => [r.cursor_at, r.id]);
}

/** One session as the person sees it; 404 when they may not see it at all. */
export async function loadDetail(m: EntityManager, p: Principal, id: string): Promise<LiveSessionDetail> {
  const params = new SqlParams();
  const me = params.add(p.id);
  const rows: DetailRow[] = await m.query(
    `SELECT ${summaryColumns(p, params)}, s.description, s.video_url, s.completion_minutes, s.public_slug, s.sequence,
            c.id AS course_id, c.title AS course_title,
            ${overseesSql(p, params)} AS oversees, ${invitedSql(p, params)} AS invited,
            (SELECT count(*)::int FROM live_rsvp w, live_rsvp mine
              WHERE mine.session_id = s.id AND mine.user_id = ${me}::uuid AND mine.state = 'waitlisted'
                AND w.session_id = s.id AND w.state = 'waitlisted'
                AND (w.answered_at, w.user_id) <= (mine.answered_at, mine.user_id)) AS waitlist_position
       FROM live_session s JOIN municipality m ON m.id = s.municipality_id LEFT JOIN course c ON c.id = s.course_id
      WHERE s.id = ${params.add(id)}::uuid AND ${visibleSessionSql(p, params)}`,
    params.values,
  );
  const r = rows[0];
  if (!r) throw ApiException.notFound('Live session');
  const manages = r.hosting || r.oversees;
  const hosts: { id: string; name: string }[] = await m.query(
    `SELECT u.id, u.display_name AS name FROM live_session_host h JOIN app_user u ON u.id = h.user_id
      WHERE h.session_id = $1 ORDER BY u.display_name, u.id`,
    [id],
  );
  return {
    ...toSummary(r),
    description: text(r.description),
    course: r.course_id ? { id: r.course_id, name: pickLocalized(r.course_title ?? {}, p.locale).text } : null,
    hosts,
    invitees: manages ? await loadInvitees(m, id) : null,
    videoUrl: r.video_url,
    completionMinutes: r.completion_minutes,
    publicSlug: r.public_slug,
    waitlistPosition: r.my_rsvp === 'waitlisted' ? r.waitlist_position : null,
    mayJoin: r.status === 'scheduled' || r.status === 'live',
    mayManage: manages,
    sequence: r.sequence,
  };
}

/** The session's invitation rules with names, people first, then organisations, then audiences. */
export async function loadInvitees(m: EntityManager, sessionId: string): Promise<LiveInviteeView[]> {
  const rows: {
    user_id: string | null;
    organisation_id: string | null;
    audience: Audience | null;
    user_name: string | null;
    organisation_name: string | null;
  }[] = await m.query(
    `SELECT i.user_id, i.organisation_id, i.audience, u.display_name AS user_name, o.name AS organisation_name
       FROM live_session_invitee i
       LEFT JOIN app_user u ON u.id = i.user_id LEFT JOIN organisation o ON o.id = i.organisation_id
      WHERE i.session_id = $1
      ORDER BY (i.user_id IS NULL), (i.organisation_id IS NULL), coalesce(u.display_name, o.name, i.audience), i.id`,
    [sessionId],
  );
  return rows.map((r): LiveInviteeView => {
    if (r.user_id) return { kind: 'user', userId: r.user_id, name: r.user_name ?? '' };
    if (r.organisation_id)
      return { kind: 'organisation', organisationId: r.organisation_id, name: r.organisation_name ?? '' };
    return { kind: 'audience', audience: r.audience as Audience, name: r.audience as string };
  });
}
