import { startTestApp, type TestApp } from '../../testing/test-app';

describe('health and error shape (scaled mode)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('reports the database and Redis up', async () => {
    const res = await t.agent().get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', checks: { database: 'up', redis: 'up' } });
  });

  it('answers an unknown API route with 404 in the one error shape', async () => {
    const res = await t.agent().get('/api/no-such-route');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({
      statusCode: 404,
      code: 'route_not_found',
      error: 'Not found',
      message: 'No route GET /api/no-such-route',
      details: null,
    });
  });
});

describe('health in single-node mode', () => {
  it('marks Redis as not configured', async () => {
    const t = await startTestApp({ redis: false });
    try {
      const res = await t.agent().get('/api/health');
      expect(res.body).toEqual({ status: 'ok', checks: { database: 'up', redis: 'not_configured' } });
    } finally {
      await t.close();
    }
  });
});
