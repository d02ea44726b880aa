import { ErrorCode, type GuestRefusal, type HandshakeRefusal, LIVE_NAMESPACE } from '@kotopaikka/contracts';

import { Inject, Logger } from '@nestjs/common';
import { type OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';

import { APP_CONFIG, type AppConfig } from '../../config/config';
import { SessionService } from '../auth/session.service';
import { originAllowed, resolveSocketSession } from './realtime-auth';
import { RealtimeEmitter } from './realtime-emitter.service';
import { RealtimeGuests } from './realtime-guests';
import { type RealtimeNamespace, sessionRoom, userRoom } from './realtime-types';

function refusal(code: ErrorCode, reason?: GuestRefusal): Error {
  const data: HandshakeRefusal = reason ? { code, reason } : { code };
  return Object.assign(new Error(code), { data });
}

/**
 * Owns the `/live` namespace: refuses a handshake from a foreign origin, authenticates it by the session
 * cookie (or a guest's link token, `auth.guestToken`) and joins the person's rooms.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class RealtimeGateway implements OnGatewayInit<RealtimeNamespace> {
  private readonly logger = new Logger('Realtime');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionService,
    private readonly emitter: RealtimeEmitter,
    private readonly guests: RealtimeGuests,
  ) {}

  afterInit(namespace: RealtimeNamespace): void {
    namespace.use((socket, next) => {
      if (!originAllowed(socket.handshake.headers.origin, this.config.corsOrigin)) {
        this.logger.warn({ origin: socket.handshake.headers.origin }, 'socket handshake from a foreign origin refused');
        return next(refusal(ErrorCode.Forbidden));
      }
      const guestToken: unknown = (socket.handshake.auth as Record<string, unknown> | undefined)?.['guestToken'];
      if (typeof guestToken === 'string' && guestToken !== '') {
        this.guests.resolve(guestToken).then(
          (guest) => {
            if (!guest) return next(refusal(ErrorCode.TokenInvalid, 'invalid'));
            if ('refused' in guest) return next(refusal(ErrorCode.TokenInvalid, guest.refused));
            socket.data = { userId: '', sessionId: '', guest };
            next();
          },
          (err: Error) => {
            this.logger.warn({ err: err.message }, 'socket handshake could not check the guest link');
            next(refusal(ErrorCode.ServiceUnavailable));
          },
        );
        return;
      }
      resolveSocketSession(this.sessions, socket.handshake.headers.cookie).then(
        (lookup) => {
          if (lookup.state !== 'valid')
            return next(refusal(lookup.state === 'expired' ? ErrorCode.SessionExpired : ErrorCode.Unauthenticated));
          socket.data = { userId: lookup.principal.id, sessionId: lookup.principal.sessionTokenHash, guest: null };
          next();
        },
        (err: Error) => {
          this.logger.warn({ err: err.message }, 'socket handshake could not check the session');
          next(refusal(ErrorCode.ServiceUnavailable));
        },
      );
    });
    // Joined synchronously on connection, before any event from another node can target the rooms.
    namespace.on('connection', (socket) => {
      if (socket.data.guest) return; // a guest joins only the room of its session, when it asks to
      void socket.join([userRoom(socket.data.userId), sessionRoom(socket.data.sessionId)]);
    });
    this.emitter.attach(namespace);
  }
}
