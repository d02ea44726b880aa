import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { Test } from '@nestjs/testing';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { Type } from 'class-transformer';
import { IsInt, IsUUID, Max, ValidateNested } from 'class-validator';
import { io, type Socket } from 'socket.io-client';

import { connected } from '../../testing/live-client';
import { ApiException } from '../errors/api.exception';
import { SocketHandlers, SocketPublic } from './socket-handlers';

class ProbeSize {
  @IsInt()
  @Max(10)
  value!: number;
}

class ProbePayload {
  @IsUUID()
  id!: string;

  @ValidateNested()
  @Type(() => ProbeSize)
  size!: ProbeSize;
}

type ProbeAck =
  | { ok: true; id: string; size: number }
  | { ok: false; code: string; message: string; details: { field: string; problems: string[] }[] | null };

interface ProbeEvents {
  'probe:echo': (payload: unknown, ack: (result: ProbeAck) => void) => void;
  'probe:explode': (payload: unknown, ack: (result: ProbeAck) => void) => void;
  'probe:refuse': (payload: unknown, ack: (result: ProbeAck) => void) => void;
  'probe:untyped': (payload: unknown, ack: (result: ProbeAck) => void) => void;
}

// Stands in for any gateway: the shared pipe and filter are all that make these handlers answer as they do.
@SocketHandlers()
@SocketPublic()
@WebSocketGateway({ namespace: '/probe' })
class ProbeGateway {
  @SubscribeMessage('probe:echo')
  echo(@MessageBody() payload: ProbePayload): ProbeAck {
    return { ok: true, id: payload.id, size: payload.size.value };
  }

  @SubscribeMessage('probe:explode')
  explode(@MessageBody() payload: ProbePayload): ProbeAck {
    throw new Error(`database password in a message that must not reach the client ${payload.id}`);
  }

  @SubscribeMessage('probe:refuse')
  refuse(): ProbeAck {
    throw ApiException.forbidden();
  }

  @SubscribeMessage('probe:untyped')
  untyped(@ConnectedSocket() socket: unknown, @MessageBody() payload: unknown): ProbeAck {
    return { ok: true, id: String(payload), size: socket ? 1 : 0 };
  }
}

const ID = '4b0e6a36-6c43-4d0c-9d8c-0d3f5f0e2a11';

describe('socket handlers: one validation pipe and one error acknowledgement', () => {
  let app: INestApplication;
  let socket: Socket<Record<string, never>, ProbeEvents>;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ providers: [ProbeGateway] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.useWebSocketAdapter(new IoAdapter(app));
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    socket = io(`http://127.0.0.1:${port}/probe`, { transports: ['websocket'], reconnection: false, forceNew: true });
    await connected(socket);
  });

  afterAll(async () => {
    socket.disconnect();
    await app.close();
  });

  const send = (event: keyof ProbeEvents, payload: unknown): Promise<ProbeAck> =>
    socket.timeout(5000).emitWithAck(event, payload);

  it('hands a valid payload to the handler as its class and acknowledges what it returns', async () => {
    expect(await send('probe:echo', { id: ID, size: { value: 3 } })).toEqual({ ok: true, id: ID, size: 3 });
  });

  it('answers a bad payload with validation_failed naming every bad field, nested ones by path, unknown ones too', async () => {
    const ack = await send('probe:echo', { id: 'nope', size: { value: 11 }, admin: true });
    expect(ack).toMatchObject({ ok: false, code: 'validation_failed' });
    expect(ack.ok === false && ack.details?.map((d) => d.field).sort()).toEqual(['admin', 'id', 'size.value']);
    for (const notAnObject of ['text', 7, null, [ID]]) {
      expect(await send('probe:echo', notAnObject)).toEqual({
        ok: false,
        code: 'validation_failed',
        message: 'payload: must be an object',
        details: [{ field: 'payload', problems: ['must be an object'] }],
      });
    }
  });

  it('answers an ApiException with its code, and an unexpected error with internal_error and no detail', async () => {
    expect(await send('probe:refuse', {})).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await send('probe:explode', { id: ID, size: { value: 1 } })).toEqual({
      ok: false,
      code: 'internal_error',
      message: 'Something went wrong on our side',
      details: null,
    });
  });

  it('refuses a handler whose payload has no class rather than passing it unchecked', async () => {
    expect(await send('probe:untyped', { anything: 1 })).toMatchObject({ ok: false, code: 'internal_error' });
  });

  it('keeps the connection through all of it', async () => {
    await send('probe:explode', { id: ID, size: { value: 1 } });
    await send('probe:echo', 'not an object');
    expect(socket.connected).toBe(true);
    expect(await send('probe:echo', { id: ID, size: { value: 10 } })).toEqual({ ok: true, id: ID, size: 10 });
  });
});
