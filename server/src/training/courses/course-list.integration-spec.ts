import type { CourseAuthoring, CourseSummary, Page } from '@kotopaikka/contracts';

import { signedIn } from '../../accounts/users/people.test-support';
import { municipalityId } from '../../testing/fixtures';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';

const L = (fi: string, en = ''): { fi: string; en: string } => ({ fi, en });

describe('GET /api/authoring/courses', () => {
  let t: TestApp;
  let admin: TestAgent;
  let coordinator: TestAgent;
  let member: TestAgent;
  let aanekoski: string;
  let keuruu: string;
  let draft: CourseAuthoring;
  let everywhere: CourseAuthoring;
  let archived: CourseAuthoring;
  let published: CourseAuthoring;
  let keuruuOnly: CourseAuthoring;
  let shared: CourseAuthoring;

  async function create(
    agent: TestAgent,
    title: { fi: string; en: string },
    municipalityIds: string[] | null,
  ): Promise<CourseAuthoring> {
    const res = await agent.post<CourseAuthoring>('/api/courses', {
      title,
      summary: L('Lyhyt kurssi'),
      estimatedMinutes: 30,
      audiences: ['employer'],
      municipalityIds,
    });
    expect(res.status).toBe(201);
    return res.body;
  }

  /** Every page of the list, following nextCursor. */
  async function all(agent: TestAgent, query = ''): Promise<CourseSummary[]> {
    const items: CourseSummary[] = [];
    let cursor: string | null = null;
    do {
      const res: { status: number; body: Page<CourseSummary> } = await agent.get<Page<CourseSummary>>(
        `/api/authoring/courses?limit=2${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      items.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    return items;
  }

  const ids = (items: CourseSummary[]): string[] => items.map((c) => c.id).sort();

  beforeAll(async () => {
    t = await startTestApp({ redis: false });
    aanekoski = await municipalityId(t.db, 'Äänekoski');
    keuruu = await municipalityId(t.db, 'Keuruu');
    ({ agent: admin } = await signedIn(t, { role: 'admin' }));
    ({ agent: coordinator } = await signedIn(t, { role: 'coordinator', managedMunicipalities: ['Äänekoski'] }));
    ({ agent: member } = await signedIn(t));

    draft = await create(coordinator, L('Luonnos Äänekoskelle', 'Draft for Äänekoski'), [aanekoski]);
    everywhere = await create(admin, L('Kaikkialla tarjottava', 'Offered everywhere'), null);
    archived = await create(coordinator, L('Vanha 50% kurssi', 'Old course'), null);
    expect((await coordinator.post(`/api/courses/${archived.id}/archive`)).status).toBe(200);
    published = await create(coordinator, L('Julkaistu perehdytys', 'Published onboarding'), [aanekoski]);
    const mod = await coordinator.post<{ id: string }>(`/api/courses/${published.id}/modules`, { title: L('Osa') });
    expect((await coordinator.post(`/api/modules/${mod.body.id}/lessons`, { title: L('Oppitunti') })).status).toBe(201);
    expect((await coordinator.post(`/api/courses/${published.id}/publish`)).status).toBe(200);
    keuruuOnly = await create(admin, L('Keuruun kurssi', 'Keuruu course'), [keuruu]);
    shared = await create(admin, L('Yhteinen kurssi', 'Shared course'), [aanekoski, keuruu]);
  });

  afterAll(async () => {
    await t.close();
  });

  it('shows a coordinator every status of the courses they may edit, not those offered elsewhere too', async () => {
    const seen = await all(coordinator);
    const mine = [draft, everywhere, archived, published].map((c) => c.id);
    expect(ids(seen)).toEqual(expect.arrayContaining(mine));
    expect(ids(seen)).not.toContain(keuruuOnly.id);
    expect(ids(seen)).not.toContain(shared.id);
    expect(new Set(ids(seen)).size).toBe(seen.length);
    expect(seen.find((c) => c.id === draft.id)).toMatchObject({
      status: 'draft',
      title: 'Luonnos Äänekoskelle',
      locales: ['fi', 'en'],
      enrollment: null,
    });
    expect(seen.find((c) => c.id === archived.id)?.status).toBe('archived');
    expect(seen.find((c) => c.id === published.id)?.status).toBe('published');
  });

  it('shows an admin every course', async () => {
    const rows: { id: string }[] = await t.db.query(`SELECT id FROM course`);
    expect(ids(await all(admin))).toEqual(rows.map((r) => r.id).sort());
  });

  it('refuses people who do not author', async () => {
    expect((await member.get('/api/authoring/courses')).status).toBe(403);
    expect((await t.agent().get('/api/authoring/courses')).status).toBe(401);
  });

  it('filters by status', async () => {
    const drafts = await all(admin, '&status=draft');
    expect(drafts.every((c) => c.status === 'draft')).toBe(true);
    expect(ids(drafts)).toEqual(expect.arrayContaining([draft.id, everywhere.id, keuruuOnly.id, shared.id]));
    expect(ids(await all(coordinator, '&status=archived'))).toEqual([archived.id]);
    expect(ids(await all(coordinator, '&status=published'))).toEqual([published.id]);
  });

  it('searches titles in any language, wildcards taken literally', async () => {
    expect(ids(await all(coordinator, '&q=luonnos'))).toEqual([draft.id]);
    expect(ids(await all(coordinator, `&q=${encodeURIComponent('OFFERED every')}`))).toEqual([everywhere.id]);
    expect(ids(await all(admin, '&q=keuruu'))).toEqual([keuruuOnly.id]);
    expect(ids(await all(coordinator, '&q=keuruu'))).toEqual([]);
    expect(ids(await all(coordinator, `&q=${encodeURIComponent('50%')}`))).toEqual([archived.id]);
    expect(ids(await all(coordinator, `&q=${encodeURIComponent('%')}`))).toEqual([archived.id]);
    expect(ids(await all(coordinator, '&q=_'))).toEqual([]);
    expect(ids(await all(coordinator, '&status=draft&q=kurssi'))).toEqual([]);
  });

  it('rejects a bad status, limit or cursor naming the field', async () => {
    for (const [query, field] of [
      ['status=deleted', 'status'],
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['cursor=not-ours', 'cursor'],
      [`q=${'x'.repeat(201)}`, 'q'],
    ]) {
      const res = await admin.get<{ details?: { field: string }[] }>(`/api/authoring/courses?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.details?.map((d) => d.field)).toContain(field);
    }
  });
});
