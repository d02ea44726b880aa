import type { MentoringHealth, MentoringProgramReport } from '@kotopaikka/contracts';
import { type MatchingMentee, type MatchingMentor, solveMatching } from '@kotopaikka/matching';

import { DEMO_PASSWORD, demoEmail } from '../../accounts/seed/demo-accounts';
import { seedDemoData } from '../../app.seeder';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { DEMO_REGIONAL_PROGRAM, DEMO_RUNNING_PROGRAM } from './demo-mentoring';

describe('mentoring demo seed', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoData(t.db);
  }, 60_000);

  afterAll(async () => {
    await t.close();
  });

  async function signedIn(localPart: string): Promise<TestAgent> {
    const agent = t.agent();
    expect((await agent.login(demoEmail(localPart), DEMO_PASSWORD)).status).toBe(200);
    return agent;
  }

  const programId = async (name: string): Promise<string> =>
    ((await t.db.query(`SELECT id FROM mentoring_program WHERE name = $1`, [name])) as { id: string }[])[0].id;

  it('has a regional program in matching across all eight municipalities, with 12 mentors and 30 mentees', async () => {
    const id = await programId(DEMO_REGIONAL_PROGRAM);
    const [program]: { status: string; municipalities: number }[] = await t.db.query(
      `SELECT status, (SELECT count(*)::int FROM mentoring_program_municipality WHERE program_id = p.id) AS municipalities
         FROM mentoring_program p WHERE id = $1`,
      [id],
    );
    expect(program).toEqual({ status: 'matching', municipalities: 8 });
    const mentors: { email: string; capacity: number; bio_locale: string; role: string }[] = await t.db.query(
      `SELECT u.email, p.capacity, p.bio_locale, u.role FROM mentor_profile p JOIN app_user u ON u.id = p.user_id
        WHERE p.program_id = $1 AND p.status = 'approved'`,
      [id],
    );
    expect(mentors.length).toBeGreaterThanOrEqual(12);
    expect(mentors.map((m) => m.email)).toContain(demoEmail('mentor'));
    expect(new Set(mentors.map((m) => m.capacity))).toEqual(new Set([1, 2, 3]));
    expect(new Set(mentors.map((m) => m.bio_locale))).toEqual(new Set(['fi', 'en']));
    expect(new Set(mentors.map((m) => m.role))).toEqual(new Set(['mentor']));
    const mentees: { email: string; municipality_id: string }[] = await t.db.query(
      `SELECT u.email, r.municipality_id FROM mentee_request r JOIN app_user u ON u.id = r.user_id
        WHERE r.program_id = $1 AND r.status = 'open'`,
      [id],
    );
    expect(mentees.length).toBeGreaterThanOrEqual(30);
    expect(mentees.map((m) => m.email)).toContain(demoEmail('mentee'));
    expect(new Set(mentees.map((m) => m.municipality_id)).size).toBe(8);
  });

  it('proposes the demo mentor and mentee to each other when the engine matches the regional program', async () => {
    const id = await programId(DEMO_REGIONAL_PROGRAM);
    const mentors: (Omit<MatchingMentor, 'modes' | 'freeCapacity'> & { modes: string[]; capacity: number })[] =
      await t.db.query(
        `SELECT p.id, p.user_id AS "personId", p.expertise, p.sectors, p.languages, p.municipality_id AS "municipalityId",
                p.organisation_id AS "organisationId", p.capacity, p.availability, p.meeting_modes AS modes
           FROM mentor_profile p WHERE p.program_id = $1 AND p.status = 'approved'`,
        [id],
      );
    const mentees: MatchingMentee[] = await t.db.query(
      `SELECT r.id, r.user_id AS "personId", r.expertise, r.sectors, r.languages, r.municipality_id AS "municipalityId",
              r.organisation_id AS "organisationId", r.availability, r.meeting_mode AS mode
         FROM mentee_request r WHERE r.program_id = $1 AND r.status = 'open'`,
      [id],
    );
    const result = solveMatching({
      settings: {
        weights: { expertise: 40, sector: 20, language: 30, municipality: 10, availability: 20, mode: 10 },
        minimumScore: 20,
        sameMunicipality: false,
        excludeSameOrganisation: true,
      },
      mentors: mentors.map(({ capacity, ...m }) => ({ ...m, freeCapacity: capacity }) as MatchingMentor),
      mentees,
      fixed: [],
      blocked: [],
    });
    const [{ mentor, mentee }]: { mentor: string; mentee: string }[] = await t.db.query(
      `SELECT (SELECT p.id FROM mentor_profile p JOIN app_user u ON u.id = p.user_id WHERE p.program_id = $1 AND u.email = $2) AS mentor,
              (SELECT r.id FROM mentee_request r JOIN app_user u ON u.id = r.user_id WHERE r.program_id = $1 AND u.email = $3) AS mentee`,
      [id, demoEmail('mentor'), demoEmail('mentee')],
    );
    expect(result.proposals.find((p) => p.menteeId === mentee)?.mentorId).toBe(mentor);
    // More mentees than places: some are left, with reasons.
    expect(result.unmatched.length).toBeGreaterThan(0);
  });

  it('shows the earlier program’s troubles to its coordinator and real figures in its report', async () => {
    const id = await programId(DEMO_RUNNING_PROGRAM);
    const coordinator = await signedIn('coordinator');
    const health = await coordinator.get<MentoringHealth>(`/api/mentoring/programs/${id}/health`);
    expect(health.status).toBe(200);
    expect(health.body.counts).toEqual({ no_recent_meeting: 1, unanswered_proposal: 1, not_a_fit: 1, ended_early: 1 });
    expect(health.body.items.find((i) => i.kind === 'unanswered_proposal')?.waitingFor).toEqual(['mentee']);

    const report = await coordinator.get<MentoringProgramReport>(`/api/mentoring/programs/${id}/report`);
    expect(report.body).toMatchObject({
      recruited: { mentors: 3, mentees: 8 },
      matched: 5,
      proposals: { sent: 7, accepted: 5, declined: 1, expired: 0, open: 1 },
      acceptanceRate: 5 / 6,
      pairsByStatus: { proposed: 1, active: 3, completed: 1, ended_early: 1, declined: 1, expired: 0 },
      earlyEndingRate: 0.5,
      meetingsHeld: 14,
      ratings: { usefulness: 4, match: 3.7, responses: 3 },
      goals: { total: 5, reached: 3 },
    });
    expect(report.body.unmatched.find((u) => u.reason === 'mentors_full')?.count).toBe(1);

    // The demo decision-maker (Äänekoski) reads figures, the small ones withheld.
    const decision = await signedIn('decision');
    const theirs = await decision.get<MentoringProgramReport>(`/api/mentoring/programs/${id}/report`);
    expect(theirs.status).toBe(200);
    expect(theirs.body.recruited.mentees).toBe(5);
    expect(theirs.body.suppressed).toBe(true);
  });
});
