import { LIVE_NAMESPACE } from '@kotopaikka/contracts';

import { Injectable } from '@angular/core';

import type { LiveSocket } from './live-socket';

/**
 * A guest's own `/live` connection (a registrant's join link, no account): the handshake sends the token as
 * `auth: { guestToken }`, and `forceNew` keeps it apart from a signed-in connection in the same tab. The caller
 * disconnects it. Beside LiveConnection, not in it, so that only the room's lazy chunk carries it.
 */
@Injectable({ providedIn: 'root' })
export class GuestLiveConnection {
  open(guestToken: string): Promise<LiveSocket> {
    return import('socket.io-client').then(
      ({ io }): LiveSocket =>
        io(LIVE_NAMESPACE, {
          auth: { guestToken },
          forceNew: true,
          withCredentials: false,
          transports: ['websocket', 'polling'],
        }),
    );
  }
}
