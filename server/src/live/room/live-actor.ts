import type { SocketGuest } from '@kotopaikka/contracts';

import { type CanActivate, createParamDecorator, type ExecutionContext, Injectable } from '@nestjs/common';

import type { Principal } from '../../platform/auth/principal';
import { SessionService } from '../../platform/auth/session.service';
import { resolveSocketSession } from '../../platform/realtime/realtime-auth';
import type { RealtimeSocket } from '../../platform/realtime/realtime-types';

/** Who sends a room event: a signed-in person, or a guest admitted by their personal link. */
export type LiveActor = { kind: 'user'; principal: Principal } | { kind: 'guest'; guest: SocketGuest };

const actors = new WeakMap<RealtimeSocket, LiveActor>();

/**
 * The guard of every room event: a person's session is re-checked on each event (one that ended is told
 * so and disconnected, as elsewhere); a guest's socket carries the session its link admits it to.
 */
@Injectable()
export class LiveActorGuard implements CanActivate {
  constructor(private readonly sessions: SessionService) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const socket = ctx.switchToWs().getClient<RealtimeSocket>();
    if (socket.data.guest) {
      actors.set(socket, { kind: 'guest', guest: socket.data.guest });
      return true;
    }
    const lookup = await resolveSocketSession(this.sessions, socket.handshake.headers.cookie);
    if (lookup.state === 'valid' && lookup.principal.id === socket.data.userId) {
      actors.set(socket, { kind: 'user', principal: lookup.principal });
      return true;
    }
    socket.emit('session:ended', { reason: lookup.state === 'expired' ? 'expired' : 'logout' });
    socket.disconnect(true);
    return false;
  }
}

/** The actor LiveActorGuard checked for this event. */
export const Actor = createParamDecorator((_: unknown, ctx: ExecutionContext): LiveActor => {
  const actor = actors.get(ctx.switchToWs().getClient<RealtimeSocket>());
  if (!actor) throw new Error('Actor used on a handler without LiveActorGuard');
  return actor;
});
