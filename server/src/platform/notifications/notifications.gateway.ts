import { ErrorCode, type FieldProblem, LIVE_NAMESPACE, type SocketAck } from '@kotopaikka/contracts';
import { UseGuards } from '@nestjs/common';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';

import { ApiException } from '../errors/api.exception';
import { RealtimeSessionGuard } from '../realtime/realtime-session.guard';
import type { RealtimeSocket } from '../realtime/realtime-types';
import { NotificationReadPayload } from './dto/notification.dto';
import { NotificationService } from './notification.service';

type Ack<T extends object> = SocketAck<T>;

function invalid(details: FieldProblem[]): Ack<never> {
  return { ok: false, code: ErrorCode.ValidationFailed, message: details.map((d) => `${d.field}: ${d.problems.join(', ')}`).join('; '), details };
}

/** Validates a socket payload like the HTTP pipe does: unknown fields rejected, bad fields named. */
async function parsePayload<T extends object>(type: new () => T, payload: unknown): Promise<{ value: T } | { problems: FieldProblem[] }> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return { problems: [{ field: 'payload', problems: ['must be an object'] }] };
  const value = plainToInstance(type, payload);
  const errors = await validate(value, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length === 0) return { value };
  return { problems: errors.map((e) => ({ field: e.property, problems: Object.values(e.constraints ?? {}) })) };
}

@UseGuards(RealtimeSessionGuard)
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class NotificationsGateway {
  constructor(private readonly notifications: NotificationService) {}

  @SubscribeMessage('notification:read')
  async read(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() payload: unknown): Promise<Ack<{ unread: number }>> {
    const parsed = await parsePayload(NotificationReadPayload, payload);
    if ('problems' in parsed) return invalid(parsed.problems);
    try {
      return { ok: true, unread: await this.notifications.markRead(socket.data.userId, parsed.value.id) };
    } catch (err) {
      if (err instanceof ApiException) return { ok: false, code: err.code, message: err.message, details: null };
      return { ok: false, code: ErrorCode.ServiceUnavailable, message: 'Try again shortly', details: null };
    }
  }
}
