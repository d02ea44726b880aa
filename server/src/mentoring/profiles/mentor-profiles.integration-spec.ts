import type { ApiErrorBody, MentorProfile } from '@kotopaikka/contracts';

import { fieldsOf, signedIn } from '../../accounts/users/people.test-support';
import { createOrganisation, municipalityId } from '../../testing/fixtures';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { createProgram } from '../programs/mentoring-programs.test-support';
import { mentorBody } from './mentor-profiles.test-support';

type Person = { agent: TestAgent; id: string };

describe('mentor profiles', () => {
  let t: TestApp;
  let laukaa: string;
  let keuruu: string;
  let coordinator: Person;
  let keuruuCoordinator: Person;
  let organisationId: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    laukaa = await municipalityId(t.db, 'Laukaa');
    keuruu = await municipalityId(t.db, 'Keuruu');
    organisationId = await createOrganisation(t.db, 'Laukaan Leipomo Oy', 'Laukaa');
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

  const roleOf = async (id: string): Promise<string> =>
    ((await t.db.query(`SELECT role FROM app_user WHERE id = $1`, [id])) as { role: string }[])[0].role;

  async function optIn(person: Person, programId: string, body = mentorBody(laukaa)): Promise<MentorProfile> {
    const res = await person.agent.post<MentorProfile>(`/api/mentoring/programs/${programId}/mentor-profile`, body);
    if (res.status !== 201) throw new Error(`opt-in answered ${res.status}: ${res.text}`);
    return res.body;
  }

  it('takes an offer as pending with the person’s organisation, shows it to coordinators, and approval makes a member a mentor', async () => {
    const program = await createProgram(t.db, [laukaa]);
    const employer = await signedIn(t, { role: 'member', municipality: 'Laukaa', organisationId });
    const profile = await optIn(employer, program);
    expect(profile).toMatchObject({
      programId: program,
      person: { id: employer.id },
      expertise: ['recruiting_immigrants', 'workplace_induction'],
      languages: ['fi', 'en'],
      municipality: { id: laukaa, name: 'Laukaa' },
      organisation: { id: organisationId, name: 'Laukaan Leipomo Oy' },
      capacity: 2,
      meetingModes: ['in_person', 'online'],
      bioLocale: 'fi',
      status: 'pending',
    });
    const mine = await employer.agent.get<MentorProfile>(`/api/mentoring/programs/${program}/mentor-profile`);
    expect(mine.body.id).toBe(profile.id);
    const listed = await coordinator.agent.get<MentorProfile[]>(`/api/mentoring/programs/${program}/mentor-profiles`);
    expect(listed.body.map((p) => p.id)).toEqual([profile.id]);
    expect((await keuruuCoordinator.agent.get(`/api/mentoring/programs/${program}/mentor-profiles`)).status).toBe(404);

    expect(await roleOf(employer.id)).toBe('member');
    const approved = await coordinator.agent.post<MentorProfile>(
      `/api/mentoring/mentor-profiles/${profile.id}/approve`,
    );
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    expect(await roleOf(employer.id)).toBe('mentor');
    // The person's own session sees the new role at once (the session cache forgot them).
    const me = await employer.agent.get<{ role: string }>('/api/auth/me');
    expect(me.body.role).toBe('mentor');
    const audit: { action: string; details: { roleGranted: boolean } }[] = await t.db.query(
      `SELECT action, details FROM audit_entry WHERE entity_id = $1`,
      [profile.id],
    );
    expect(audit).toEqual([
      { action: 'mentor_profile.approve', details: expect.objectContaining({ roleGranted: true }) },
    ]);
    expect(
      (await coordinator.agent.post<ApiErrorBody>(`/api/mentoring/mentor-profiles/${profile.id}/approve`)).status,
    ).toBe(409);
    expect((await coordinator.agent.post(`/api/mentoring/mentor-profiles/${profile.id}/decline`)).status).toBe(409);
  });

  it('removes the mentor role with the last approved profile only, and lets one who withdrew offer again', async () => {
    const first = await createProgram(t.db, [laukaa]);
    const second = await createProgram(t.db, [laukaa]);
    const person = await signedIn(t, { role: 'member', municipality: 'Laukaa' });
    const a = await optIn(person, first);
    const b = await optIn(person, second);
    for (const p of [a, b]) await coordinator.agent.post(`/api/mentoring/mentor-profiles/${p.id}/approve`);
    expect(await roleOf(person.id)).toBe('mentor');

    expect(
      (await person.agent.post<MentorProfile>(`/api/mentoring/mentor-profiles/${a.id}/withdraw`)).body.status,
    ).toBe('withdrawn');
    expect(await roleOf(person.id)).toBe('mentor');
    expect((await person.agent.post(`/api/mentoring/mentor-profiles/${a.id}/withdraw`)).status).toBe(409);
    await person.agent.post(`/api/mentoring/mentor-profiles/${b.id}/withdraw`);
    expect(await roleOf(person.id)).toBe('member');

    const again = await optIn(person, first, mentorBody(laukaa, { capacity: 4 }));
    expect(again).toMatchObject({ id: a.id, status: 'pending', capacity: 4 });
    expect(
      (await person.agent.post(`/api/mentoring/programs/${first}/mentor-profile`, mentorBody(laukaa))).status,
    ).toBe(409);
  });

  it('keeps a coordinator’s role on approval, and only the person withdraws (404 for others)', async () => {
    const program = await createProgram(t.db, [laukaa]);
    const mentoringCoordinator = await signedIn(t, {
      role: 'coordinator',
      municipality: 'Laukaa',
      managedMunicipalities: ['Laukaa'],
    });
    const profile = await optIn(mentoringCoordinator, program);
    await coordinator.agent.post(`/api/mentoring/mentor-profiles/${profile.id}/approve`);
    expect(await roleOf(mentoringCoordinator.id)).toBe('coordinator');
    expect((await coordinator.agent.post(`/api/mentoring/mentor-profiles/${profile.id}/withdraw`)).status).toBe(404);
    await mentoringCoordinator.agent.post(`/api/mentoring/mentor-profiles/${profile.id}/withdraw`);
    expect(await roleOf(mentoringCoordinator.id)).toBe('coordinator');
  });

  it('decides only as a manager of every municipality of the program, and only while it recruits or matches', async () => {
    const regional = await createProgram(t.db, [laukaa, keuruu]);
    const person = await signedIn(t, { role: 'member', municipality: 'Keuruu' });
    const profile = await optIn(person, regional, mentorBody(keuruu));
    expect((await coordinator.agent.post(`/api/mentoring/mentor-profiles/${profile.id}/approve`)).status).toBe(403);
    expect((await coordinator.agent.get(`/api/mentoring/programs/${regional}/mentor-profiles`)).status).toBe(403);
    const declined = await signedIn(t, { role: 'admin', municipality: 'Laukaa' });
    expect(
      (await declined.agent.post<MentorProfile>(`/api/mentoring/mentor-profiles/${profile.id}/decline`)).body.status,
    ).toBe('declined');
    expect(await roleOf(person.id)).toBe('member');
    // A declined offer is decided: it is not made again, nor withdrawn.
    expect(
      (await person.agent.post(`/api/mentoring/programs/${regional}/mentor-profile`, mentorBody(keuruu))).status,
    ).toBe(409);
    expect((await person.agent.post(`/api/mentoring/mentor-profiles/${profile.id}/withdraw`)).status).toBe(409);

    const running = await createProgram(t.db, [laukaa], 'running');
    const late = await signedIn(t, { role: 'member', municipality: 'Laukaa' });
    expect(
      (await late.agent.post(`/api/mentoring/programs/${running}/mentor-profile`, mentorBody(laukaa))).status,
    ).toBe(409);
    const draft = await createProgram(t.db, [laukaa], 'draft');
    expect((await late.agent.post(`/api/mentoring/programs/${draft}/mentor-profile`, mentorBody(laukaa))).status).toBe(
      404,
    );
  });

  it('refuses bad input with 400 naming the field, and writes nothing', async () => {
    const program = await createProgram(t.db, [laukaa]);
    const person = await signedIn(t, { role: 'member', municipality: 'Laukaa' });
    const bad: [string, Record<string, unknown>, string][] = [
      ['unknown expertise', { expertise: ['juggling'] }, 'expertise'],
      ['no expertise', { expertise: [] }, 'expertise'],
      ['unknown sector', { sectors: ['mining'] }, 'sectors'],
      ['unknown language', { languages: ['xx'] }, 'languages'],
      ['repeated language', { languages: ['fi', 'fi'] }, 'languages'],
      ['unknown slot', { availability: ['mon-night'] }, 'availability'],
      ['unknown mode', { meetingModes: ['phone'] }, 'meetingModes'],
      ['capacity 0', { capacity: 0 }, 'capacity'],
      ['capacity 11', { capacity: 11 }, 'capacity'],
      ['municipality outside the program', { municipalityId: keuruu }, 'municipalityId'],
      ['NUL in the bio', { bio: 'Hei\u0000' }, 'bio'],
      ['lone surrogate in the bio', { bio: 'Hei \udc00' }, 'bio'],
      ['bio in Swedish', { bioLocale: 'sv' }, 'bioLocale'],
      ['an organisation of one’s choosing', { organisationId }, 'organisationId'],
    ];
    const wrong: string[] = [];
    for (const [what, override, field] of bad) {
      const res = await person.agent.post<ApiErrorBody>(`/api/mentoring/programs/${program}/mentor-profile`, {
        ...mentorBody(laukaa),
        ...override,
      });
      const fields = res.status === 400 ? fieldsOf(res.body) : [];
      if (res.status !== 400 || !fields.includes(field)) wrong.push(`${what}: ${res.status} ${fields.join(',')}`);
    }
    expect(wrong).toEqual([]);
    const rows: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM mentor_profile WHERE program_id = $1`,
      [program],
    );
    expect(rows[0].n).toBe(0);
  });
});
