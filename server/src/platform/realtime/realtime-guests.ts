import type { SocketGuest } from '@kotopaikka/contracts';

import { Injectable } from '@nestjs/common';

/** Resolves a guest's personal link token to the one session it admits to, or `null` when it does not. */
export type SocketGuestResolver = (token: string) => Promise<SocketGuest | null>;

/**
 * Where a capability that admits guests (live sessions) plugs in how a guest token is checked, so the
 * transport knows guests without knowing the capability. Without a resolver, guest handshakes are refused.
 */
@Injectable()
export class RealtimeGuests {
  private resolver: SocketGuestResolver | null = null;

  register(resolver: SocketGuestResolver): void {
    this.resolver = resolver;
  }

  resolve(token: string): Promise<SocketGuest | null> {
    return this.resolver ? this.resolver(token) : Promise.resolve(null);
  }
}
