import { ErrorCode } from '@kotopaikka/contracts';

import { createHash } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';

import { APP_CONFIG, type AppConfig } from '../../config/config';
import { ApiException } from '../errors/api.exception';
import { RATE_LIMIT_STORE, type RateLimitStore } from '../rate-limit/rate-limit-store';

/** A 429 that tells when to try again; the controller copies it into the Retry-After header. */
export class RetryLaterException extends ApiException {
  constructor(
    code: ErrorCode.AccountLocked | ErrorCode.TooManyRequests,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(HttpStatus.TOO_MANY_REQUESTS, code, message, { retryAfterSeconds });
  }
}

function accountKey(foldedEmail: string): string {
  // Hashed so the store never holds addresses. The caller folds the address with PostgreSQL's lower(), like the
  // unique index on app_user: JavaScript's toLowerCase() folds İ and a final Σ differently, a fresh lock per variant.
  return createHash('sha256').update(foldedEmail).digest('hex');
}

/** A password check the limiter has let through; exactly one of the two ends it. */
export interface LoginAttempt {
  failed(): Promise<void>;
  succeeded(): Promise<void>;
}

function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/**
 * Brute-force limits on password checks. Counts failures, not attempts, so an office of people signing in
 * from one address is never refused; an account is locked for a while after a few failures, and an address
 * that fails very often is paused. Unknown e-mail addresses are counted the same way, revealing nothing.
 *
 * Each check is claimed (an atomic increment) before the slow hash and the claim is kept on failure and
 * taken back on success, so however many guesses arrive at once, at most the allowed number are checked;
 * the counts are failures plus the checks still running.
 */
@Injectable()
export class LoginLimiter {
  constructor(
    @Inject(RATE_LIMIT_STORE) private readonly store: RateLimitStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Claims one password check of this account (its address as folded by PostgreSQL) from this address, or throws RetryLaterException. */
  async claim(foldedEmail: string, ip: string): Promise<LoginAttempt> {
    const windowMs = this.config.loginFailureWindowMinutes * 60_000;
    const ipKey = `login:ip:${ip}`;
    const key = accountKey(foldedEmail);
    const failKey = `login:fail:${key}`;
    const byIp = await this.store.increment(ipKey, windowMs);
    if (byIp.count > this.config.loginMaxIpFailures) {
      await this.store.release(ipKey);
      throw new RetryLaterException(
        ErrorCode.TooManyRequests,
        'Too many failed sign-ins from your address; try again later',
        seconds(byIp.resetInMs),
      );
    }
    try {
      await this.assertNotLocked(key);
      const byAccount = await this.store.increment(failKey, windowMs);
      // Every allowed guess is spent or in flight: more at once is guessing, so the account locks now.
      if (byAccount.count > this.config.loginMaxAccountFailures) await this.lock(key);
      // Again after the claim: a lock set between the first look and the claim (which then counted afresh) still holds.
      await this.assertNotLocked(key, failKey);
      return {
        failed: async () => {
          if (byAccount.count >= this.config.loginMaxAccountFailures) await this.lock(key);
        },
        succeeded: async () => {
          await Promise.all([this.store.release(ipKey), this.store.reset(failKey)]);
        },
      };
    } catch (err) {
      await this.store.release(ipKey);
      throw err;
    }
  }

  private async assertNotLocked(key: string, claimedKey?: string): Promise<void> {
    const lock = await this.store.peek(`login:lock:${key}`);
    if (!lock) return;
    if (claimedKey) await this.store.release(claimedKey);
    throw new RetryLaterException(
      ErrorCode.AccountLocked,
      'Too many failed sign-ins; the account is locked for a while',
      seconds(lock.resetInMs),
    );
  }

  /** Locks first, then clears the failures, so a claim counted after the clear finds the lock. */
  private async lock(key: string): Promise<void> {
    // The window opens with the first lock and later ones do not extend it.
    await this.store.increment(`login:lock:${key}`, this.config.loginLockMinutes * 60_000);
    await this.store.reset(`login:fail:${key}`);
  }
}
