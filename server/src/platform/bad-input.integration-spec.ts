import type { ApiErrorBody, FieldProblem } from '@kotopaikka/contracts';

import { randomUUID } from 'node:crypto';

import { createUser, TEST_PASSWORD } from '../testing/fixtures';
import type { TestAgent, TestResponse } from '../testing/test-agent';
import { startTestApp, type TestApp } from '../testing/test-app';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Method = (typeof METHODS)[number];

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  properties?: Record<string, Schema>;
  allOf?: Schema[];
}

interface OperationObject {
  parameters?: { name: string; in: string; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

interface OpenApi {
  paths: Record<string, Partial<Record<Method, OperationObject>>>;
  components?: { schemas?: Record<string, Schema> };
}

/** Text PostgreSQL refuses: NUL in any text, a lone surrogate in jsonb. */
const BAD_TEXT = [
  { name: 'NUL', value: 'x\u0000y' },
  { name: 'lone surrogate', value: 'x\ud800y' },
];

function fieldsOf(res: TestResponse<ApiErrorBody>): string[] {
  const details = res.body?.details;
  return Array.isArray(details) ? (details as FieldProblem[]).map((d) => d.field) : [];
}

/** Days that match YYYY-MM-DD but do not exist. */
const IMPOSSIBLE_DATES = ['2026-02-30', '2026-13-01', '2027-02-29', '2026-00-10', '0000-01-01'];
/** Instants that look like ISO 8601 but name no moment, or no moment without guessing the time zone. */
const IMPOSSIBLE_INSTANTS = [
  '2027-02-30T10:00:00+02:00',
  '2027-03-01T24:00:00Z',
  '2027-03-01T10:61:00Z',
  '2027-03-01T10:00:00',
  '2027-03-01T10:00:00+15:00',
];
/** Addresses a loose check takes: a header injection, bidi overrides, a zero-width space, a line separator. */
const DECEIVING_EMAILS = [
  '"x\r\nbcc: victim@example.test"@example.test',
  'x\u202e@example.test',
  'a@exa\u202emple.test',
  'x\u200b@example.test',
  '"x\u2028y"@example.test',
];

/**
 * The dotted paths of every string a request body schema holds (objects followed, arrays left out), to depth 3,
 * with the string's format (`date`, `email`…) when it declares one.
 */
function stringLeaves(
  doc: OpenApi,
  schema: Schema | undefined,
  prefix: string[] = [],
  depth = 0,
): { path: string[]; format?: string }[] {
  if (!schema || depth > 3) return [];
  if (schema.$ref)
    return stringLeaves(doc, doc.components?.schemas?.[schema.$ref.split('/').pop() as string], prefix, depth);
  if (schema.allOf) return schema.allOf.flatMap((s) => stringLeaves(doc, s, prefix, depth));
  if (schema.type === 'string') return prefix.length > 0 ? [{ path: prefix, format: schema.format }] : [];
  return Object.entries(schema.properties ?? {}).flatMap(([name, s]) =>
    stringLeaves(doc, s, [...prefix, name], depth + 1),
  );
}

function bodyLeaves(doc: OpenApi, op: OperationObject): { path: string[]; format?: string }[] {
  return stringLeaves(doc, op.requestBody?.content?.['application/json']?.schema);
}

function bodyWith(path: string[], value: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let node = root;
  path.forEach((key, i) => {
    if (i === path.length - 1) node[key] = value;
    else node = (node[key] = {}) as Record<string, unknown>;
  });
  return root;
}

async function send(
  agent: TestAgent,
  method: Method,
  path: string,
  body?: unknown,
): Promise<TestResponse<ApiErrorBody>> {
  if (method === 'get') return agent.get<ApiErrorBody>(path);
  if (method === 'delete') return agent.delete<ApiErrorBody>(path);
  return agent[method]<ApiErrorBody>(path, body ?? {});
}

describe('bad input on every API operation', () => {
  let t: TestApp;
  let admin: TestAgent;
  let doc: OpenApi;
  let operations: { key: string; method: Method; path: string; spec: OperationObject }[];

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    const user = await createUser(t.db, { role: 'admin' });
    admin = t.agent();
    expect((await admin.login(user.email, TEST_PASSWORD)).status).toBe(200);
    doc = (await admin.get<OpenApi>('/api/docs-json')).body;
    operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m]).map((method) => ({
        key: `${method.toUpperCase()} ${path}`,
        method,
        path,
        spec: item[method] as OperationObject,
      })),
    );
  });

  afterAll(async () => {
    await t.close();
  });

  it('refuses NUL in every path parameter with 400 naming it, and an undecodable one with 4xx', async () => {
    const wrong: string[] = [];
    for (const op of operations.filter((o) => o.path.includes('{'))) {
      const names = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      for (const name of names) {
        const path = op.path.replace(/\{([^}]+)\}/g, (_, n: string) => (n === name ? 'x%00y' : randomUUID()));
        const res = await send(admin, op.method, path);
        if (res.status !== 400 || !fieldsOf(res).includes(name))
          wrong.push(`${op.key} {${name}} NUL: ${res.status} ${fieldsOf(res).join(',')}`);
        const odd = await send(
          admin,
          op.method,
          op.path.replace(/\{([^}]+)\}/g, (_, n: string) => (n === name ? 'x%ED%A0%80y' : randomUUID())),
        );
        if (odd.status < 400 || odd.status >= 500) wrong.push(`${op.key} {${name}} lone surrogate: ${odd.status}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses NUL in every query parameter with 400 naming it', async () => {
    const wrong: string[] = [];
    for (const op of operations) {
      for (const param of (op.spec.parameters ?? []).filter((p) => p.in === 'query')) {
        const path = `${op.path.replace(/\{[^}]+\}/g, () => randomUUID())}?${param.name}=x%00y`;
        const res = await send(admin, op.method, path);
        if (res.status !== 400 || !fieldsOf(res).includes(param.name))
          wrong.push(`${op.key} ?${param.name}: ${res.status} ${fieldsOf(res).join(',')}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses NUL and lone surrogates in every string of every JSON body with 400 naming the field', async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const op of operations) {
      for (const leaf of bodyLeaves(doc, op.spec)) {
        for (const bad of BAD_TEXT) {
          checked++;
          const res = await send(
            admin,
            op.method,
            op.path.replace(/\{[^}]+\}/g, () => randomUUID()),
            bodyWith(leaf.path, bad.value),
          );
          const field = leaf.path.join('.');
          if (res.status !== 400 || !fieldsOf(res).includes(field))
            wrong.push(`${op.key} ${field} ${bad.name}: ${res.status} ${fieldsOf(res).join(',')}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });

  it('refuses NUL in every text field of a multipart form with 400 naming it', async () => {
    const wrong: string[] = [];
    const found: string[] = [];
    for (const op of operations) {
      const leaves = stringLeaves(doc, op.spec.requestBody?.content?.['multipart/form-data']?.schema).filter(
        (l) => l.format !== 'binary' && l.path.length === 1,
      );
      for (const leaf of leaves) {
        found.push(`${op.key} ${leaf.path[0]}`);
        const form = new FormData();
        form.append(leaf.path[0], 'x\u0000y');
        form.append(
          'file',
          new Blob([new Uint8Array(Buffer.from('email;displayName;audience\n'))], { type: 'text/csv' }),
          'a.csv',
        );
        const res = await send(
          admin,
          op.method,
          op.path.replace(/\{[^}]+\}/g, () => randomUUID()),
          form,
        );
        if (res.status !== 400 || !fieldsOf(res).includes(leaf.path[0]))
          wrong.push(`${op.key} ${leaf.path[0]}: ${res.status} ${fieldsOf(res).join(',')}`);
      }
    }
    expect(found).toContain('POST /api/invitations/import municipalityId');
    expect(wrong).toEqual([]);
  });

  it('refuses a day that does not exist in every date field of a body or query with 400 naming it', async () => {
    const wrong: string[] = [];
    const found: string[] = [];
    for (const op of operations) {
      const path = op.path.replace(/\{[^}]+\}/g, () => randomUUID());
      const dates = bodyLeaves(doc, op.spec).filter((l) => l.format === 'date');
      const queries = (op.spec.parameters ?? []).filter((p) => p.in === 'query' && p.schema?.format === 'date');
      for (const date of IMPOSSIBLE_DATES) {
        for (const leaf of dates) {
          const res = await send(admin, op.method, path, bodyWith(leaf.path, date));
          if (res.status !== 400 || !fieldsOf(res).includes(leaf.path.join('.')))
            wrong.push(`${op.key} ${leaf.path.join('.')}=${date}: ${res.status}`);
        }
        for (const param of queries) {
          const res = await send(admin, op.method, `${path}?${param.name}=${date}`);
          if (res.status !== 400 || !fieldsOf(res).includes(param.name))
            wrong.push(`${op.key} ?${param.name}=${date}: ${res.status}`);
        }
      }
      found.push(...dates.map((l) => `${op.key} ${l.path.join('.')}`), ...queries.map((p) => `${op.key} ?${p.name}`));
    }
    expect(found).toContain('POST /api/courses/{id}/assign dueDate');
    expect(wrong).toEqual([]);
  });

  it('refuses an instant that does not exist, or has no offset, in every date-time field of a body or query', async () => {
    const wrong: string[] = [];
    const found: string[] = [];
    for (const op of operations) {
      const path = op.path.replace(/\{[^}]+\}/g, () => randomUUID());
      const instants = bodyLeaves(doc, op.spec).filter((l) => l.format === 'date-time');
      const queries = (op.spec.parameters ?? []).filter((p) => p.in === 'query' && p.schema?.format === 'date-time');
      for (const instant of IMPOSSIBLE_INSTANTS) {
        for (const leaf of instants) {
          const res = await send(admin, op.method, path, bodyWith(leaf.path, instant));
          if (res.status !== 400 || !fieldsOf(res).includes(leaf.path.join('.')))
            wrong.push(`${op.key} ${leaf.path.join('.')}=${instant}: ${res.status}`);
        }
        for (const param of queries) {
          const res = await send(admin, op.method, `${path}?${param.name}=${encodeURIComponent(instant)}`);
          if (res.status !== 400 || !fieldsOf(res).includes(param.name))
            wrong.push(`${op.key} ?${param.name}=${instant}: ${res.status}`);
        }
      }
      found.push(
        ...instants.map((l) => `${op.key} ${l.path.join('.')}`),
        ...queries.map((p) => `${op.key} ?${p.name}`),
      );
    }
    expect(found).toEqual(
      expect.arrayContaining([
        'POST /api/live-sessions startsAt',
        'PATCH /api/live-sessions/{id} endsAt',
        'GET /api/live-sessions ?from',
      ]),
    );
    expect(wrong).toEqual([]);
  });

  it('refuses e-mail addresses with control, bidi or invisible characters in every e-mail field with 400 naming it', async () => {
    const wrong: string[] = [];
    const found: string[] = [];
    for (const op of operations) {
      const path = op.path.replace(/\{[^}]+\}/g, () => randomUUID());
      for (const leaf of bodyLeaves(doc, op.spec).filter((l) => l.format === 'email')) {
        found.push(`${op.key} ${leaf.path.join('.')}`);
        for (const email of DECEIVING_EMAILS) {
          const res = await send(admin, op.method, path, bodyWith(leaf.path, email));
          if (res.status !== 400 || !fieldsOf(res).includes(leaf.path.join('.')))
            wrong.push(`${op.key} ${leaf.path.join('.')}=${JSON.stringify(email)}: ${res.status}`);
        }
      }
    }
    expect(found).toEqual(
      expect.arrayContaining([
        'POST /api/auth/login email',
        'POST /api/auth/password/forgot email',
        'POST /api/invitations email',
      ]),
    );
    expect(wrong).toEqual([]);
  });

  it('refuses bad text on the public routes before sign-in, e.g. certificate verification and login', async () => {
    const anonymous = t.agent();
    const verify = await anonymous.get<ApiErrorBody>('/api/certificates/ABC%00DEF');
    expect(verify.status).toBe(400);
    expect(fieldsOf(verify)).toContain('code');
    const login = await anonymous.post<ApiErrorBody>('/api/auth/login', {
      email: 'a@example.test',
      password: 'x\ud800',
    });
    expect(login.status).toBe(400);
    expect(fieldsOf(login)).toEqual(['password']);
    const nested = await admin.put<ApiErrorBody>('/api/me/email-preferences', {
      reminders: true,
      notifications: true,
      ['k\u0000']: 'v',
    });
    expect(nested.status).toBe(400);
    expect(nested.body.code).toBe('validation_failed');
  });

  it('refuses JSON nested 20,000 deep, and a megabyte of it, with 400 naming the body before sign-in', async () => {
    const anonymous = t.agent();
    for (const depth of [20_000, 500_000]) {
      const deep = `{"email":${'['.repeat(depth)}${']'.repeat(depth)},"password":"x"}`;
      const res = await anonymous.post<ApiErrorBody>('/api/auth/login', deep, {
        headers: { 'content-type': 'application/json' },
      });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('bad_request');
      expect(res.body.details).toEqual([{ field: 'body', problems: [expect.stringContaining('deeper than 32')] }]);
    }
    // Brackets inside strings are text, not nesting.
    const text = await anonymous.post<ApiErrorBody>('/api/auth/login', {
      email: 'a@example.test',
      password: '[{'.repeat(50),
    });
    expect(text.status).toBe(401);
  });
});
