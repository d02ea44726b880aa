import type { MatchingRunView, PairRule, PublishRunResult } from '@kotopaikka/contracts';

import { fieldsOf, mailsFor, signedIn } from '../../accounts/users/people.test-support';
import { municipalityId } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { createPairing } from '../pairings/pairings.test-support';
import { createProgram } from '../programs/mentoring-programs.test-support';
import { addMentee, addMentor, notificationsOf, people, type Person } from './matching.test-support';

describe('pins, blocks and matching runs', () => {
  let t: TestApp;
  let laukaa: string;
  let keuruu: string;
  let coordinator: Person;
  let keuruuCoordinator: Person;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    laukaa = await municipalityId(t.db, 'Laukaa');
    keuruu = await municipalityId(t.db, 'Keuruu');
    coordinator = await signedIn(t, { role: 'coordinator', municipality: 'Laukaa', managedMunicipalities: ['Laukaa'] });
    keuruuCoordinator = await signedIn(t, {
      role: 'coordinator',
      municipality: 'Keuruu',
      managedMunicipalities: ['Keuruu'],
    });
  });

  afterAll(async () => {
    await t.close();
  });

  const run = async (programId: string): Promise<MatchingRunView> => {
    const res = await coordinator.agent.post<MatchingRunView>(`/api/mentoring/programs/${programId}/matching-runs`);
    if (res.status !== 201) throw new Error(`run answered ${res.status}: ${res.text}`);
    return res.body;
  };
  const rule = (programId: string, body: object) =>
    coordinator.agent.post<PairRule>(`/api/mentoring/programs/${programId}/pair-rules`, body);
  const pairs = (view: MatchingRunView): string[] =>
    view.suggestions.map((s) => `${s.mentor.person.name}–${s.mentee.person.name}${s.pinned ? ' (pinned)' : ''}`);

  it('pins and blocks a pair of the program, a second rule replacing the first, and refuses what is not the program’s', async () => {
    const programId = await createProgram(t.db, [laukaa], 'matching');
    const other = await createProgram(t.db, [laukaa], 'matching');
    const [mentor, mentee] = await people(t, ['Maija Mentori', 'Matti Aloittelija']);
    const profileId = await addMentor(t.db, { programId, userId: mentor.id, municipalityId: laukaa });
    const requestId = await addMentee(t.db, { programId, userId: mentee.id, municipalityId: laukaa });
    const elsewhere = await addMentee(t.db, { programId: other, userId: mentee.id, municipalityId: laukaa });

    const pin = await rule(programId, { mentorProfileId: profileId, menteeRequestId: requestId, kind: 'pin' });
    expect(pin.status).toBe(201);
    expect(pin.body).toMatchObject({
      mentorProfileId: profileId,
      menteeRequestId: requestId,
      kind: 'pin',
      mentor: { id: mentor.id, name: 'Maija Mentori' },
      mentee: { id: mentee.id, name: 'Matti Aloittelija' },
    });
    const block = await rule(programId, { mentorProfileId: profileId, menteeRequestId: requestId, kind: 'block' });
    expect(block.status).toBe(201);
    expect(block.body).toMatchObject({ id: pin.body.id, kind: 'block' });
    const listed = await coordinator.agent.get<PairRule[]>(`/api/mentoring/programs/${programId}/pair-rules`);
    expect(listed.body.map((r) => [r.id, r.kind])).toEqual([[pin.body.id, 'block']]);

    const wrongRequest = await rule(programId, { mentorProfileId: profileId, menteeRequestId: elsewhere, kind: 'pin' });
    expect(wrongRequest.status).toBe(400);
    expect(fieldsOf(wrongRequest.body)).toEqual(['menteeRequestId']);
    const wrongMentor = await rule(programId, { mentorProfileId: requestId, menteeRequestId: requestId, kind: 'pin' });
    expect(fieldsOf(wrongMentor.body)).toEqual(['mentorProfileId']);
    const bad = await rule(programId, { mentorProfileId: 'x', menteeRequestId: 'a\u0000b'.repeat(5000), kind: 'both' });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(expect.arrayContaining(['menteeRequestId']));
    expect((await coordinator.agent.get(`/api/mentoring/programs/not-a-uuid/pair-rules`)).status).toBe(400);
    expect((await keuruuCoordinator.agent.get(`/api/mentoring/programs/${programId}/pair-rules`)).status).toBe(404);

    const gone = await coordinator.agent.delete(`/api/mentoring/programs/${programId}/pair-rules/${pin.body.id}`);
    expect(gone.status).toBe(204);
    expect(
      (await coordinator.agent.delete(`/api/mentoring/programs/${programId}/pair-rules/${pin.body.id}`)).status,
    ).toBe(404);
    await t.db.query(`UPDATE mentoring_program SET status = 'closed' WHERE id = $1`, [programId]);
    const closed = await rule(programId, { mentorProfileId: profileId, menteeRequestId: requestId, kind: 'pin' });
    expect(closed.status).toBe(409);
  });

  it('runs with pins and blocks: a pin is in the result, a blocked or previously declined pair never, and the unmatched have reasons', async () => {
    const programId = await createProgram(t.db, [laukaa], 'matching');
    const [anna, bert, xena, yrjo, zaid, wilma, veli] = await people(t, [
      'Anna Mentori',
      'Bertta Mentori',
      'Xena Aloittelija',
      'Yrjö Aloittelija',
      'Zaid Aloittelija',
      'Wilma Aloittelija',
      'Veli Aloittelija',
    ]);
    const a = await addMentor(t.db, { programId, userId: anna.id, municipalityId: laukaa, capacity: 1 });
    const b = await addMentor(t.db, {
      programId,
      userId: bert.id,
      municipalityId: laukaa,
      capacity: 2,
      languages: ['fi', 'en'],
      sectors: ['construction'],
      expertise: ['permit_cards_and_qualifications'],
      availability: ['fri-evening'],
    });
    const x = await addMentee(t.db, { programId, userId: xena.id, municipalityId: laukaa });
    const y = await addMentee(t.db, { programId, userId: yrjo.id, municipalityId: laukaa });
    await addMentee(t.db, { programId, userId: zaid.id, municipalityId: laukaa, languages: ['ar'] });
    const w = await addMentee(t.db, { programId, userId: wilma.id, municipalityId: laukaa });
    await addMentee(t.db, { programId, userId: veli.id, municipalityId: laukaa });
    // Wilma declined Anna before; Anna and Yrjö are blocked; Bertta (a poor fit) is pinned to Xena.
    await createPairing(t.db, {
      programId,
      mentorUserId: anna.id,
      menteeUserId: wilma.id,
      municipalityId: laukaa,
      mentorProfileId: a,
      menteeRequestId: w,
      status: 'declined',
    });
    expect((await rule(programId, { mentorProfileId: b, menteeRequestId: x, kind: 'pin' })).status).toBe(201);
    expect((await rule(programId, { mentorProfileId: a, menteeRequestId: y, kind: 'block' })).status).toBe(201);

    const view = await run(programId);
    expect(view).toMatchObject({ programId, status: 'draft', mentorsConsidered: 2, menteesConsidered: 5 });
    expect(view.createdBy).toEqual({ id: coordinator.id, name: expect.any(String) });
    expect(pairs(view)).toContain('Bertta Mentori–Xena Aloittelija (pinned)');
    expect(pairs(view)).not.toContain('Anna Mentori–Yrjö Aloittelija');
    expect(pairs(view)).not.toContain('Anna Mentori–Wilma Aloittelija');
    expect(view.matched).toBe(3);
    expect(view.totalScore).toBe(view.suggestions.reduce((sum, s) => sum + s.score, 0));
    const free = view.suggestions.find((s) => !s.pinned && s.mentor.profileId === a);
    expect(free?.explanation.en).toMatch(/^Speaks Finnish with you; .*hospitality/);
    expect(free?.explanation.fi).toMatch(/^Yhteinen kieli: suomi; /);
    expect(free?.contributions.reduce((sum, c) => sum + c.points, 0)).toBe(free?.score);
    const reasons = Object.fromEntries(view.unmatched.map((u) => [u.mentee.person.name, u.reason]));
    expect(reasons['Zaid Aloittelija']).toBe('no_shared_language');
    expect(Object.values(reasons).filter((r) => r === 'mentors_full')).toHaveLength(1);
    expect(view.rejectedPins).toEqual([]);
    // Ordered by mentee name.
    const names = view.suggestions.map((s) => s.mentee.person.name);
    expect(names).toEqual([...names].sort((p, q) => p.localeCompare(q, 'fi')));

    const again = await run(programId);
    const latest = await coordinator.agent.get<MatchingRunView>(
      `/api/mentoring/programs/${programId}/matching-runs/latest`,
    );
    expect(latest.body.id).toBe(again.id);
    const first = await coordinator.agent.get<MatchingRunView>(`/api/mentoring/matching-runs/${view.id}`);
    expect(first.body.status).toBe('superseded');
    const stale = await coordinator.agent.post(`/api/mentoring/matching-runs/${view.id}/publish`);
    expect(stale.status).toBe(409);
  });

  it('leaves out a mentee mentored to the end, matches again one whose pairing ended early, never with that mentor', async () => {
    const programId = await createProgram(t.db, [laukaa], 'matching');
    const [mentor, done, early, late] = await people(t, [
      'Eeva Mentori',
      'Aatu Valmis',
      'Iida Kesken',
      'Oona Myöhässä',
    ]);
    const m = await addMentor(t.db, { programId, userId: mentor.id, municipalityId: laukaa, capacity: 3 });
    const finished = async (user: Person, status: 'completed' | 'ended_early' | 'expired'): Promise<void> => {
      const requestId = await addMentee(t.db, { programId, userId: user.id, municipalityId: laukaa });
      await createPairing(t.db, {
        programId,
        mentorUserId: mentor.id,
        menteeUserId: user.id,
        municipalityId: laukaa,
        mentorProfileId: m,
        menteeRequestId: requestId,
        status,
      });
    };
    await finished(done, 'completed');
    await finished(early, 'ended_early');
    await finished(late, 'expired');
    const view = await run(programId);
    // Aatu is done; Iida and Oona are matched again, but their failed pairs with Eeva are blocked.
    expect(view.menteesConsidered).toBe(2);
    expect(view.suggestions).toEqual([]);
    expect(view.unmatched.map((u) => u.mentee.person.name).sort()).toEqual(['Iida Kesken', 'Oona Myöhässä']);
  });

  it('says why a pin was not kept, and refuses to run a program that is not matching', async () => {
    const programId = await createProgram(t.db, [laukaa], 'matching');
    const [mentor, one, two] = await people(t, ['Kaisa Mentori', 'Olli Aloittelija', 'Pekka Aloittelija']);
    const m = await addMentor(t.db, { programId, userId: mentor.id, municipalityId: laukaa, capacity: 1 });
    const r1 = await addMentee(t.db, { programId, userId: one.id, municipalityId: laukaa });
    const r2 = await addMentee(t.db, { programId, userId: two.id, municipalityId: keuruu, languages: ['en'] });
    const first = await rule(programId, { mentorProfileId: m, menteeRequestId: r1, kind: 'pin' });
    const second = await rule(programId, { mentorProfileId: m, menteeRequestId: r2, kind: 'pin' });
    const view = await run(programId);
    // Pins take capacity in mentee request id order: the pin of the later request is the one left out.
    const [kept, left] = r1 < r2 ? [one, two] : [two, one];
    expect(view.rejectedPins).toEqual([
      {
        ruleId: (left === two ? second : first).body.id,
        mentor: { id: mentor.id, name: 'Kaisa Mentori' },
        mentee: { id: left.id, name: left === two ? 'Pekka Aloittelija' : 'Olli Aloittelija' },
        reason: 'mentor_full',
      },
    ]);
    expect(view.suggestions.map((x) => x.mentee.person.id)).toEqual([kept.id]);
    const none = await createProgram(t.db, [laukaa], 'matching');
    expect((await coordinator.agent.get(`/api/mentoring/programs/${none}/matching-runs/latest`)).status).toBe(404);
    const recruiting = await createProgram(t.db, [laukaa], 'recruiting');
    expect((await coordinator.agent.post(`/api/mentoring/programs/${recruiting}/matching-runs`)).status).toBe(409);
  });

  it('skips at publishing what went stale since the run: a mentor full since, a request paired since', async () => {
    const programId = await createProgram(t.db, [laukaa], 'matching');
    const [mentorA, mentorB, menteeA, menteeB, elsewhere] = await people(t, [
      'Leena Mentori',
      'Niilo Mentori',
      'Oona Aloittelija',
      'Paavo Aloittelija',
      'Riku Aloittelija',
    ]);
    const a = await addMentor(t.db, { programId, userId: mentorA.id, municipalityId: laukaa, capacity: 1 });
    const b = await addMentor(t.db, { programId, userId: mentorB.id, municipalityId: laukaa, capacity: 1 });
    const oona = await addMentee(t.db, { programId, userId: menteeA.id, municipalityId: laukaa });
    const paavo = await addMentee(t.db, { programId, userId: menteeB.id, municipalityId: laukaa });
    await rule(programId, { mentorProfileId: a, menteeRequestId: oona, kind: 'pin' });
    await rule(programId, { mentorProfileId: b, menteeRequestId: paavo, kind: 'pin' });
    const view = await run(programId);
    expect(view.matched).toBe(2);
    // Since the run: Leena took a mentee from elsewhere (full), and Paavo got a proposal from Leena (paired).
    const riku = await addMentee(t.db, { programId, userId: elsewhere.id, municipalityId: laukaa });
    await createPairing(t.db, {
      programId,
      mentorUserId: mentorA.id,
      menteeUserId: elsewhere.id,
      municipalityId: laukaa,
      mentorProfileId: a,
      menteeRequestId: riku,
      status: 'active',
    });
    await t.db.query(`UPDATE mentor_profile SET capacity = 2 WHERE id = $1`, [a]);
    await createPairing(t.db, {
      programId,
      mentorUserId: mentorA.id,
      menteeUserId: menteeB.id,
      municipalityId: laukaa,
      mentorProfileId: a,
      menteeRequestId: paavo,
      status: 'proposed',
    });
    const published = await coordinator.agent.post<PublishRunResult>(`/api/mentoring/matching-runs/${view.id}/publish`);
    expect(published.body).toEqual({ proposed: 0, skipped: 2 });
    const live: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM mentoring_pairing WHERE program_id = $1 AND status IN ('proposed', 'active')`,
      [programId],
    );
    expect(live[0].n).toBe(2);
  });

  it('publishes the latest draft as proposals with mails and notifications, skips what went stale, and rematches only the people left', async () => {
    const programId = await createProgram(t.db, [laukaa], 'matching');
    const [mentorA, mentorB, menteeA, menteeB, menteeC] = await people(t, [
      'Aino Mentori',
      'Eino Mentori',
      'Hilla Aloittelija',
      'Iida Aloittelija',
      'Juho Aloittelija',
    ]);
    const a = await addMentor(t.db, { programId, userId: mentorA.id, municipalityId: laukaa, capacity: 1 });
    const b = await addMentor(t.db, { programId, userId: mentorB.id, municipalityId: laukaa, capacity: 1 });
    const hilla = await addMentee(t.db, { programId, userId: menteeA.id, municipalityId: laukaa });
    await addMentee(t.db, { programId, userId: menteeB.id, municipalityId: laukaa });
    const juho = await addMentee(t.db, { programId, userId: menteeC.id, municipalityId: laukaa });
    const pins = [
      (await rule(programId, { mentorProfileId: a, menteeRequestId: hilla, kind: 'pin' })).body,
      (await rule(programId, { mentorProfileId: b, menteeRequestId: juho, kind: 'pin' })).body,
    ];
    const view = await run(programId);
    expect(pairs(view)).toEqual(['Aino Mentori–Hilla Aloittelija (pinned)', 'Eino Mentori–Juho Aloittelija (pinned)']);
    expect(view.unmatched.map((u) => [u.mentee.person.name, u.reason])).toEqual([['Iida Aloittelija', 'mentors_full']]);
    // Juho withdraws after the run: his suggestion is skipped, the other published.
    await t.db.query(`UPDATE mentee_request SET status = 'withdrawn' WHERE id = $1`, [juho]);
    const published = await coordinator.agent.post<PublishRunResult>(`/api/mentoring/matching-runs/${view.id}/publish`);
    expect(published.status).toBe(200);
    expect(published.body).toEqual({ proposed: 1, skipped: 1 });
    expect((await coordinator.agent.post(`/api/mentoring/matching-runs/${view.id}/publish`)).status).toBe(409);

    const rows: {
      id: string;
      mentor_user_id: string;
      mentee_user_id: string;
      status: string;
      score: number;
      explanation: { fi: string };
    }[] = await t.db.query(
      `SELECT id, mentor_user_id, mentee_user_id, status, score, explanation FROM mentoring_pairing
          WHERE program_id = $1 ORDER BY id`,
      [programId],
    );
    expect(rows.length).toBe(published.body.proposed);
    for (const row of rows) {
      expect(row.status).toBe('proposed');
      const suggestion = view.suggestions.find((s) => s.mentor.person.id === row.mentor_user_id);
      expect(row.score).toBe(suggestion?.score);
      expect(row.explanation.fi).toBe(suggestion?.explanation.fi);
      for (const userId of [row.mentor_user_id, row.mentee_user_id]) {
        const mails = (await mailsFor(t.db, userId)).filter((m) => m.template === 'mentoring_proposal');
        expect(mails).toHaveLength(1);
        expect(mails[0].params['link']).toMatch(new RegExp(`/mentoring/pairings/${row.id}$`));
        expect(mails[0].params['programName']).toBe('Kevään vertaismentorointi');
        const notes = await notificationsOf(t.db, userId, 'mentoring.proposal');
        expect(notes).toEqual([
          {
            params: { programName: 'Kevään vertaismentorointi', otherName: expect.any(String) },
            link: `/mentoring/pairings/${row.id}`,
          },
        ]);
      }
    }
    const run2 = await coordinator.agent.get<MatchingRunView>(`/api/mentoring/matching-runs/${view.id}`);
    expect(run2.body).toMatchObject({ status: 'published', publishedAt: expect.any(String) });

    // Hilla declines Aino: with the pins gone, a new run considers just the people left (both mentors, Hilla and
    // Iida; Juho withdrew) and never proposes Aino to Hilla again.
    const [proposal] = rows;
    await t.db.query(`UPDATE mentoring_pairing SET status = 'declined', mentee_answer = 'declined' WHERE id = $1`, [
      proposal.id,
    ]);
    for (const pin of pins) await coordinator.agent.delete(`/api/mentoring/programs/${programId}/pair-rules/${pin.id}`);
    const rematch = await run(programId);
    expect(rematch).toMatchObject({ mentorsConsidered: 2, menteesConsidered: 2, matched: 2 });
    expect(pairs(rematch)).toEqual(['Eino Mentori–Hilla Aloittelija', 'Aino Mentori–Iida Aloittelija']);
  });
});
