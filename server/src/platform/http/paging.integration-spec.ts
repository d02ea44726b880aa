import type { Organisation, UserSummary } from '@kotopaikka/contracts';

import { createOrganisation, createUser, municipalityId, TEST_PASSWORD } from '../../testing/fixtures';
import { forgedCursor, walkPages } from '../../testing/paging';
import type { TestAgent } from '../../testing/test-agent';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { createTestCourse } from '../../training/learning/learning.test-support';

interface Parameter {
  name: string;
  in: string;
}

/** Cursors no list gives out (not JSON, no uuid last, numbers, an object): each must be a 400 naming `cursor`. */
const FORGED = [
  'not-a-cursor',
  forgedCursor(['yesterday', 'x']),
  forgedCursor(['true', 'not a time', 'not a uuid']),
  forgedCursor([1, 2]),
  Buffer.from('{"a":1}').toString('base64url'),
  // Text PostgreSQL refuses, where a list is keyed by name.
  forgedCursor(['na\u0000me', '6f1c1f5e-1111-4111-8111-111111111111']),
  forgedCursor(['na\ud800me', '6f1c1f5e-1111-4111-8111-111111111111']),
];
/** A day that does not exist: refused where the key is a time; a list keyed by name may take it as a name. */
const ODD = forgedCursor(['2026-13-45T99:99:99Z', '6f1c1f5e-1111-4111-8111-111111111111']);

describe('every cursor-paged list', () => {
  let t: TestApp;
  let admin: TestAgent;
  let lists: string[];
  let courseId: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    const user = await createUser(t.db, { role: 'admin' });
    admin = t.agent();
    expect((await admin.login(user.email, TEST_PASSWORD)).status).toBe(200);
    courseId = (await createTestCourse(t.db, { modules: 1, lessonsPerModule: 1 })).id;
    const doc = await admin.get<{ paths: Record<string, { get?: { parameters?: Parameter[] } }> }>('/api/docs-json');
    lists = Object.entries(doc.body.paths)
      .filter(([, item]) => item.get?.parameters?.some((p) => p.in === 'query' && p.name === 'cursor'))
      .map(([path]) => path);
  });

  afterAll(async () => {
    await t.close();
  });

  it('finds the lists by their cursor parameter', () => {
    expect(lists).toEqual(
      expect.arrayContaining([
        '/api/users',
        '/api/courses',
        '/api/me/courses',
        '/api/reports/courses',
        '/api/notifications',
        '/api/audit',
      ]),
    );
  });

  it('refuses a cursor it never gave out with 400 naming cursor', async () => {
    const wrong: string[] = [];
    for (const path of lists) {
      const concrete = path.replace(/\{[^}]+\}/g, courseId);
      for (const cursor of FORGED) {
        const res = await admin.get<{ details?: { field: string }[] }>(
          `${concrete}?cursor=${encodeURIComponent(cursor)}`,
        );
        const fields = res.body.details?.map((d) => d.field) ?? [];
        if (res.status !== 400 || !fields.includes('cursor'))
          wrong.push(`${path} cursor ${cursor}: ${res.status} ${fields.join(',')}`);
      }
      const odd = await admin.get(`${concrete}?cursor=${encodeURIComponent(ODD)}`);
      if (odd.status !== 200 && odd.status !== 400)
        wrong.push(`${path} cursor with a day that does not exist: ${odd.status}`);
    }
    expect(wrong).toEqual([]);
  });
});

/** Names JavaScript's toLowerCase() folds unlike PostgreSQL's lower(): dotted İ, dotless ı, a word-final Σ. */
const FOLDING_NAMES = [
  'Aino Aalto',
  'İbrahim Yılmaz',
  'Ibrahim Aksoy',
  'ibrahim Öz',
  'ıvır Kıvır',
  'IVIR Zıvır',
  'Jaana Järvi',
  'ΟΔΥΣΣΕΥΣ',
  'Οδυσσεύς Β',
  'ΣΙΣΥΦΟΣ',
  'Zoe Zetterberg',
];

describe('lists keyed by a name that folds differently in JavaScript and PostgreSQL', () => {
  let t: TestApp;
  let admin: TestAgent;
  let kyyjarvi: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    const user = await createUser(t.db, { role: 'admin', municipality: 'Jämsä' });
    admin = t.agent();
    expect((await admin.login(user.email, TEST_PASSWORD)).status).toBe(200);
    kyyjarvi = await municipalityId(t.db, 'Kyyjärvi');
  });

  afterAll(async () => {
    await t.close();
  });

  it('lists every person exactly once and ends, whatever the page size', async () => {
    const ids = [];
    for (const displayName of FOLDING_NAMES)
      ids.push((await createUser(t.db, { displayName, municipality: 'Kyyjärvi' })).id);
    for (const limit of [1, 2, 3]) {
      const listed = (await walkPages<UserSummary>(admin, `/api/users?municipalityId=${kyyjarvi}`, limit))
        .flat()
        .map((u) => u.id);
      expect([...listed].sort()).toEqual([...ids].sort());
    }
    // The search folds in SQL too: every spelling finds all three.
    for (const q of ['İBRAHİM', 'ibrahim', 'IBRAHIM']) {
      const found = await admin.get<{ items: UserSummary[] }>(
        `/api/users?municipalityId=${kyyjarvi}&q=${encodeURIComponent(q)}`,
      );
      expect(found.body.items.map((u) => u.displayName).sort()).toEqual(
        ['Ibrahim Aksoy', 'ibrahim Öz', 'İbrahim Yılmaz'].sort(),
      );
    }
  });

  it('lists every organisation exactly once and ends, whatever the page size', async () => {
    const ids = [];
    for (const name of FOLDING_NAMES) ids.push(await createOrganisation(t.db, `${name} Oy`, 'Kyyjärvi'));
    for (const name of ['ΟΔΥΣΣΕΥΣ', 'ΚΟΣΜΟΣ']) ids.push(await createOrganisation(t.db, name, 'Kyyjärvi'));
    for (const limit of [1, 2, 3]) {
      const listed = (await walkPages<Organisation>(admin, `/api/organisations?municipalityId=${kyyjarvi}`, limit))
        .flat()
        .map((o) => o.id);
      expect([...listed].sort()).toEqual([...ids].sort());
    }
  });
});
