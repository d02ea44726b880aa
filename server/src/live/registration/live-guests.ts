import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { tokenHashOf } from '../../accounts/invitations/one-time-token';
import { type GuestLookup, RealtimeGuests } from '../../platform/realtime/realtime-guests';
import { joinState } from './join-window';

/**
 * Admits a registrant's socket by their join link (`auth: { guestToken }`) while the link is open: from 30 minutes
 * before the start until the session ends, the registration holding a seat. Refusals say why (early, over, …).
 * One connection per link at a time is held at `live:join` (RoomAccess), where the participant row serialises them.
 */
@Injectable()
export class LiveGuests implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    private readonly guests: RealtimeGuests,
  ) {}

  onModuleInit(): void {
    this.guests.register((token) => this.resolve(token));
  }

  async resolve(token: string): Promise<GuestLookup> {
    const hash = tokenHashOf(token);
    if (!hash) return { refused: 'invalid' };
    const rows: {
      id: string;
      session_id: string;
      name: string;
      state: 'registered' | 'waitlisted' | 'cancelled';
      status: string;
      starts_at: Date;
      ends_at: Date;
      now: Date;
    }[] = await this.db.query(
      `SELECT r.id, r.session_id, r.name, r.state, s.status, s.starts_at, s.ends_at, now() AS now
         FROM live_registration r JOIN live_session s ON s.id = r.session_id WHERE r.join_token_hash = $1`,
      [hash],
    );
    const r = rows[0];
    if (!r) return { refused: 'invalid' };
    const state = joinState({ status: r.status, startsAt: r.starts_at, endsAt: r.ends_at, now: r.now }, r.state);
    if (state !== 'open') return { refused: state };
    return { registrationId: r.id, liveSessionId: r.session_id, name: r.name };
  }
}
