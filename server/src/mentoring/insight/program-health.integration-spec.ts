import type { MentoringHealth, MentoringHealthItem } from '@kotopaikka/contracts';

import { signedIn } from '../../accounts/users/people.test-support';
import { createUser, municipalityId } from '../../testing/fixtures';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { createPairing } from '../pairings/pairings.test-support';
import { createProgram } from '../programs/mentoring-programs.test-support';
import { addFitAnswer, addMeeting, backdate } from './insight.test-support';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('mentoring program health', () => {
  let t: TestApp;
  let laukaa: string;
  let coordinator: TestAgent;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    laukaa = await municipalityId(t.db, 'Laukaa');
    coordinator = (
      await signedIn(t, { role: 'coordinator', municipality: 'Laukaa', managedMunicipalities: ['Laukaa'] })
    ).agent;
  });

  afterAll(async () => {
    await t.close();
  });

  const person = async (name: string): Promise<string> =>
    (await createUser(t.db, { municipality: 'Laukaa', displayName: name })).id;

  /** A pairing of two new people in the program. */
  async function pairing(
    programId: string,
    names: [string, string],
    status: 'proposed' | 'active' | 'completed' | 'ended_early' = 'active',
    menteeRequestId?: string,
    menteeUserId?: string,
  ): Promise<{ id: string; mentorId: string; menteeId: string; requestId: string }> {
    const mentorId = await person(names[0]);
    const menteeId = menteeUserId ?? (await person(names[1]));
    const created = await createPairing(t.db, {
      programId,
      mentorUserId: mentorId,
      menteeUserId: menteeId,
      municipalityId: laukaa,
      status,
      menteeRequestId,
    });
    return { id: created.pairingId, mentorId, menteeId, requestId: created.menteeRequestId };
  }

  const near = (iso: string, daysAgo: number): boolean =>
    Math.abs(Date.parse(iso) - (Date.now() - daysAgo * DAY_MS)) < 60_000;

  it('lists stale pairings, unanswered proposals, "not a good fit" and early endings, each with its action', async () => {
    const program = await createProgram(t.db, [laukaa], 'running');
    const quiet = await pairing(program, ['Aatu Quiet', 'Aino Quiet']);
    await backdate(t.db, quiet.id, { proposed: 45, started: 40 });
    const lapsed = await pairing(program, ['Bertta Lapsed', 'Bruno Lapsed']);
    await backdate(t.db, lapsed.id, { proposed: 65, started: 60 });
    await addMeeting(t.db, lapsed.id, 35);
    // A meeting still to come is not one held.
    await addMeeting(t.db, lapsed.id, -3);
    const meeting = await pairing(program, ['Cecilia Meeting', 'Cesar Meeting']);
    await backdate(t.db, meeting.id, { proposed: 65, started: 60 });
    await addMeeting(t.db, meeting.id, 3);
    await pairing(program, ['Daniel Fresh', 'Doris Fresh']);

    const halfAnswered = await pairing(program, ['Eero Half', 'Eeva Half'], 'proposed');
    await t.db.query(
      `UPDATE mentoring_pairing SET mentor_answer = 'accepted', mentor_answered_at = now() WHERE id = $1`,
      [halfAnswered.id],
    );
    await backdate(t.db, halfAnswered.id, { proposed: 8 });
    const silent = await pairing(program, ['Frans Silent', 'Fanni Silent'], 'proposed');
    await backdate(t.db, silent.id, { proposed: 10 });
    await pairing(program, ['Gabriel New', 'Greta New'], 'proposed');

    const misfit = await pairing(program, ['Heikki Misfit', 'Helmi Misfit']);
    await addFitAnswer(t.db, misfit.id, misfit.mentorId, 'not_a_fit', 2);
    await addFitAnswer(t.db, misfit.id, misfit.menteeId, 'good_fit', 1);
    const over = await pairing(program, ['Iiro Over', 'Iida Over'], 'completed');
    await addFitAnswer(t.db, over.id, over.menteeId, 'not_a_fit', 20);

    const ended = await pairing(program, ['Jaakko Ended', 'Jenna Ended'], 'ended_early');
    await backdate(t.db, ended.id, { proposed: 30, started: 28, finished: 5 });
    const rematched = await pairing(program, ['Kalle Rematched', 'Kaisa Rematched'], 'ended_early');
    await backdate(t.db, rematched.id, { proposed: 30, started: 28, finished: 6 });
    await pairing(program, ['Lauri Next', ''], 'proposed', rematched.requestId, rematched.menteeId);

    // Another program's troubles are not this one's.
    const other = await createProgram(t.db, [laukaa], 'running');
    const elsewhere = await pairing(other, ['Mauno Elsewhere', 'Maija Elsewhere']);
    await backdate(t.db, elsewhere.id, { proposed: 90, started: 90 });

    const res = await coordinator.get<MentoringHealth>(`/api/mentoring/programs/${program}/health`);
    expect(res.status).toBe(200);
    expect(res.body.programId).toBe(program);
    expect(res.body.counts).toEqual({ no_recent_meeting: 2, unanswered_proposal: 2, not_a_fit: 1, ended_early: 1 });
    const shape = (i: MentoringHealthItem): unknown[] => [
      i.kind,
      i.action,
      i.pairingId,
      i.mentor.name,
      i.mentee.name,
      i.waitingFor,
    ];
    expect(res.body.items.map(shape)).toEqual([
      // Longest waiting first.
      ['no_recent_meeting', 'contact_pair', quiet.id, 'Aatu Quiet', 'Aino Quiet', []],
      ['no_recent_meeting', 'contact_pair', lapsed.id, 'Bertta Lapsed', 'Bruno Lapsed', []],
      ['unanswered_proposal', 'contact_unanswered', silent.id, 'Frans Silent', 'Fanni Silent', ['mentor', 'mentee']],
      ['unanswered_proposal', 'contact_unanswered', halfAnswered.id, 'Eero Half', 'Eeva Half', ['mentee']],
      ['not_a_fit', 'end_and_rematch', misfit.id, 'Heikki Misfit', 'Helmi Misfit', []],
      ['ended_early', 'rematch', ended.id, 'Jaakko Ended', 'Jenna Ended', []],
    ]);
    const since = Object.fromEntries(res.body.items.map((i) => [`${i.kind} ${i.pairingId}`, i.since]));
    // Since the last meeting held, else the start; the proposal; the answer; the end.
    expect(near(since[`no_recent_meeting ${lapsed.id}`], 35)).toBe(true);
    expect(near(since[`no_recent_meeting ${quiet.id}`], 40)).toBe(true);
    expect(near(since[`unanswered_proposal ${silent.id}`], 10)).toBe(true);
    expect(near(since[`unanswered_proposal ${halfAnswered.id}`], 8)).toBe(true);
    expect(near(since[`not_a_fit ${misfit.id}`], 2)).toBe(true);
    expect(near(since[`ended_early ${ended.id}`], 5)).toBe(true);
    // Who answered "not a good fit" is theirs: the item says which pairing, not which side.
    const misfitItem = res.body.items.find((i) => i.kind === 'not_a_fit');
    expect(Object.keys(misfitItem ?? {}).sort()).toEqual(
      ['action', 'kind', 'mentee', 'mentor', 'pairingId', 'since', 'waitingFor'].sort(),
    );
    expect(misfitItem?.waitingFor).toEqual([]);
  });

  it('is for those who oversee the program: 403 for one who only sees it, 404 for one who does not', async () => {
    const program = await createProgram(t.db, [laukaa], 'running');
    const decisionMaker = await signedIn(t, { audience: 'decision_maker', municipality: 'Laukaa' });
    const keuruuCoordinator = await signedIn(t, {
      role: 'coordinator',
      municipality: 'Keuruu',
      managedMunicipalities: ['Keuruu'],
    });
    expect((await decisionMaker.agent.get(`/api/mentoring/programs/${program}/health`)).status).toBe(403);
    expect((await keuruuCoordinator.agent.get(`/api/mentoring/programs/${program}/health`)).status).toBe(404);
    const empty = await coordinator.get<MentoringHealth>(`/api/mentoring/programs/${program}/health`);
    expect(empty.body).toEqual({
      programId: program,
      counts: { no_recent_meeting: 0, unanswered_proposal: 0, not_a_fit: 0, ended_early: 0 },
      items: [],
    });
    const bad = await coordinator.get<{ code: string; details: { field: string }[] }>(
      `/api/mentoring/programs/not-a-uuid/health`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d) => d.field)).toEqual(['programId']);
  });
});
