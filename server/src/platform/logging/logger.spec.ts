import { Writable } from 'node:stream';
import { Logger } from '@nestjs/common';
import pino from 'pino';

import { NestPinoLogger } from './logger';

function capture(): { lines: Record<string, unknown>[]; logger: NestPinoLogger } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  return { lines, logger: new NestPinoLogger(pino({ level: 'trace' }, sink)) };
}

describe('NestPinoLogger', () => {
  afterEach(() => Logger.overrideLogger(false));

  it('keeps the context, the structured fields and the message of a contextual Nest logger', () => {
    const { lines, logger } = capture();
    Logger.overrideLogger(logger);
    new Logger('Queues').warn({ queue: 'mail' }, 'queue connection problem');
    new Logger('Mail').log('plain line');
    new Logger('Errors').error('failed', 'Error: stack here');
    expect(lines[0]).toMatchObject({ level: 40, context: 'Queues', queue: 'mail', msg: 'queue connection problem' });
    expect(lines[1]).toMatchObject({ level: 30, context: 'Mail', msg: 'plain line' });
    expect(lines[2]).toMatchObject({ level: 50, context: 'Errors', msg: 'failed', stack: 'Error: stack here' });
  });
});
