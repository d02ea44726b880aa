import { ErrorCode, LIVE_NAMESPACE } from '@kotopaikka/contracts';
import { Logger } from '@nestjs/common';
import { type OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';

import { SessionService } from '../auth/session.service';
import { resolveSocketSession } from './realtime-auth';
import { RealtimeEmitter } from './realtime-emitter.service';
import { type RealtimeNamespace, sessionRoom, userRoom } from './realtime-types';

/** Owns the `/live` namespace: authenticates the handshake by the session cookie and joins the person's rooms. */
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class RealtimeGateway implements OnGatewayInit<RealtimeNamespace> {
  private readonly logger = new Logger('Live');

  constructor(
    private readonly sessions: SessionService,
    private readonly emitter: RealtimeEmitter,
  ) {}

  afterInit(namespace: RealtimeNamespace): void {
    namespace.use((socket, next) => {
      resolveSocketSession(this.sessions, socket.handshake.headers.cookie).then(
        (lookup) => {
          if (lookup.state !== 'valid') {
            const code = lookup.state === 'expired' ? ErrorCode.SessionExpired : ErrorCode.Unauthenticated;
            return next(Object.assign(new Error(code), { data: { code } }));
          }
          socket.data = { userId: lookup.principal.id, sessionId: lookup.principal.sessionTokenHash };
          next();
        },
        (err: Error) => {
          this.logger.warn({ err: err.message }, 'socket handshake could not check the session');
          next(Object.assign(new Error(ErrorCode.ServiceUnavailable), { data: { code: ErrorCode.ServiceUnavailable } }));
        },
      );
    });
    // Joined synchronously on connection, before any event from another node can target the rooms.
    namespace.on('connection', (socket) => {
      void socket.join([userRoom(socket.data.userId), sessionRoom(socket.data.sessionId)]);
    });
    this.emitter.attach(namespace);
  }
}
