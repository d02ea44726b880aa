import { type ApiErrorBody, type Role, ROLES } from '@kotopaikka/contracts';

import { randomUUID } from 'node:crypto';

import { createUser, TEST_PASSWORD } from '../testing/fixtures';
import type { TestAgent, TestResponse } from '../testing/test-agent';
import { startTestApp, type TestApp } from '../testing/test-app';

/**
 * What each operation allows, keyed `METHOD /path` as in the OpenAPI document. An operation not listed here
 * must be refused without a session (401). Add `roles` to say which roles may call it: the others must get 403.
 */
interface Access {
  /** Open without a session; only what DESIGN.md lists as public. */
  public?: true;
  /** A state-changing route that authenticates otherwise (SkipCsrf), e.g. one-click unsubscribe. */
  csrfExempt?: true;
  /** Only these roles; a signed-in person of another role gets 403. */
  roles?: Role[];
}

const AUTHORS: Role[] = ['admin', 'coordinator'];

const ACCESS: Record<string, Access> = {
  'GET /api/health': { public: true },
  'GET /api/auth/csrf': { public: true },
  'POST /api/auth/login': { public: true },
  'POST /api/auth/password/forgot': { public: true },
  'GET /api/auth/password/reset/{token}': { public: true },
  'POST /api/auth/password/reset': { public: true },
  'GET /api/invitations/token/{token}': { public: true },
  'POST /api/invitations/accept': { public: true },
  'GET /api/email/unsubscribe': { public: true },
  'POST /api/email/unsubscribe': { public: true, csrfExempt: true },
  // The accessibility statement and the privacy notice read the deployment's provider and contacts from here.
  'GET /api/site': { public: true },
  'GET /api/certificates/{code}': { public: true },
  // A personal calendar feed: calendar apps fetch it with the secret token in the URL, without a session.
  'GET /api/calendar/{token}.ics': { public: true },
  // Info sessions for people without an account (server/src/live/registration): the registration page, its form,
  // the mail sent again, the e-mailed cancel link, and the guest landing of a join link.
  'GET /api/public/live-sessions/{slug}': { public: true },
  'POST /api/public/live-sessions/{slug}/registrations': { public: true },
  'POST /api/public/live-sessions/{slug}/registrations/resend': { public: true },
  'POST /api/public/registrations/cancel': { public: true },
  'GET /api/public/join/{token}': { public: true },
  'GET /api/metrics': { roles: ['admin'] },
  // Course authoring and uploads (server/src/training/courses, files); GET /api/files/{id} is for every signed-in person, scoped in the service.
  'POST /api/courses': { roles: AUTHORS },
  'GET /api/authoring/courses': { roles: AUTHORS },
  'GET /api/courses/{id}/authoring': { roles: AUTHORS },
  'PATCH /api/courses/{id}': { roles: AUTHORS },
  'POST /api/courses/{id}/publish': { roles: AUTHORS },
  'POST /api/courses/{id}/archive': { roles: AUTHORS },
  'PUT /api/courses/{id}/order': { roles: AUTHORS },
  'POST /api/courses/{id}/modules': { roles: AUTHORS },
  'PATCH /api/modules/{id}': { roles: AUTHORS },
  'DELETE /api/modules/{id}': { roles: AUTHORS },
  'POST /api/modules/{id}/lessons': { roles: AUTHORS },
  'PATCH /api/lessons/{id}': { roles: AUTHORS },
  'DELETE /api/lessons/{id}': { roles: AUTHORS },
  'POST /api/lessons/{id}/blocks': { roles: AUTHORS },
  'PATCH /api/blocks/{id}': { roles: AUTHORS },
  'DELETE /api/blocks/{id}': { roles: AUTHORS },
  'PUT /api/quizzes/{id}': { roles: AUTHORS },
  'POST /api/files': { roles: AUTHORS },
  'POST /api/courses/{id}/assign': { roles: ['admin', 'coordinator'] },
  'GET /api/courses/{id}/reflections': { roles: ['admin', 'coordinator'] },
  // Scheduling live sessions (server/src/live/sessions); the other live-session routes are scoped in the service.
  'POST /api/live-sessions': { roles: ['admin', 'coordinator'] },
  // Running mentoring programs (server/src/mentoring/programs); seeing them is scoped in the service.
  'POST /api/mentoring/programs': { roles: ['admin', 'coordinator'] },
  'PATCH /api/mentoring/programs/{id}': { roles: ['admin', 'coordinator'] },
  'POST /api/mentoring/programs/{id}/status': { roles: ['admin', 'coordinator'] },
  'GET /api/mentoring/programs/{id}/mentor-profiles': { roles: ['admin', 'coordinator'] },
  'POST /api/mentoring/mentor-profiles/{id}/approve': { roles: ['admin', 'coordinator'] },
  'POST /api/mentoring/mentor-profiles/{id}/decline': { roles: ['admin', 'coordinator'] },
  'GET /api/mentoring/programs/{id}/mentee-requests': { roles: ['admin', 'coordinator'] },
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Method = (typeof METHODS)[number];
const SAFE: ReadonlySet<Method> = new Set<Method>(['get']);

interface SchemaObject {
  $ref?: string;
  type?: string;
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
}

interface OperationObject {
  summary?: string;
  responses?: Record<string, { content?: Record<string, { schema?: SchemaObject }> }>;
}

interface Operation {
  key: string;
  method: Method;
  path: string;
  spec: OperationObject;
  access: Access;
}

function isTyped(schema: SchemaObject | undefined): boolean {
  if (!schema) return false;
  if (schema.$ref || schema.type) return true;
  const parts = schema.allOf ?? schema.oneOf ?? schema.anyOf;
  return !!parts && parts.length > 0 && parts.every(isTyped);
}

/** Problem with the documented 2xx responses, or null when at least one is typed (or a 204). */
function responseProblem(op: OperationObject): string | null {
  const success = Object.entries(op.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
  if (success.length === 0) return 'no 2xx response documented';
  const typed = success.some(([status, response]) => {
    if (status === '204') return true;
    return Object.values(response.content ?? {}).some((media) => isTyped(media.schema));
  });
  return typed ? null : 'no 2xx response with a typed schema ($ref or type)';
}

function concretePath(template: string): string {
  return template.replace(/\{[^}]+\}/g, () => randomUUID());
}

async function call(agent: TestAgent, op: Operation, options: { csrf: boolean }): Promise<TestResponse<ApiErrorBody>> {
  const path = concretePath(op.path);
  if (op.method === 'get') return agent.get<ApiErrorBody>(path);
  if (op.method === 'delete') return agent.delete<ApiErrorBody>(path, options);
  return agent[op.method]<ApiErrorBody>(path, {}, options);
}

function describeResponse(op: Operation, res: TestResponse<ApiErrorBody>): string {
  return `${op.key} answered ${res.status} ${(res.body as ApiErrorBody | undefined)?.code ?? ''}`.trim();
}

describe('authorization of every API operation', () => {
  let t: TestApp;
  let operations: Operation[];

  beforeAll(async () => {
    // Generous request limit: this file calls every operation several times from one address.
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    const doc = await t
      .agent()
      .get<{ paths: Record<string, Partial<Record<Method, OperationObject>>> }>('/api/docs-json');
    expect(doc.status).toBe(200);
    operations = Object.entries(doc.body.paths).flatMap(([path, item]) =>
      METHODS.filter((method) => item[method]).map((method) => {
        const key = `${method.toUpperCase()} ${path}`;
        return { key, method, path, spec: item[method] as OperationObject, access: ACCESS[key] ?? {} };
      }),
    );
  });

  afterAll(async () => {
    await t.close();
  });

  it('finds the operations, including the sign-in routes', () => {
    const keys = operations.map((op) => op.key);
    expect(keys).toEqual(
      expect.arrayContaining(['GET /api/health', 'GET /api/auth/csrf', 'POST /api/auth/login', 'GET /api/auth/me']),
    );
  });

  it('gives every operation a summary', () => {
    const missing = operations.filter((op) => !op.spec.summary?.trim()).map((op) => op.key);
    expect(missing).toEqual([]);
  });

  it('documents a typed 2xx response for every operation (204 may be empty)', () => {
    const problems = operations.flatMap((op) => {
      const problem = responseProblem(op.spec);
      return problem ? [`${op.key}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('refuses every non-public operation without a session with 401, and never refuses a public one so', async () => {
    const wrong: string[] = [];
    for (const op of operations) {
      const res = await call(t.agent(), op, { csrf: true });
      if (op.access.public) {
        if (res.status === 401 || res.status >= 500) wrong.push(`public ${describeResponse(op, res)}`);
      } else if (res.status !== 401) {
        wrong.push(
          `${describeResponse(op, res)} without a session (expected 401; if DESIGN.md makes it public, add it to ACCESS)`,
        );
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses every state-changing operation without the CSRF token with 403 csrf_invalid', async () => {
    const wrong: string[] = [];
    for (const op of operations.filter((o) => !SAFE.has(o.method) && !o.access.csrfExempt)) {
      const res = await call(t.agent(), op, { csrf: false });
      if (res.status !== 403 || res.body.code !== 'csrf_invalid') wrong.push(describeResponse(op, res));
    }
    expect(wrong).toEqual([]);
  });

  it('lets only the listed roles call role-limited operations', async () => {
    const agents = new Map<Role, TestAgent>();
    for (const role of ROLES) {
      const user = await createUser(t.db, { role, managedMunicipalities: role === 'coordinator' ? ['Äänekoski'] : [] });
      const agent = t.agent();
      expect((await agent.login(user.email, TEST_PASSWORD)).status).toBe(200);
      agents.set(role, agent);
    }
    const wrong: string[] = [];
    for (const op of operations.filter((o) => o.access.roles)) {
      for (const role of ROLES) {
        const res = await call(agents.get(role) as TestAgent, op, { csrf: true });
        const allowed = op.access.roles?.includes(role) ?? true;
        if (allowed && (res.status === 401 || res.status === 403 || res.status >= 500))
          wrong.push(`${role}: ${describeResponse(op, res)}`);
        if (!allowed && res.status !== 403) wrong.push(`${role}: ${describeResponse(op, res)} (expected 403)`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
