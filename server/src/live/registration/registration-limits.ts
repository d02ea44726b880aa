import { ErrorCode } from '@kotopaikka/contracts';

import { Inject, Injectable } from '@nestjs/common';

import { APP_CONFIG, type AppConfig } from '../../config/config';
import { RetryLaterException } from '../../platform/auth/login-limiter';
import { RATE_LIMIT_STORE, type RateLimitStore } from '../../platform/rate-limit/rate-limit-store';

const WINDOW_MS = 3600_000;

function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/**
 * Anti-automation on the public registration form: registrations per hour from one client address and to one
 * session, counted in the shared rate-limit store (Redis when scaled). A refused attempt takes its hit back.
 */
@Injectable()
export class RegistrationLimits {
  constructor(
    @Inject(RATE_LIMIT_STORE) private readonly store: RateLimitStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async claim(clientAddress: string, sessionId: string): Promise<void> {
    const byAddress = `live-registration:address:${clientAddress}`;
    const fromAddress = await this.store.increment(byAddress, WINDOW_MS);
    if (fromAddress.count > this.config.registrationMaxPerAddress) {
      await this.store.release(byAddress);
      throw new RetryLaterException(
        ErrorCode.TooManyRequests,
        'Too many registrations from your address; try again later',
        seconds(fromAddress.resetInMs),
      );
    }
    const bySession = `live-registration:session:${sessionId}`;
    const toSession = await this.store.increment(bySession, WINDOW_MS);
    if (toSession.count > this.config.registrationMaxPerSession) {
      await Promise.all([this.store.release(bySession), this.store.release(byAddress)]);
      throw new RetryLaterException(
        ErrorCode.TooManyRequests,
        'This session is getting too many registrations right now; try again later',
        seconds(toSession.resetInMs),
      );
    }
  }
}
