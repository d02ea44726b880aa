import type { LocalizedText, MentoringWeights, PairingSide } from '@kotopaikka/contracts';

import type { EntityManager } from 'typeorm';

import { insertDemoAccounts } from '../../accounts/seed/accounts.seeder';
import {
  DEMO_MENTEES,
  DEMO_MENTORING_PEOPLE,
  DEMO_MENTORS,
  DEMO_REGIONAL_PROGRAM,
  DEMO_RUNNING_PROGRAM,
  type DemoMentee,
  type DemoMentor,
  REGIONAL_MUNICIPALITIES,
} from './demo-mentoring';
import {
  type DemoPairing,
  RUNNING_MENTEES,
  RUNNING_MENTORS,
  RUNNING_MUNICIPALITIES,
  RUNNING_PAIRINGS,
} from './demo-running-program';
import { explained, type SeedPerson } from './seed-explanation';

export interface MentoringSeedResult {
  mentoringPeople: number;
  mentoringPrograms: number;
}

const WEIGHTS: MentoringWeights = {
  expertise: 40,
  sector: 20,
  language: 30,
  municipality: 10,
  availability: 20,
  mode: 10,
};
const DAY_MS = 24 * 60 * 60 * 1000;

type Person = SeedPerson;

interface Context {
  m: EntityManager;
  now: Date;
  people: Map<string, Person>;
  municipalities: Map<string, string>;
  coordinatorId: string | null;
}

const ago = (now: Date, days: number): Date => new Date(now.getTime() - days * DAY_MS);
const dateOf = (at: Date): string => at.toISOString().slice(0, 10);

/**
 * The mentoring demo: a regional program in matching with 12 mentors and 30 mentees (the demo mentor and mentee a
 * good match), and an earlier program under way whose pairings fill health and report. Idempotent: a program of
 * the same name is left as it is, and so is an account with the same e-mail.
 */
export async function seedMentoring(m: EntityManager, now: Date): Promise<MentoringSeedResult> {
  const mentoringPeople = await insertDemoAccounts(m, DEMO_MENTORING_PEOPLE);
  const rows: {
    id: string;
    email: string;
    display_name: string;
    municipality_id: string | null;
    organisation_id: string | null;
  }[] = await m.query(`SELECT id, lower(email) AS email, display_name, municipality_id, organisation_id FROM app_user`);
  const people = new Map(
    rows.map((r) => [
      r.email,
      { id: r.id, name: r.display_name, municipalityId: r.municipality_id, organisationId: r.organisation_id },
    ]),
  );
  const municipalities = new Map(
    ((await m.query(`SELECT id, name FROM municipality`)) as { id: string; name: string }[]).map((r) => [r.name, r.id]),
  );
  const coordinatorId = people.get(DEMO_MENTORING_PEOPLE[0].email)?.id ?? null;
  const ctx: Context = { m, now, people, municipalities, coordinatorId };
  let mentoringPrograms = 0;
  if (await regionalProgram(ctx)) mentoringPrograms += 1;
  if (await runningProgram(ctx)) mentoringPrograms += 1;
  return { mentoringPeople, mentoringPrograms };
}

async function insertProgram(
  ctx: Context,
  name: string,
  description: LocalizedText,
  period: [string, string],
  status: 'matching' | 'running',
  municipalityNames: readonly string[],
): Promise<string | null> {
  const existing: unknown[] = await ctx.m.query(`SELECT 1 FROM mentoring_program WHERE name = $1`, [name]);
  if (existing.length > 0) return null;
  const [{ id }]: { id: string }[] = await ctx.m.query(
    `INSERT INTO mentoring_program (name, description, starts_on, ends_on, weights, minimum_score, same_municipality,
                                    exclude_same_organisation, status, created_by)
     VALUES ($1, $2::jsonb, $3, $4, $5::jsonb, 20, false, true, $6, $7) RETURNING id`,
    [name, JSON.stringify(description), period[0], period[1], JSON.stringify(WEIGHTS), status, ctx.coordinatorId],
  );
  await ctx.m.query(
    `INSERT INTO mentoring_program_municipality (program_id, municipality_id) SELECT $1, unnest($2::uuid[])`,
    [id, municipalityNames.map((n) => ctx.municipalities.get(n)).filter((x): x is string => !!x)],
  );
  return id;
}

async function insertProfile(ctx: Context, programId: string, mentor: DemoMentor, capacity = mentor.capacity) {
  const person = ctx.people.get(mentor.email);
  if (!person) return null;
  const [{ id }]: { id: string }[] = await ctx.m.query(
    `INSERT INTO mentor_profile (program_id, user_id, expertise, sectors, languages, availability, meeting_modes,
                                 municipality_id, organisation_id, capacity, bio, bio_locale, status, decided_by, decided_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'approved', $13, $14) RETURNING id`,
    [
      programId,
      person.id,
      mentor.expertise,
      mentor.sectors,
      mentor.languages,
      mentor.availability,
      mentor.modes,
      ctx.municipalities.get(mentor.municipality),
      person.organisationId,
      capacity,
      mentor.bio,
      mentor.bioLocale,
      ctx.coordinatorId,
      ctx.now,
    ],
  );
  return { id, person, mentor };
}

