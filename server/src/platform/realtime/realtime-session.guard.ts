import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';

import { SessionService } from '../auth/session.service';
import { ApiException } from '../errors/api.exception';
import { resolveSocketSession } from './realtime-auth';
import type { RealtimeSocket } from './realtime-types';

/** Every socket event re-checks the session: a socket whose session ended is told so and disconnected. */
@Injectable()
export class RealtimeSessionGuard implements CanActivate {
  constructor(private readonly sessions: SessionService) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const socket = ctx.switchToWs().getClient<RealtimeSocket>();
    if (socket.data.guest) throw ApiException.forbidden('Guests may only take part in the session their link is for');
    const lookup = await resolveSocketSession(this.sessions, socket.handshake.headers.cookie);
    if (lookup.state === 'valid' && lookup.principal.id === socket.data.userId) return true;
    socket.emit('session:ended', { reason: lookup.state === 'expired' ? 'expired' : 'logout' });
    socket.disconnect(true);
    return false;
  }
}
