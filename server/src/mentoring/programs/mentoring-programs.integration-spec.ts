import type { ApiErrorBody, MentoringProgram } from '@kotopaikka/contracts';

import { fieldsOf, signedIn } from '../../accounts/users/people.test-support';
import { municipalityId } from '../../testing/fixtures';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { menteeBody } from '../requests/mentee-requests.test-support';
import { createProgram, programBody } from './mentoring-programs.test-support';

describe('mentoring programs', () => {
  let t: TestApp;
  let laukaa: string;
  let keuruu: string;
  let admin: { agent: TestAgent; id: string };
  let coordinator: { agent: TestAgent; id: string };
  let keuruuCoordinator: { agent: TestAgent; id: string };
  let member: { agent: TestAgent; id: string };
  let keuruuMember: { agent: TestAgent; id: string };

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    laukaa = await municipalityId(t.db, 'Laukaa');
    keuruu = await municipalityId(t.db, 'Keuruu');
    admin = await signedIn(t, { role: 'admin', municipality: 'Laukaa' });
    coordinator = await signedIn(t, { role: 'coordinator', municipality: 'Laukaa', managedMunicipalities: ['Laukaa'] });
    keuruuCoordinator = await signedIn(t, {
      role: 'coordinator',
      municipality: 'Keuruu',
      managedMunicipalities: ['Keuruu'],
    });
    member = await signedIn(t, { role: 'member', municipality: 'Laukaa' });
    keuruuMember = await signedIn(t, { role: 'member', municipality: 'Keuruu' });
  });

  afterAll(async () => {
    await t.close();
  });

  async function create(agent: TestAgent, body = programBody([laukaa])): Promise<MentoringProgram> {
    const res = await agent.post<MentoringProgram>('/api/mentoring/programs', body);
    if (res.status !== 201) throw new Error(`create answered ${res.status}: ${res.text}`);
    return res.body;
  }

  it('creates a draft program with its settings, municipalities and an audit entry', async () => {
    const created = await create(coordinator.agent);
    expect(created).toMatchObject({
      name: 'Kevään vertaismentorointi',
      description: { fi: 'Työnantajat mentoroivat toisiaan.', en: 'Employers mentor each other.' },
      municipalities: [{ id: laukaa, name: 'Laukaa' }],
      startsOn: '2027-02-01',
      endsOn: '2027-06-30',
      matching: {
        weights: { expertise: 40, sector: 20, language: 30, municipality: 10, availability: 20, mode: 10 },
        minimumScore: 20,
        sameMunicipality: false,
        excludeSameOrganisation: true,
      },
      status: 'draft',
      mayManage: true,
    });
    const audit: { action: string; actor_id: string }[] = await t.db.query(
      `SELECT action, actor_id FROM audit_entry WHERE entity_id = $1`,
      [created.id],
    );
    expect(audit).toEqual([{ action: 'mentoring_program.create', actor_id: coordinator.id }]);
  });

  it('lets a coordinator run programs only where they manage every municipality; admins anywhere', async () => {
    const regional = programBody([laukaa, keuruu]);
    const refused = await coordinator.agent.post<ApiErrorBody>('/api/mentoring/programs', regional);
    expect(refused.status).toBe(403);
    const made = await create(admin.agent, regional);
    expect(made.mayManage).toBe(true);

    // The Laukaa coordinator sees the regional program (it touches Laukaa) but may not change it.
    const seen = await coordinator.agent.get<MentoringProgram>(`/api/mentoring/programs/${made.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.mayManage).toBe(false);
    expect((await coordinator.agent.patch(`/api/mentoring/programs/${made.id}`, { name: 'Oma' })).status).toBe(403);
    expect(
      (await coordinator.agent.post(`/api/mentoring/programs/${made.id}/status`, { status: 'recruiting' })).status,
    ).toBe(403);
    expect((await member.agent.post('/api/mentoring/programs', programBody([laukaa]))).status).toBe(403);

    // A Keuruu coordinator may not move a Laukaa program into Keuruu's hands, nor a Laukaa one into Keuruu.
    const laukaaOnly = await create(coordinator.agent);
    expect(
      (await coordinator.agent.patch(`/api/mentoring/programs/${laukaaOnly.id}`, { municipalityIds: [keuruu] })).status,
    ).toBe(403);
    expect((await keuruuCoordinator.agent.get(`/api/mentoring/programs/${laukaaOnly.id}`)).status).toBe(404);
  });

  it('moves forward one step at a time, audits each step, and refuses any other move with 409', async () => {
    const program = await create(coordinator.agent);
    const url = `/api/mentoring/programs/${program.id}/status`;
    expect((await coordinator.agent.post<ApiErrorBody>(url, { status: 'matching' })).status).toBe(409);
    for (const status of ['recruiting', 'matching', 'running', 'closed'] as const) {
      const res = await coordinator.agent.post<MentoringProgram>(url, { status });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe(status);
    }
    const back = await coordinator.agent.post<ApiErrorBody>(url, { status: 'running' });
    expect(back.status).toBe(409);
    expect(back.body.code).toBe('conflict');
    expect((await coordinator.agent.post(url, { status: 'closed' })).status).toBe(409);
    expect((await coordinator.agent.patch(`/api/mentoring/programs/${program.id}`, { name: 'Uusi' })).status).toBe(409);
    const steps: { details: { from: string; to: string } }[] = await t.db.query(
      `SELECT details FROM audit_entry WHERE entity_id = $1 AND action = 'mentoring_program.transition' ORDER BY created_at`,
      [program.id],
    );
    expect(steps.map((s) => `${s.details.from}→${s.details.to}`)).toEqual([
      'draft→recruiting',
      'recruiting→matching',
      'matching→running',
      'running→closed',
    ]);
    expect((await coordinator.agent.post<ApiErrorBody>(url, { status: 'archived' })).status).toBe(400);
  });

  it('edits fields, keeps the period ordered against the stored dates, and replaces the municipalities', async () => {
    const program = await create(admin.agent);
    const url = `/api/mentoring/programs/${program.id}`;
    const edited = await admin.agent.patch<MentoringProgram>(url, {
      name: 'Syksyn ohjelma',
      municipalityIds: [laukaa, keuruu],
      matching: { ...program.matching, minimumScore: 50, sameMunicipality: true },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      name: 'Syksyn ohjelma',
      matching: { minimumScore: 50, sameMunicipality: true },
      startsOn: '2027-02-01',
    });
    expect(edited.body.municipalities.map((m) => m.id).sort()).toEqual([laukaa, keuruu].sort());
    const audit: { details: { fields: string[] } }[] = await t.db.query(
      `SELECT details FROM audit_entry WHERE entity_id = $1 AND action = 'mentoring_program.update'`,
      [program.id],
    );
    expect(audit.map((a) => a.details.fields.sort())).toEqual([['matching', 'municipalityIds', 'name']]);
    const before = await admin.agent.patch<ApiErrorBody>(url, { endsOn: '2027-01-31' });
    expect(before.status).toBe(400);
    expect(fieldsOf(before.body)).toEqual(['endsOn']);
  });

  it('keeps a municipality in a program while people of it are signed up there (409)', async () => {
    const program = await create(admin.agent, programBody([laukaa, keuruu]));
    await admin.agent.post(`/api/mentoring/programs/${program.id}/status`, { status: 'recruiting' });
    const res = await keuruuMember.agent.post(
      `/api/mentoring/programs/${program.id}/mentee-request`,
      menteeBody(keuruu),
    );
    expect(res.status).toBe(201);
    const url = `/api/mentoring/programs/${program.id}`;
    const refused = await admin.agent.patch<ApiErrorBody>(url, { municipalityIds: [laukaa] });
    expect(refused.status).toBe(409);
    expect(fieldsOf(refused.body)).toEqual(['municipalityIds']);
    expect((await admin.agent.patch(url, { municipalityIds: [keuruu] })).status).toBe(200);
  });

  it('refuses bad input with 400 naming the field, and writes nothing', async () => {
    const bad: [string, Record<string, unknown>, string][] = [
      ['impossible date', { startsOn: '2027-02-30' }, 'startsOn'],
      ['end before start', { startsOn: '2027-03-01', endsOn: '2027-02-28' }, 'endsOn'],
      ['unknown municipality', { municipalityIds: ['00000000-0000-4000-8000-000000000000'] }, 'municipalityIds'],
      ['no municipality', { municipalityIds: [] }, 'municipalityIds'],
      [
        'weight above 100',
        {
          matching: {
            ...programBody([laukaa]).matching,
            weights: { ...programBody([]).matching.weights, sector: 101 },
          },
        },
        'matching.weights.sector',
      ],
      [
        'negative weight',
        { matching: { ...programBody([laukaa]).matching, weights: { ...programBody([]).matching.weights, mode: -1 } } },
        'matching.weights.mode',
      ],
      [
        'fractional weight',
        {
          matching: { ...programBody([laukaa]).matching, weights: { ...programBody([]).matching.weights, mode: 1.5 } },
        },
        'matching.weights.mode',
      ],
      [
        'unknown factor',
        { matching: { ...programBody([laukaa]).matching, weights: { ...programBody([]).matching.weights, age: 5 } } },
        'matching.weights.age',
      ],
      ['NUL in the name', { name: 'Ohjelma\u0000' }, 'name'],
      ['lone surrogate in the description', { description: { fi: 'Kuvaus \ud800', en: '' } }, 'description.fi'],
      ['unknown field', { colour: 'blue' }, 'colour'],
      ['blank name', { name: '   ' }, 'name'],
    ];
    const before: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM mentoring_program`);
    const wrong: string[] = [];
    for (const [what, override, field] of bad) {
      const res = await admin.agent.post<ApiErrorBody>('/api/mentoring/programs', {
        ...programBody([laukaa]),
        ...override,
      });
      const fields = res.status === 400 ? fieldsOf(res.body) : [];
      if (res.status !== 400 || !fields.includes(field)) wrong.push(`${what}: ${res.status} ${fields.join(',')}`);
    }
    expect(wrong).toEqual([]);
    const after: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM mentoring_program`);
    expect(after[0].n).toBe(before[0].n);
  });

  it('lists admins all, coordinators what touches their municipalities, others the open programs of their own', async () => {
    await t.db.query(`DELETE FROM mentoring_program`);
    const draft = await createProgram(t.db, [laukaa], 'draft');
    const recruiting = await createProgram(t.db, [laukaa], 'recruiting');
    const running = await createProgram(t.db, [laukaa, keuruu], 'running');
    const closed = await createProgram(t.db, [laukaa], 'closed');
    const keuruuDraft = await createProgram(t.db, [keuruu], 'draft');
    const ids = async (agent: TestAgent): Promise<string[]> =>
      (await agent.get<MentoringProgram[]>('/api/mentoring/programs')).body.map((p) => p.id).sort();
    expect(await ids(admin.agent)).toEqual([draft, recruiting, running, closed, keuruuDraft].sort());
    expect(await ids(coordinator.agent)).toEqual([draft, recruiting, running, closed].sort());
    expect(await ids(keuruuCoordinator.agent)).toEqual([running, keuruuDraft].sort());
    expect(await ids(member.agent)).toEqual([recruiting, running].sort());
    expect(await ids(keuruuMember.agent)).toEqual([running]);
    expect((await member.agent.get(`/api/mentoring/programs/${draft}`)).status).toBe(404);
    expect((await member.agent.get(`/api/mentoring/programs/${closed}`)).status).toBe(404);
    expect((await member.agent.patch(`/api/mentoring/programs/${recruiting}`, { name: 'x' })).status).toBe(403);
  });
});
