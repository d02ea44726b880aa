import type { GuestRefusal, SocketGuest } from '@kotopaikka/contracts';

import { Injectable } from '@nestjs/common';

/** A guest token's answer: the one session it admits to, or why it does not (`null`: unknown). */
export type GuestLookup = SocketGuest | { refused: GuestRefusal } | null;

/** Resolves a guest's personal link token. */
export type SocketGuestResolver = (token: string) => Promise<GuestLookup>;

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

  resolve(token: string): Promise<GuestLookup> {
    return this.resolver ? this.resolver(token) : Promise.resolve(null);
  }
}
