import type { Audience, FieldProblem, LiveInvitee, LiveSessionKind, LocalizedText } from '@kotopaikka/contracts';

import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';

import type { Principal } from '../../platform/auth/principal';
import type { LiveInviteeDto } from './dto/live-session.dto';
import { MAX_SESSION_MINUTES } from './dto/live-session.dto';

/** A session's schedulable fields, as they will be after a create or an update. */
export interface SessionFields {
  kind: LiveSessionKind;
  title: LocalizedText;
  description: LocalizedText;
  startsAt: Date;
  endsAt: Date;
  municipalityId: string;
  courseId: string | null;
  capacity: number | null;
  videoUrl: string | null;
  completionMinutes: number | null;
  publicRegistration: boolean;
}

/** Sessions are scheduled at most this far ahead. */
const MAX_AHEAD_MS = 2 * 366 * 24 * 3600_000;

const problem = (field: string, text: string): FieldProblem => ({ field, problems: [text] });

/**
 * What is wrong with the fields on their own and against each other. `timesChanged`: the times are new (a create,
 * or an update that moves them), so they must not lie in the past.
 */
export function fieldProblems(f: SessionFields, timesChanged: boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const minutes = (f.endsAt.getTime() - f.startsAt.getTime()) / 60_000;
  if (minutes <= 0) problems.push(problem('endsAt', 'must be after startsAt'));
  else if (minutes > MAX_SESSION_MINUTES) problems.push(problem('endsAt', 'must be at most 14 days after startsAt'));
  if (timesChanged && f.endsAt.getTime() <= Date.now()) problems.push(problem('endsAt', 'must be in the future'));
  if (f.startsAt.getTime() > Date.now() + MAX_AHEAD_MS)
    problems.push(problem('startsAt', 'must be at most two years ahead'));
  if (f.completionMinutes !== null) {
    if (f.courseId === null) problems.push(problem('completionMinutes', 'needs a linked course (courseId)'));
    else if (minutes > 0 && f.completionMinutes > minutes)
      problems.push(problem('completionMinutes', 'must not exceed the length of the session'));
  }
  if (f.publicRegistration && f.kind !== 'info_session')
    problems.push(problem('publicRegistration', 'only info sessions have a public registration page'));
  return problems;
}

/** Whether the municipality and course the fields name exist. */
export async function referenceProblems(m: EntityManager, f: SessionFields): Promise<FieldProblem[]> {
  const rows: { municipality: boolean; course: boolean }[] = await m.query(
    `SELECT EXISTS (SELECT 1 FROM municipality WHERE id = $1) AS municipality,
            ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM course WHERE id = $2)) AS course`,
    [f.municipalityId, f.courseId],
  );
  const problems: FieldProblem[] = [];
  if (!rows[0]?.municipality) problems.push(problem('municipalityId', 'no such municipality'));
  if (!rows[0]?.course) problems.push(problem('courseId', 'no such course'));
  return problems;
}

/** Hosts must be active people of the platform (anyone the scheduler picks). */
export async function hostProblems(m: EntityManager, hostIds: string[]): Promise<FieldProblem[]> {
  const rows: { id: string }[] = await m.query(
    `SELECT id FROM app_user WHERE id = ANY($1::uuid[]) AND status = 'active'`,
    [hostIds],
  );
  const found = new Set(rows.map((r) => r.id));
  return hostIds
    .map((id, i) => (found.has(id) ? null : problem(`hostIds.${i}`, 'must be an active person of the platform')))
    .filter((p): p is FieldProblem => p !== null);
}

/** Invitees as stored rules, without repeats. */
export function toInvitees(dtos: LiveInviteeDto[]): LiveInvitee[] {
  const seen = new Set<string>();
  const out: LiveInvitee[] = [];
  for (const d of dtos) {
    const invitee: LiveInvitee =
      d.kind === 'user'
        ? { kind: 'user', userId: d.userId as string }
        : d.kind === 'organisation'
          ? { kind: 'organisation', organisationId: d.organisationId as string }
          : { kind: 'audience', audience: d.audience as Audience };
    const key = JSON.stringify(invitee);
    if (!seen.has(key)) out.push(invitee);
    seen.add(key);
  }
  return out;
}

/**
 * Invited people must not be deactivated, and organisations must exist. Outside admins, a person or organisation
 * invited must belong to the session's municipality or one the scheduler manages: nobody reaches people elsewhere.
 */
export async function inviteeProblems(
  m: EntityManager,
  actor: Principal,
  municipalityId: string,
  invitees: LiveInviteeDto[],
): Promise<FieldProblem[]> {
  const userIds = invitees.flatMap((i) => (i.kind === 'user' && i.userId ? [i.userId] : []));
  const orgIds = invitees.flatMap((i) => (i.kind === 'organisation' && i.organisationId ? [i.organisationId] : []));
  const users: { id: string; municipality_id: string | null }[] = await m.query(
    `SELECT id, municipality_id FROM app_user WHERE id = ANY($1::uuid[]) AND status <> 'deactivated'`,
    [userIds],
  );
  const orgs: { id: string; municipality_id: string | null }[] = await m.query(
    `SELECT id, municipality_id FROM organisation WHERE id = ANY($1::uuid[])`,
    [orgIds],
  );
  const where = new Map([...users, ...orgs].map((r) => [r.id, r.municipality_id]));
  const reachable = (municipality: string | null | undefined): boolean =>
    actor.role === 'admin' ||
    (municipality != null && (municipality === municipalityId || actor.managedMunicipalityIds.includes(municipality)));
  const problems: FieldProblem[] = [];
  invitees.forEach((invitee, i) => {
    const field = invitee.kind === 'user' ? 'userId' : invitee.kind === 'organisation' ? 'organisationId' : null;
    const id = invitee.userId ?? invitee.organisationId;
    if (!field || !id) return;
    if (!where.has(id))
      problems.push(
        problem(`invitees.${i}.${field}`, `no such ${invitee.kind === 'user' ? 'person' : 'organisation'}`),
      );
    else if (!reachable(where.get(id)))
      problems.push(problem(`invitees.${i}.${field}`, 'must be of the session’s municipality or one you manage'));
  });
  return problems;
}

/** A readable public slug: the Finnish title folded to ASCII, with a random tail (`/s/{slug}`). */
export function publicSlugFor(title: LocalizedText): string {
  const base = (title.fi || title.en)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
  return `${base || 'tilaisuus'}-${randomBytes(4).toString('hex')}`;
}

/** Replaces the session's hosts. */
export async function writeHosts(m: EntityManager, sessionId: string, hostIds: string[]): Promise<void> {
  await m.query(`DELETE FROM live_session_host WHERE session_id = $1`, [sessionId]);
  await m.query(`INSERT INTO live_session_host (session_id, user_id) SELECT $1, unnest($2::uuid[])`, [
    sessionId,
    hostIds,
  ]);
}

/** Replaces the session's invitation rules. */
export async function writeInvitees(m: EntityManager, sessionId: string, invitees: LiveInvitee[]): Promise<void> {
  await m.query(`DELETE FROM live_session_invitee WHERE session_id = $1`, [sessionId]);
  if (invitees.length === 0) return;
  const pick = <K extends 'userId' | 'organisationId' | 'audience'>(key: K): (string | null)[] =>
    invitees.map((i) => (key in i ? (i as Record<K, string>)[key] : null));
  await m.query(
    `INSERT INTO live_session_invitee (session_id, user_id, organisation_id, audience)
     SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::text[])`,
    [sessionId, pick('userId'), pick('organisationId'), pick('audience')],
  );
}