async function insertRequest(ctx: Context, programId: string, mentee: DemoMentee) {
  const person = ctx.people.get(mentee.email);
  if (!person) return null;
  const [{ id }]: { id: string }[] = await ctx.m.query(
    `INSERT INTO mentee_request (program_id, user_id, goals, expertise, sectors, languages, availability, meeting_mode,
                                 municipality_id, organisation_id, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'open') RETURNING id`,
    [
      programId,
      person.id,
      mentee.goals,
      mentee.expertise,
      mentee.sectors,
      mentee.languages,
      mentee.availability,
      mentee.mode,
      ctx.municipalities.get(mentee.municipality),
      person.organisationId,
    ],
  );
  return { id, person, mentee };
}

async function regionalProgram(ctx: Context): Promise<boolean> {
  const programId = await insertProgram(
    ctx,
    DEMO_REGIONAL_PROGRAM,
    {
      fi: 'Kokeneet työnantajat mentoroivat työnantajia, jotka rekrytoivat ja perehdyttävät maahan muuttaneita ensimmäistä kertaa.',
      en: 'Experienced employers mentor employers who are recruiting and inducting immigrants for the first time.',
    },
    ['2027-01-15', '2027-06-30'],
    'matching',
    REGIONAL_MUNICIPALITIES,
  );
  if (!programId) return false;
  for (const mentor of DEMO_MENTORS) await insertProfile(ctx, programId, mentor);
  for (const mentee of DEMO_MENTEES) await insertRequest(ctx, programId, mentee);
  return true;
}

async function runningProgram(ctx: Context): Promise<boolean> {
  const { m, now } = ctx;
  const programId = await insertProgram(
    ctx,
    DEMO_RUNNING_PROGRAM,
    {
      fi: 'Äänekosken, Laukaan ja Saarijärven työnantajien vertaismentorointi syksystä 2026.',
      en: 'Peer mentoring for employers of Äänekoski, Laukaa and Saarijärvi from autumn 2026.',
    },
    [dateOf(ago(now, 100)), dateOf(ago(now, -120))],
    'running',
    RUNNING_MUNICIPALITIES,
  );
  if (!programId) return false;
  const profiles = new Map<string, NonNullable<Awaited<ReturnType<typeof insertProfile>>>>();
  for (const { email, capacity } of RUNNING_MENTORS) {
    const mentor = DEMO_MENTORS.find((x) => x.email === email);
    const profile = mentor && (await insertProfile(ctx, programId, mentor, capacity));
    if (profile) profiles.set(email, profile);
  }
  const requests = new Map<string, NonNullable<Awaited<ReturnType<typeof insertRequest>>>>();
  for (const mentee of RUNNING_MENTEES) {
    const request = await insertRequest(ctx, programId, mentee);
    if (request) requests.set(mentee.email, request);
  }
  for (const plan of RUNNING_PAIRINGS) {
    const mentor = profiles.get(plan.mentor);
    const mentee = requests.get(plan.mentee);
    if (mentor && mentee) await insertPairing(ctx, programId, plan, mentor, mentee);
  }
  // The published run left the one mentee the full mentors could not take.
  const unmatched = [...requests.values()].filter((r) => !RUNNING_PAIRINGS.some((p) => p.mentee === r.mentee.email));
  await m.query(
    `INSERT INTO mentoring_run (program_id, status, result, matched, total_score, created_by, created_at, published_by,
                                published_at)
     VALUES ($1, 'published', $2::jsonb, 0, 0, $3, $4, $3, $4)`,
    [
      programId,
      JSON.stringify({
        mentorsConsidered: profiles.size,
        menteesConsidered: requests.size,
        suggestions: [],
        unmatched: unmatched.map((r) => ({
          mentee: {
            requestId: r.id,
            person: { id: r.person.id, name: r.person.name },
            municipality: { id: ctx.municipalities.get(r.mentee.municipality), name: r.mentee.municipality },
            organisation: null,
          },
          reason: 'mentors_full',
        })),
        rejectedPins: [],
      }),
      ctx.coordinatorId,
      ago(now, 99),
    ],
  );
  return true;
}

