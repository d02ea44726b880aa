import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';

import express from 'express';
import pino from 'pino';

import { createRequestLogger } from './request-logger';

describe('request logger', () => {
  it('writes one JSON line per request with id, method, path, route, status, duration and user, and no secrets', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(JSON.parse(chunk.toString()));
        done();
      },
    });
    const app = express();
    app.use(createRequestLogger(pino({ level: 'info' }, sink)));
    app.get('/api/things/:id', (req, res) => {
      (req as unknown as { user: { id: string } }).user = { id: 'user-1' };
      res.json({ ok: true });
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const { port } = server.address() as AddressInfo;
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/things/42?token=secret-token`, {
        headers: { cookie: 'kp_session=secret-session', authorization: 'Bearer secret-bearer', 'x-request-id': 'abc-123' },
      });
      expect(res.headers.get('x-request-id')).toBe('abc-123');
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      server.close();
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      requestId: 'abc-123',
      req: { method: 'GET', path: '/api/things/42' },
      res: { statusCode: 200 },
      route: '/api/things/:id',
      userId: 'user-1',
    });
    expect(typeof lines[0]['durationMs']).toBe('number');
    expect(JSON.stringify(lines[0])).not.toMatch(/secret/);
  });
});
