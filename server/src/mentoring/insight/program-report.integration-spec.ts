import type { MentoringProgramReport } from '@kotopaikka/contracts';

import { signedIn } from '../../accounts/users/people.test-support';
import { createUser, municipalityId } from '../../testing/fixtures';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { createPairing } from '../pairings/pairings.test-support';
import { createMentorProfile } from '../profiles/mentor-profiles.test-support';
import { createProgram } from '../programs/mentoring-programs.test-support';
import { createMenteeRequest } from '../requests/mentee-requests.test-support';
import { addFeedback, addGoal, addMeeting, addRun } from './insight.test-support';

/**
 * One regional program (Laukaa and Keuruu) built by hand: mentors m1, m2 (Laukaa), m3 (Keuruu), m5 (Keuruu, withdrew
 * after approval) count, a pending and a declined offer do not; mentees a1–a5, a7 (Laukaa) and k1–k3 (Keuruu) count,
 * a6 withdrew unmatched. Pairings: m1–a1 active, m1–a2 completed, m2–a3 ended early, m2–a4 declined, m3–a5 proposed
 * (across the two municipalities), m3–k1 expired, m3–k2 active.
 */
describe('mentoring program report', () => {
  let t: TestApp;
  let laukaa: string;
  let keuruu: string;
  let program: string;
  let admin: TestAgent;
  let laukaaCoordinator: TestAgent;
  let keuruuCoordinator: TestAgent;
  let decisionMaker: TestAgent;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    laukaa = await municipalityId(t.db, 'Laukaa');
    keuruu = await municipalityId(t.db, 'Keuruu');
    admin = (await signedIn(t, { role: 'admin', municipality: 'Laukaa' })).agent;
    laukaaCoordinator = (
      await signedIn(t, { role: 'coordinator', municipality: 'Laukaa', managedMunicipalities: ['Laukaa'] })
    ).agent;
    keuruuCoordinator = (
      await signedIn(t, { role: 'coordinator', municipality: 'Keuruu', managedMunicipalities: ['Keuruu'] })
    ).agent;
    decisionMaker = (await signedIn(t, { audience: 'decision_maker', municipality: 'Laukaa' })).agent;

    program = await createProgram(t.db, [laukaa, keuruu], 'running');
    await t.db.query(`UPDATE mentoring_program SET name = '=HYPERLINK("x");Kevät' WHERE id = $1`, [program]);
    const user = async (): Promise<string> => (await createUser(t.db, { municipality: 'Laukaa' })).id;
    const mentor = async (municipalityId: string, status: 'approved' | 'pending' | 'declined' = 'approved') => {
      const userId = await user();
      return {
        userId,
        profileId: await createMentorProfile(t.db, { programId: program, userId, municipalityId, status }),
      };
    };
    const m1 = await mentor(laukaa);
    const m2 = await mentor(laukaa);
    const m3 = await mentor(keuruu);
    await mentor(laukaa, 'pending');
    await mentor(laukaa, 'declined');
    const m5 = await mentor(keuruu);
    await t.db.query(`UPDATE mentor_profile SET status = 'withdrawn', decided_at = now() WHERE id = $1`, [
      m5.profileId,
    ]);
    // Withdrawn while pending: never recruited.
    const m6 = await mentor(laukaa, 'pending');
    await t.db.query(`UPDATE mentor_profile SET status = 'withdrawn' WHERE id = $1`, [m6.profileId]);

    const pair = async (
      m: { userId: string; profileId: string },
      municipalityId: string,
      status: 'proposed' | 'active' | 'completed' | 'ended_early' | 'declined' | 'expired',
    ): Promise<{ id: string; menteeId: string }> => {
      const menteeId = await user();
      const created = await createPairing(t.db, {
        programId: program,
        mentorUserId: m.userId,
        menteeUserId: menteeId,
        municipalityId,
        mentorProfileId: m.profileId,
        status,
      });
      return { id: created.pairingId, menteeId };
    };
    const a1 = await pair(m1, laukaa, 'active');
    const a2 = await pair(m1, laukaa, 'completed');
    const a3 = await pair(m2, laukaa, 'ended_early');
    await pair(m2, laukaa, 'declined');
    await pair(m3, laukaa, 'proposed');
    await createMenteeRequest(t.db, {
      programId: program,
      userId: await user(),
      municipalityId: laukaa,
      status: 'withdrawn',
    });
    await createMenteeRequest(t.db, { programId: program, userId: await user(), municipalityId: laukaa });
    await pair(m3, keuruu, 'expired');
    const k2 = await pair(m3, keuruu, 'active');
    await createMenteeRequest(t.db, { programId: program, userId: await user(), municipalityId: keuruu });

    await addMeeting(t.db, a1.id, 20);
    await addMeeting(t.db, a1.id, 6);
    await addMeeting(t.db, a1.id, -7);
    for (const days of [60, 40, 20]) await addMeeting(t.db, a2.id, days);
    await addMeeting(t.db, k2.id, 2);
    await addFeedback(t.db, a2.id, m1.userId, 4, 5);
    await addFeedback(t.db, a2.id, a2.menteeId, 5, 4);
    await addFeedback(t.db, a3.id, a3.menteeId, 2, 1);
    await addGoal(t.db, a1.id, 100);
    await addGoal(t.db, a1.id, 40);
    await addGoal(t.db, a2.id, 100);
    await addGoal(t.db, k2.id, 0);

    // Only the latest run counts; an entry in no known shape counts nothing.
    await addRun(t.db, program, [{ municipalityId: laukaa, reason: 'below_minimum_score' }], 10);
    await addRun(t.db, program, [
      { municipalityId: laukaa, reason: 'no_shared_language' },
      { municipalityId: keuruu, reason: 'mentors_full' },
    ]);
    await t.db.query(
      `UPDATE mentoring_run SET result = jsonb_set(result, '{unmatched}', result->'unmatched' || '[{"reason": "bogus"}, 7]'::jsonb)
        WHERE program_id = $1 AND created_at > now() - interval '1 hour'`,
      [program],
    );
  });

  afterAll(async () => {
    await t.close();
  });

  const get = (agent: TestAgent, suffix = '') =>
    agent.get<MentoringProgramReport>(`/api/mentoring/programs/${program}/report${suffix}`);

  /** The CSV as bytes (the test agent's text drops the BOM), and its lines without the BOM. */
  async function csv(agent: TestAgent, query = ''): Promise<{ res: Response; bytes: Buffer; lines: string[] }> {
    const res = await fetch(`${t.baseUrl}/api/mentoring/programs/${program}/report.csv${query}`, {
      headers: { cookie: `kp_session=${agent.cookie('kp_session') ?? ''}` },
    });
    const bytes = Buffer.from(await res.arrayBuffer());
    return { res, bytes, lines: bytes.toString('utf8').slice(1).split('\r\n') };
  }

  const unmatched = (nsl: number | null, full: number | null) => [
    { reason: 'no_shared_language', count: nsl },
    { reason: 'mentors_full', count: full },
    { reason: 'below_minimum_score', count: 0 },
    { reason: 'no_compatible_mentor', count: 0 },
  ];

  it('counts the whole program for an admin', async () => {
    const res = await get(admin);
    expect(res.status).toBe(200);
    expect(Date.parse(res.body.generatedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect({ ...res.body, generatedAt: null }).toEqual({
      program: { id: program, name: '=HYPERLINK("x");Kevät' },
      generatedAt: null,
      recruited: { mentors: 4, mentees: 9 },
      matched: 4,
      unmatched: unmatched(1, 1),
      proposals: { sent: 7, accepted: 4, declined: 1, expired: 1, open: 1 },
      acceptanceRate: 4 / 6,
      pairsByStatus: { proposed: 1, active: 2, completed: 1, ended_early: 1, declined: 1, expired: 1 },
      earlyEndingRate: 0.5,
      meetingsHeld: 6,
      ratings: { usefulness: 3.7, match: 3.3, responses: 3 },
      goals: { total: 4, reached: 2 },
      suppressed: false,
    });
  });

  it("scopes a coordinator to their municipalities' people and the pairings either side of which is theirs", async () => {
    const laukaaReport = (await get(laukaaCoordinator)).body;
    expect(laukaaReport).toMatchObject({
      recruited: { mentors: 2, mentees: 6 },
      matched: 3,
      unmatched: unmatched(1, 0),
      proposals: { sent: 5, accepted: 3, declined: 1, expired: 0, open: 1 },
      acceptanceRate: 0.75,
      pairsByStatus: { proposed: 1, active: 1, completed: 1, ended_early: 1, declined: 1, expired: 0 },
      earlyEndingRate: 0.5,
      meetingsHeld: 5,
      ratings: { usefulness: 3.7, match: 3.3, responses: 3 },
      goals: { total: 3, reached: 2 },
      suppressed: false,
    });
    // The Laukaa mentee of the Keuruu mentor is in both; Keuruu has no feedback yet.
    expect((await get(keuruuCoordinator)).body).toMatchObject({
      recruited: { mentors: 2, mentees: 3 },
      matched: 1,
      unmatched: unmatched(0, 1),
      proposals: { sent: 3, accepted: 1, declined: 0, expired: 1, open: 1 },
      acceptanceRate: 0.5,
      pairsByStatus: { proposed: 1, active: 1, completed: 0, ended_early: 0, declined: 0, expired: 1 },
      earlyEndingRate: null,
      meetingsHeld: 1,
      ratings: { usefulness: null, match: null, responses: 0 },
      goals: { total: 1, reached: 0 },
      suppressed: false,
    });
  });

  it('withholds from a decision-maker every count of 1–4 people or pairings, and the rates and averages over so few', async () => {
    const res = await get(decisionMaker);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      recruited: { mentors: null, mentees: 6 },
      matched: null,
      unmatched: unmatched(null, 0),
      proposals: { sent: 5, accepted: null, declined: null, expired: 0, open: null },
      acceptanceRate: null,
      pairsByStatus: { proposed: null, active: null, completed: null, ended_early: null, declined: null, expired: 0 },
      earlyEndingRate: null,
      meetingsHeld: 5,
      ratings: { usefulness: null, match: null, responses: null },
      goals: { total: 3, reached: 2 },
      suppressed: true,
    });
  });

  it('writes the CSV in the reader’s language or the one asked for, withheld counts as "<5", formulas neutralised', async () => {
    const { res, bytes, lines } = await csv(laukaaCoordinator);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="mentoring-report-${program}.csv"`);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe('Luku;Arvo');
    expect(lines[1]).toBe(`Ohjelma;"'=HYPERLINK(""x"");Kevät"`);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Mentoreita;2',
        'Mentoroitavia;6',
        'Pari löytyi;3',
        'Ilman paria: ei yhteistä kieltä;1',
        'Ehdotuksia lähetetty;5',
        'Hyväksymisaste (%);75',
        'Pareja: päättynyt kesken;1',
        'Kesken päättyneiden osuus (%);50',
        'Tapaamisia pidetty;5',
        'Hyödyllisyys, keskiarvo (1–5);3,7',
        'Tavoitteita saavutettu;2',
      ]),
    );

    const enLines = (await csv(admin, '?locale=en')).lines;
    expect(enLines[0]).toBe('Figure;Value');
    expect(enLines).toEqual(expect.arrayContaining(['Mentors;4', 'Acceptance rate (%);66,7', 'Pairs: active;2']));

    const withheld = (await csv(decisionMaker, '?locale=en')).lines;
    expect(withheld).toEqual(
      expect.arrayContaining(['Mentors;<5', 'Mentees;6', 'Acceptance rate (%);', 'Usefulness, average (1–5);<5']),
    );

    const bad = await admin.get<{ details: { field: string }[] }>(
      `/api/mentoring/programs/${program}/report.csv?locale=sv`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d) => d.field)).toEqual(['locale']);
  });

  it('defaults the CSV to the language saved on the reader', async () => {
    const reader = await signedIn(t, {
      role: 'coordinator',
      municipality: 'Keuruu',
      managedMunicipalities: ['Keuruu'],
    });
    await t.db.query(`UPDATE app_user SET locale = 'en' WHERE id = $1`, [reader.id]);
    expect((await csv(reader.agent)).lines[0]).toBe('Figure;Value');
  });

  it('shows a draft to its coordinators only, and a closed program to its decision-makers too', async () => {
    const draft = await createProgram(t.db, [laukaa], 'draft');
    const closed = await createProgram(t.db, [laukaa], 'closed');
    const status = async (agent: TestAgent, id: string): Promise<number> =>
      (await agent.get(`/api/mentoring/programs/${id}/report`)).status;
    expect(await status(laukaaCoordinator, draft)).toBe(200);
    expect(await status(decisionMaker, draft)).toBe(404);
    expect(await status(decisionMaker, closed)).toBe(200);
    const member = await signedIn(t, { role: 'member', municipality: 'Laukaa' });
    expect(await status(member.agent, program)).toBe(403);
    expect(await status(member.agent, closed)).toBe(404);
    expect(await status(keuruuCoordinator, closed)).toBe(404);
    const empty = (await admin.get<MentoringProgramReport>(`/api/mentoring/programs/${draft}/report`)).body;
    expect(empty).toMatchObject({
      recruited: { mentors: 0, mentees: 0 },
      matched: 0,
      unmatched: unmatched(0, 0),
      acceptanceRate: null,
      earlyEndingRate: null,
      ratings: { usefulness: null, match: null, responses: 0 },
      suppressed: false,
    });
  });
});