async function insertPairing(
  ctx: Context,
  programId: string,
  plan: DemoPairing,
  mentor: { id: string; person: Person; mentor: DemoMentor },
  mentee: { id: string; person: Person; mentee: DemoMentee },
): Promise<void> {
  const { m, now } = ctx;
  const answered = plan.status !== 'proposed' && plan.status !== 'declined' && plan.status !== 'expired';
  const answer = (side: PairingSide) =>
    plan.answers && side in plan.answers ? plan.answers[side] : answered ? 'accepted' : null;
  const proposedAt = ago(now, plan.proposed);
  const startedAt = plan.started === undefined ? null : ago(now, plan.started);
  const endsOn = startedAt && plan.agreement ? dateOf(new Date(startedAt.getTime() + 20 * 7 * DAY_MS)) : null;
  const answeredAt = new Date(proposedAt.getTime() + DAY_MS);
  const { score, contributions, explanation } = explained(ctx.municipalities, WEIGHTS, mentor, mentee);
  const sideUser = (side: PairingSide): string => (side === 'mentor' ? mentor.person.id : mentee.person.id);
  const [{ id }]: { id: string }[] = await m.query(
    `INSERT INTO mentoring_pairing (program_id, mentor_profile_id, mentee_request_id, mentor_user_id, mentee_user_id,
                                    status, score, contributions, explanation, mentor_answer, mentor_answered_at,
                                    mentee_answer, mentee_answered_at, decline_reason, proposed_at, reminded_at,
                                    started_at, ends_on, finished_at, finished_by, end_reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10, CASE WHEN $10::text IS NOT NULL THEN $12::timestamptz END,
             $11, CASE WHEN $11::text IS NOT NULL THEN $12::timestamptz END, $13, $14, $15, $16, $17, $18, $19, $20)
     RETURNING id`,
    [
      programId,
      mentor.id,
      mentee.id,
      mentor.person.id,
      mentee.person.id,
      plan.status,
      score,
      JSON.stringify(contributions),
      JSON.stringify(explanation),
      answer('mentor'),
      answer('mentee'),
      answeredAt,
      plan.declineReason ?? null,
      proposedAt,
      plan.status === 'proposed' && plan.proposed >= 7 ? ago(now, plan.proposed - 7) : null,
      startedAt,
      endsOn,
      plan.finished === undefined ? null : ago(now, plan.finished),
      plan.status === 'ended_early' ? mentee.person.id : null,
      plan.endReason ?? null,
    ],
  );
  if (plan.agreement && startedAt && endsOn)
    await m.query(
      `INSERT INTO mentoring_agreement (pairing_id, goals, meeting_frequency, preferred_days, mode, ends_on,
                                        confidentiality, version, mentor_confirmed_version, mentee_confirmed_version,
                                        updated_by, updated_at)
       VALUES ($1, $2, 'biweekly', '{tue,thu}', 'either', $3, $4, 1, 1, 1, $5, $6)`,
      [
        id,
        mentee.mentee.goals,
        endsOn,
        'Mitä tapaamisissa puhutaan, jää meidän kahden väliseksi.',
        mentor.person.id,
        new Date(startedAt.getTime() + 2 * DAY_MS),
      ],
    );
  for (const days of plan.meetings ?? [])
    await m.query(
      `INSERT INTO mentoring_meeting (pairing_id, held_at, duration_minutes, mode, place, created_by)
       VALUES ($1, $2, 60, $3, $4, $5)`,
      [
        id,
        ago(now, days),
        days % 2 ? 'online' : 'in_person',
        days % 2 ? '' : mentor.mentor.municipality,
        mentor.person.id,
      ],
    );
  const goalIds: string[] = [];
  for (const goal of plan.goals ?? []) {
    const [row]: { id: string }[] = await m.query(
      `INSERT INTO mentoring_goal (pairing_id, title, progress, comment, updated_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [id, goal.title, goal.progress, goal.comment, mentee.person.id],
    );
    goalIds.push(row.id);
  }
  if (plan.task)
    await m.query(`INSERT INTO mentoring_task (pairing_id, goal_id, title, due_on) VALUES ($1, $2, $3, $4)`, [
      id,
      goalIds[1] ?? goalIds[0] ?? null,
      plan.task,
      dateOf(ago(now, -14)),
    ]);
  if (plan.note)
    await m.query(`INSERT INTO mentoring_note (pairing_id, author_id, body) VALUES ($1, $2, $3)`, [
      id,
      mentor.person.id,
      plan.note,
    ]);
  for (const fit of plan.fit ?? [])
    await m.query(
      `INSERT INTO mentoring_fit_check (pairing_id, user_id, answer, answered_at) VALUES ($1, $2, $3, $4)`,
      [id, sideUser(fit.side), fit.answer, ago(now, fit.days)],
    );
  for (const f of plan.feedback ?? [])
    await m.query(
      `INSERT INTO mentoring_feedback (pairing_id, user_id, usefulness, match, comment, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, sideUser(f.side), f.usefulness, f.match, f.comment, ago(now, (plan.finished ?? 0) - 1)],
    );
}
