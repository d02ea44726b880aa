import { ErrorCode } from '@kotopaikka/contracts';

import { Inject, Injectable } from '@nestjs/common';

import { APP_CONFIG, type AppConfig } from '../../config/config';
import { RetryLaterException } from '../../platform/auth/login-limiter';
import { RATE_LIMIT_STORE, type RateLimitStore } from '../../platform/rate-limit/rate-limit-store';

const WINDOW_MS = 3600_000;

function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/** What is counted: registrations, or requests to have the registration mail sent again (counted apart). */
export type RegistrationAttempt = 'registration' | 'resend';

const WORDS: Record<RegistrationAttempt, { key: string; plural: string }> = {
  registration: { key: 'live-registration', plural: 'registrations' },
  resend: { key: 'live-registration-resend', plural: 'requests to send the mail again' },
};

/**
 * Anti-automation on the public registration form: registrations (and, apart, requests to resend the mail) per
 * hour from one client address and to one session, counted in the shared rate-limit store (Redis when scaled).
 * A refused attempt takes its hit back.
 */
@Injectable()
export class RegistrationLimits {
  constructor(
    @Inject(RATE_LIMIT_STORE) private readonly store: RateLimitStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async claim(clientAddress: string, sessionId: string, attempt: RegistrationAttempt = 'registration'): Promise<void> {
    const { key, plural } = WORDS[attempt];
    const byAddress = `${key}:address:${clientAddress}`;
    const fromAddress = await this.store.increment(byAddress, WINDOW_MS);
    if (fromAddress.count > this.config.registrationMaxPerAddress) {
      await this.store.release(byAddress);
      throw new RetryLaterException(
        ErrorCode.TooManyRequests,
        `Too many ${plural} from your address; try again later`,
        seconds(fromAddress.resetInMs),
      );
    }
    const bySession = `${key}:session:${sessionId}`;
    const toSession = await this.store.increment(bySession, WINDOW_MS);
    if (toSession.count > this.config.registrationMaxPerSession) {
      await Promise.all([this.store.release(bySession), this.store.release(byAddress)]);
      throw new RetryLaterException(
        ErrorCode.TooManyRequests,
        `This session is getting too many ${plural} right now; try again later`,
        seconds(toSession.resetInMs),
      );
    }
  }
}
