import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express, { type RequestHandler } from 'express';
import pino, { type Level } from 'pino';

import { createRequestLogger } from './request-logger';

/** Serves one route behind the request logger at `level`, makes one request, and returns the lines written. */
async function logLines(
  level: Level,
  handler: RequestHandler,
  headers: Record<string, string> = {},
  route = '/api/things/:id',
  url = '/api/things/42?token=secret-token',
) {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  const app = express();
  app.use(createRequestLogger(pino({ level }, sink)));
  app.get(route, handler);
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as AddressInfo;
  try {
    const res = await fetch(`http://127.0.0.1:${port}${url}`, { headers });
    await res.arrayBuffer();
    await new Promise((r) => setTimeout(r, 50));
    return { res, lines };
  } finally {
    server.close();
  }
}

describe('request logger', () => {
  it('writes one JSON line per request with id, method, path, route, status, duration and user, and no secrets', async () => {
    const { res, lines } = await logLines(
      'info',
      (req, res) => {
        (req as unknown as { user: { id: string } }).user = { id: 'user-1' };
        res.json({ ok: true });
      },
      { cookie: 'kp_session=secret-session', authorization: 'Bearer secret-bearer', 'x-request-id': 'abc-123' },
    );
    expect(res.headers.get('x-request-id')).toBe('abc-123');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 30,
      requestId: 'abc-123',
      req: { method: 'GET', path: '/api/things/42' },
      res: { statusCode: 200 },
      route: '/api/things/:id',
      userId: 'user-1',
      msg: 'GET 200',
    });
    expect(typeof lines[0]['durationMs']).toBe('number');
    expect(JSON.stringify(lines[0])).not.toMatch(/secret/);
  });

  it('gives a fresh request id when the caller sends none or a strange one', async () => {
    const { res, lines } = await logLines('info', (_req, res) => void res.json({}), {
      'x-request-id': 'no spaces <allowed>',
    });
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines[0]['requestId']).toBe(id);
  });

  it('logs client errors as warnings and server errors as errors, and nothing below the configured level', async () => {
    const notFound = await logLines('info', (_req, res) => void res.status(404).json({}));
    expect(notFound.lines.map((l) => l['level'])).toEqual([40]);
    const failed = await logLines('info', (_req, res) => void res.status(503).json({}));
    expect(failed.lines.map((l) => l['level'])).toEqual([50]);
    const quiet = await logLines('warn', (_req, res) => void res.json({}));
    expect(quiet.lines).toEqual([]);
  });

  it('never writes a one-time token of a link: token route parameters, token-like segments where no route matched', async () => {
    const token = 'Zm9vYmFyLXNlY3JldC1vbmUtdGltZS10b2tlbi0xMjM0NQ';
    const reset = await logLines(
      'info',
      (_req, res) => void res.json({}),
      {},
      '/api/auth/password/reset/:token',
      `/api/auth/password/reset/${token}?token=${token}`,
    );
    expect(reset.lines[0]).toMatchObject({
      req: { path: '/api/auth/password/reset/…' },
      route: '/api/auth/password/reset/:token',
    });
    const invitation = await logLines(
      'info',
      (_req, res) => void res.json({}),
      {},
      '/api/invitations/token/:token',
      `/api/invitations/token/${token}`,
    );
    expect(invitation.lines[0]).toMatchObject({ req: { path: '/api/invitations/token/…' } });
    const unmatched = await logLines(
      'info',
      (_req, res) => void res.json({}),
      {},
      '/api/things/:id',
      `/api/auth/password/reset/${token}/extra`,
    );
    expect(unmatched.lines[0]).toMatchObject({
      req: { path: '/api/auth/password/reset/…/extra' },
      res: { statusCode: 404 },
    });
    for (const { lines } of [reset, invitation, unmatched]) expect(JSON.stringify(lines)).not.toContain(token);
    // Ids stay readable.
    const id = await logLines(
      'info',
      (_req, res) => void res.json({}),
      {},
      '/api/things/:id',
      '/api/things/6f1c1f5e-1111-4111-8111-111111111111',
    );
    expect(id.lines[0]).toMatchObject({ req: { path: '/api/things/6f1c1f5e-1111-4111-8111-111111111111' } });
  });
});
