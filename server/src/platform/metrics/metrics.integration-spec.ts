import { createUser } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';

const TOKEN = 'metrics-token-for-tests-0123456789';

describe('GET /api/metrics', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { METRICS_TOKEN: TOKEN } });
  });

  afterAll(async () => {
    await t.close();
  });

  it('is closed to anonymous callers, wrong tokens and non-admins', async () => {
    expect((await t.agent().get('/api/metrics')).status).toBe(401);
    expect((await t.agent().request('GET', '/api/metrics', undefined, { authorization: 'Bearer wrong' })).status).toBe(
      401,
    );
    const member = await createUser(t.db, { role: 'member' });
    const agent = t.agent();
    await agent.login(member.email, member.password);
    const res = await agent.get<{ code: string }>('/api/metrics');
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('forbidden');
  });

  it('gives Prometheus text to an admin and to the token: requests by route pattern, queue depths, process metrics', async () => {
    await t.agent().get('/api/health');
    await t.agent().post('/api/notifications/6f1c2b9e-8f0a-4c1e-9a57-3d2b1e0f4a11/read', undefined, { csrf: false });

    const byToken = await t.agent().request('GET', '/api/metrics', undefined, { authorization: `Bearer ${TOKEN}` });
    expect(byToken.status).toBe(200);
    expect(byToken.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = byToken.text;
    expect(text).toMatch(/kp_http_requests_total\{method="GET",route="\/api\/health",status="200"\} [1-9]/);
    expect(text).toMatch(
      /kp_http_request_duration_seconds_bucket\{le="[^"]+",method="GET",route="\/api\/health",status="200"\}/,
    );
    expect(text).toContain('route="/api/notifications/:id/read"');
    expect(text).not.toContain('6f1c2b9e');
    for (const state of ['waiting', 'active', 'delayed', 'failed'])
      expect(text).toContain(`kp_queue_jobs{queue="mail",state="${state}"}`);
    expect(text).toContain('kp_process_cpu_user_seconds_total');

    const admin = await createUser(t.db, { role: 'admin' });
    const agent = t.agent();
    await agent.login(admin.email, admin.password);
    expect((await agent.get('/api/metrics')).status).toBe(200);
  });

  it('echoes a sane X-Request-Id and replaces anything else', async () => {
    const sane = await t.agent().request('GET', '/api/health', undefined, { 'x-request-id': 'trace-42.abc' });
    expect(sane.headers.get('x-request-id')).toBe('trace-42.abc');
    const insane = await t.agent().request('GET', '/api/health', undefined, { 'x-request-id': 'x'.repeat(300) });
    expect(insane.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('documents the route in the OpenAPI with a text/plain string response', async () => {
    const doc = await t.agent().get<{
      paths: Record<
        string,
        {
          get: {
            summary: string;
            responses: Record<string, { content?: Record<string, { schema: { type: string } }> }>;
          };
        }
      >;
    }>('/api/docs-json');
    const op = doc.body.paths['/api/metrics'].get;
    expect(op.summary).toBeTruthy();
    expect(op.responses['200'].content?.['text/plain'].schema.type).toBe('string');
  });
});
