import type { ApiErrorBody, MenteeRequest } from '@kotopaikka/contracts';

import { fieldsOf, signedIn } from '../../accounts/users/people.test-support';
import { createOrganisation, municipalityId } from '../../testing/fixtures';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { mentorBody } from '../profiles/mentor-profiles.test-support';
import { createProgram } from '../programs/mentoring-programs.test-support';
import { menteeBody } from './mentee-requests.test-support';

type Person = { agent: TestAgent; id: string };

describe('mentee requests', () => {
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

  async function ask(person: Person, programId: string, body = menteeBody(laukaa)): Promise<MenteeRequest> {
    const res = await person.agent.post<MenteeRequest>(`/api/mentoring/programs/${programId}/mentee-request`, body);
    if (res.status !== 201) throw new Error(`request answered ${res.status}: ${res.text}`);
    return res.body;
  }

  it('takes a request with the person’s organisation; a mentee sees only their own, coordinators all of the program’s', async () => {
    const program = await createProgram(t.db, [laukaa]);
    const first = await signedIn(t, { role: 'member', municipality: 'Laukaa', organisationId });
    const second = await signedIn(t, { role: 'member', municipality: 'Laukaa' });
    const a = await ask(first, program);
    expect(a).toMatchObject({
      programId: program,
      person: { id: first.id },
      goals: 'Haluan oppia perehdyttämään uudet työntekijät selkokielellä.',
      expertise: ['workplace_induction', 'language_aware_communication'],
      meetingMode: 'either',
      municipality: { id: laukaa },
      organisation: { id: organisationId },
      status: 'open',
    });
    const b = await ask(second, program, menteeBody(laukaa, { meetingMode: 'online' }));
    expect((await first.agent.get<MenteeRequest>(`/api/mentoring/programs/${program}/mentee-request`)).body.id).toBe(
      a.id,
    );
    expect((await second.agent.get<MenteeRequest>(`/api/mentoring/programs/${program}/mentee-request`)).body.id).toBe(
      b.id,
    );
    expect((await first.agent.get(`/api/mentoring/programs/${program}/mentee-requests`)).status).toBe(403);
    const all = await coordinator.agent.get<MenteeRequest[]>(`/api/mentoring/programs/${program}/mentee-requests`);
    expect(all.body.map((r) => r.id)).toEqual([a.id, b.id]);
    expect((await keuruuCoordinator.agent.get(`/api/mentoring/programs/${program}/mentee-requests`)).status).toBe(404);
    // Another mentee's request is not there to withdraw.
    expect((await second.agent.post(`/api/mentoring/mentee-requests/${a.id}/withdraw`)).status).toBe(404);
    expect((await coordinator.agent.post(`/api/mentoring/mentee-requests/${a.id}/withdraw`)).status).toBe(404);
  });

  it('withdraws, refuses a second withdrawal or a second open request with 409, and takes a new request after', async () => {
    const program = await createProgram(t.db, [laukaa]);
    const person = await signedIn(t, { role: 'member', municipality: 'Laukaa' });
    const request = await ask(person, program);
    expect(
      (await person.agent.post(`/api/mentoring/programs/${program}/mentee-request`, menteeBody(laukaa))).status,
    ).toBe(409);
    const withdrawn = await person.agent.post<MenteeRequest>(`/api/mentoring/mentee-requests/${request.id}/withdraw`);
    expect(withdrawn.body.status).toBe('withdrawn');
    expect((await person.agent.post(`/api/mentoring/mentee-requests/${request.id}/withdraw`)).status).toBe(409);
    const again = await ask(person, program, menteeBody(laukaa, { goals: 'Uudet tavoitteet' }));
    expect(again).toMatchObject({ id: request.id, status: 'open', goals: 'Uudet tavoitteet' });
  });

  it('never lets one person be mentor and mentee in one program (409 either way), but in different programs', async () => {
    const program = await createProgram(t.db, [laukaa]);
    const other = await createProgram(t.db, [laukaa]);
    const person = await signedIn(t, { role: 'member', municipality: 'Laukaa' });
    await ask(person, program);
    const offer = await person.agent.post<ApiErrorBody>(
      `/api/mentoring/programs/${program}/mentor-profile`,
      mentorBody(laukaa),
    );
    expect(offer.status).toBe(409);
    expect(offer.body.code).toBe('conflict');
    expect(
      (await person.agent.post(`/api/mentoring/programs/${other}/mentor-profile`, mentorBody(laukaa))).status,
    ).toBe(201);
    const mentee = await person.agent.post(`/api/mentoring/programs/${other}/mentee-request`, menteeBody(laukaa));
    expect(mentee.status).toBe(409);
    const rows: { n: number }[] = await t.db.query(
      `SELECT (SELECT count(*) FROM mentee_request WHERE program_id = $1)::int
            + (SELECT count(*) FROM mentor_profile WHERE program_id = $2)::int AS n`,
      [other, program],
    );
    expect(rows[0].n).toBe(0);
  });

  it('lets only one of an offer and a request sent at once through (the program row serialises them)', async () => {
    const program = await createProgram(t.db, [laukaa]);
    const person = await signedIn(t, { role: 'member', municipality: 'Laukaa' });
    const [offer, request] = await Promise.all([
      person.agent.post(`/api/mentoring/programs/${program}/mentor-profile`, mentorBody(laukaa)),
      person.agent.post(`/api/mentoring/programs/${program}/mentee-request`, menteeBody(laukaa)),
    ]);
    expect([offer.status, request.status].sort()).toEqual([201, 409]);
    const rows: { n: number }[] = await t.db.query(
      `SELECT (SELECT count(*) FROM mentee_request WHERE program_id = $1)::int
            + (SELECT count(*) FROM mentor_profile WHERE program_id = $1)::int AS n`,
      [program],
    );
    expect(rows[0].n).toBe(1);
  });

  it('asks only in a recruiting program one may see', async () => {
    const person = await signedIn(t, { role: 'member', municipality: 'Laukaa' });
    const matching = await createProgram(t.db, [laukaa], 'matching');
    expect(
      (await person.agent.post(`/api/mentoring/programs/${matching}/mentee-request`, menteeBody(laukaa))).status,
    ).toBe(409);
    const draft = await createProgram(t.db, [laukaa], 'draft');
    expect(
      (await person.agent.post(`/api/mentoring/programs/${draft}/mentee-request`, menteeBody(laukaa))).status,
    ).toBe(404);
    const elsewhere = await createProgram(t.db, [keuruu]);
    expect(
      (await person.agent.post(`/api/mentoring/programs/${elsewhere}/mentee-request`, menteeBody(keuruu))).status,
    ).toBe(404);
  });

  it('refuses bad input with 400 naming the field, and writes nothing', async () => {
    const program = await createProgram(t.db, [laukaa]);
    const person = await signedIn(t, { role: 'member', municipality: 'Laukaa' });
    const bad: [string, Record<string, unknown>, string][] = [
      ['blank goals', { goals: '  ' }, 'goals'],
      ['NUL in the goals', { goals: 'Tavoite\u0000' }, 'goals'],
      ['lone surrogate in the goals', { goals: 'Tavoite \ud83d' }, 'goals'],
      ['unknown expertise', { expertise: ['juggling'] }, 'expertise'],
      ['unknown sector', { sectors: ['mining'] }, 'sectors'],
      ['no language', { languages: [] }, 'languages'],
      ['unknown slot', { availability: ['mon-noon'] }, 'availability'],
      ['meeting mode as a list', { meetingMode: ['online'] }, 'meetingMode'],
      ['unknown meeting mode', { meetingMode: 'phone' }, 'meetingMode'],
      ['municipality outside the program', { municipalityId: keuruu }, 'municipalityId'],
      ['unknown field', { status: 'open' }, 'status'],
    ];
    const wrong: string[] = [];
    for (const [what, override, field] of bad) {
      const res = await person.agent.post<ApiErrorBody>(`/api/mentoring/programs/${program}/mentee-request`, {
        ...menteeBody(laukaa),
        ...override,
      });
      const fields = res.status === 400 ? fieldsOf(res.body) : [];
      if (res.status !== 400 || !fields.includes(field)) wrong.push(`${what}: ${res.status} ${fields.join(',')}`);
    }
    expect(wrong).toEqual([]);
    const rows: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM mentee_request WHERE program_id = $1`,
      [program],
    );
    expect(rows[0].n).toBe(0);
  });
});
