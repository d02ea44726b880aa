import type { PairingSummary } from '@kotopaikka/contracts';

import { fieldsOf, mailsFor, signedIn } from '../../accounts/users/people.test-support';
import { municipalityId } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { addMentor, notificationsOf, people, type Person } from '../matching/matching.test-support';
import { createPairing } from '../pairings/pairings.test-support';
import { createProgram } from '../programs/mentoring-programs.test-support';
import { ProposalDeadlines } from './proposal-deadlines.service';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('answers to proposals and their deadlines', () => {
  let t: TestApp;
  let laukaa: string;
  let coordinator: Person;
  let programId: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    laukaa = await municipalityId(t.db, 'Laukaa');
    coordinator = await signedIn(t, { role: 'coordinator', municipality: 'Laukaa', managedMunicipalities: ['Laukaa'] });
    programId = await createProgram(t.db, [laukaa], 'running');
  });

  afterAll(async () => {
    await t.close();
  });

  async function proposal(
    names: [string, string],
    capacity = 1,
  ): Promise<{ mentor: Person; mentee: Person; pairingId: string; profileId: string }> {
    const [mentor, mentee] = await people(t, names);
    const profileId = await addMentor(t.db, { programId, userId: mentor.id, municipalityId: laukaa, capacity });
    const { pairingId } = await createPairing(t.db, {
      programId,
      mentorUserId: mentor.id,
      menteeUserId: mentee.id,
      municipalityId: laukaa,
      mentorProfileId: profileId,
      status: 'proposed',
    });
    return { mentor, mentee, pairingId, profileId };
  }

  const answer = (p: Person, pairingId: string, body: object) =>
    p.agent.post<PairingSummary>(`/api/mentoring/pairings/${pairingId}/answer`, body);
  const statusOf = async (pairingId: string): Promise<string> =>
    ((await t.db.query(`SELECT status FROM mentoring_pairing WHERE id = $1`, [pairingId])) as { status: string }[])[0]
      .status;

  it('becomes active when both accept, notifies both, and refuses a second answer and an overseer’s', async () => {
    const { mentor, mentee, pairingId } = await proposal(['Aila Mentori', 'Bruno Aloittelija']);
    const first = await answer(mentor, pairingId, { answer: 'accept' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'proposed', mySide: 'mentor', mentor: { answer: 'accepted' } });
    expect((await answer(mentor, pairingId, { answer: 'accept' })).status).toBe(409);
    expect((await answer(coordinator, pairingId, { answer: 'accept' })).status).toBe(403);
    const stranger = (await people(t, ['Outo Ihminen']))[0];
    expect((await answer(stranger, pairingId, { answer: 'accept' })).status).toBe(404);

    const second = await answer(mentee, pairingId, { answer: 'accept' });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ status: 'active', mySide: 'mentee', startedAt: expect.any(String) });
    for (const p of [mentor, mentee])
      expect(await notificationsOf(t.db, p.id, 'mentoring.pairing_active')).toEqual([
        {
          params: expect.objectContaining({ programName: 'Kevään vertaismentorointi' }),
          link: `/mentoring/pairings/${pairingId}`,
        },
      ]);
    expect((await answer(mentee, pairingId, { answer: 'accept' })).status).toBe(409);

    const mine = await mentee.agent.get<PairingSummary[]>('/api/mentoring/pairings/mine');
    expect(mine.body.map((s) => [s.id, s.status, s.mySide])).toEqual([[pairingId, 'active', 'mentee']]);
    const listed = await coordinator.agent.get<PairingSummary[]>(`/api/mentoring/programs/${programId}/pairings`);
    expect(listed.body.find((s) => s.id === pairingId)).toMatchObject({ mySide: null, status: 'active' });
    expect((await mentee.agent.get(`/api/mentoring/programs/${programId}/pairings`)).status).toBe(403);
  });

  it('on a decline frees the capacity, keeps the reason and tells the other side; accepting after it is 409', async () => {
    const { mentor, mentee, pairingId } = await proposal(['Cecilia Mentori', 'Daniel Aloittelija']);
    const declined = await answer(mentee, pairingId, { answer: 'decline', reason: '  Aikataulut eivät sovi.  ' });
    expect(declined.status).toBe(200);
    expect(declined.body.status).toBe('declined');
    const [row]: { decline_reason: string; mentee_answer: string }[] = await t.db.query(
      `SELECT decline_reason, mentee_answer FROM mentoring_pairing WHERE id = $1`,
      [pairingId],
    );
    expect(row).toEqual({ decline_reason: 'Aikataulut eivät sovi.', mentee_answer: 'declined' });
    expect(await notificationsOf(t.db, mentor.id, 'mentoring.proposal_declined')).toHaveLength(1);
    expect(await notificationsOf(t.db, mentee.id, 'mentoring.proposal_declined')).toHaveLength(0);
    expect((await answer(mentor, pairingId, { answer: 'accept' })).status).toBe(409);
  });

  it('refuses bad answers with 400 naming the field', async () => {
    const { mentee, pairingId } = await proposal(['Eeva Mentori', 'Fredrik Aloittelija']);
    const wrong = await answer(mentee, pairingId, { answer: 'maybe' });
    expect(wrong.status).toBe(400);
    expect(fieldsOf(wrong.body)).toEqual(['answer']);
    const nul = await answer(mentee, pairingId, { answer: 'decline', reason: 'a\u0000b' });
    expect(nul.status).toBe(400);
    expect(fieldsOf(nul.body)).toEqual(['reason']);
    const huge = await answer(mentee, pairingId, { answer: 'decline', reason: 'x'.repeat(1001) });
    expect(fieldsOf(huge.body)).toEqual(['reason']);
    const notUuid = await mentee.agent.post('/api/mentoring/pairings/nope/answer', { answer: 'accept' });
    expect(notUuid.status).toBe(400);
    expect(fieldsOf(notUuid.body)).toEqual(['id']);
    expect(await statusOf(pairingId)).toBe('proposed');
  });

  it('keeps a mentor within capacity: the second mentee’s accept on a full mentor is 409 mentor_full', async () => {
    const first = await proposal(['Gunnar Mentori', 'Helmi Aloittelija']);
    const [otherMentee] = await people(t, ['Ilmari Aloittelija']);
    const { pairingId: secondId } = await createPairing(t.db, {
      programId,
      mentorUserId: first.mentor.id,
      menteeUserId: otherMentee.id,
      municipalityId: laukaa,
      mentorProfileId: first.profileId,
      status: 'proposed',
    });
    await t.db.query(`UPDATE mentoring_pairing SET mentor_answer = 'accepted' WHERE id = ANY($1)`, [
      [first.pairingId, secondId],
    ]);
    expect((await answer(first.mentee, first.pairingId, { answer: 'accept' })).status).toBe(200);
    const full = await answer(otherMentee, secondId, { answer: 'accept' });
    expect(full.status).toBe(409);
    expect(full.body).toMatchObject({ code: 'mentor_full' });
    expect(await statusOf(secondId)).toBe('proposed');
  });

  it('keeps the mentor role of a mentor who withdraws while mentoring an active pairing', async () => {
    const { mentor, mentee, pairingId, profileId } = await proposal(['Jaana Mentori', 'Kalle Aloittelija']);
    await t.db.query(`UPDATE app_user SET role = 'mentor' WHERE id = $1`, [mentor.id]);
    await answer(mentor, pairingId, { answer: 'accept' });
    expect((await answer(mentee, pairingId, { answer: 'accept' })).body.status).toBe('active');
    expect((await mentor.agent.post(`/api/mentoring/mentor-profiles/${profileId}/withdraw`)).status).toBe(200);
    const [{ role }]: { role: string }[] = await t.db.query(`SELECT role FROM app_user WHERE id = $1`, [mentor.id]);
    expect(role).toBe('mentor');
  });

  it('reminds once at 7 days whoever has not answered, and expires at 14 days with both told; answering then is 409', async () => {
    const deadlines = t.app.get(ProposalDeadlines);
    const { mentor, mentee, pairingId } = await proposal(['Liisa Mentori', 'Mikko Aloittelija']);
    await answer(mentor, pairingId, { answer: 'accept' });
    const proposedAt = new Date(
      (
        (await t.db.query(`SELECT proposed_at FROM mentoring_pairing WHERE id = $1`, [pairingId])) as {
          proposed_at: Date;
        }[]
      )[0].proposed_at,
    );
    const at = (days: number) => new Date(proposedAt.getTime() + days * DAY_MS + 1000);

    expect((await deadlines.sweep(at(6))).reminded).toBe(0);
    // Every open proposal of this file is due by then; two sweeps at once remind each exactly once.
    const [{ open }]: { open: number }[] = await t.db.query(
      `SELECT count(*)::int AS open FROM mentoring_pairing WHERE status = 'proposed'`,
    );
    const [one, two] = await Promise.all([deadlines.sweep(at(8)), deadlines.sweep(at(8))]);
    expect(one.reminded + two.reminded).toBe(open);
    expect((await deadlines.sweep(at(9))).reminded).toBe(0);
    const reminders = (id: string) =>
      mailsFor(t.db, id).then((mails) => mails.filter((m) => m.template === 'mentoring_proposal_reminder'));
    expect(await reminders(mentee.id)).toHaveLength(1);
    expect((await reminders(mentee.id))[0].params['otherName']).toBe('Liisa Mentori');
    expect(await reminders(mentor.id)).toHaveLength(0);
    expect(await notificationsOf(t.db, mentee.id, 'mentoring.proposal_reminder')).toHaveLength(1);
    expect(await notificationsOf(t.db, mentor.id, 'mentoring.proposal_reminder')).toHaveLength(0);
    expect(await statusOf(pairingId)).toBe('proposed');

    const [e1, e2] = await Promise.all([deadlines.sweep(at(15)), deadlines.sweep(at(15))]);
    expect(e1.expired + e2.expired).toBe(open);
    expect(await statusOf(pairingId)).toBe('expired');
    for (const p of [mentor, mentee])
      expect(await notificationsOf(t.db, p.id, 'mentoring.proposal_expired')).toHaveLength(1);
    expect((await answer(mentee, pairingId, { answer: 'accept' })).status).toBe(409);
  });
});
