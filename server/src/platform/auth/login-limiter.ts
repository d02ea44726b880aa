import { createHash } from 'node:crypto';

import { ErrorCode } from '@kotopaikka/contracts';
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

function accountKey(email: string): string {
  // Hashed so the store never holds addresses; lower-cased like the unique index on app_user.
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/**
 * Brute-force limits on password checks. Counts failures, not attempts, so an office of people signing in
 * from one address is never refused; an account is locked for a while after a few failures, and an address
 * that fails very often is paused. Unknown e-mail addresses are counted the same way, revealing nothing.
 */
@Injectable()
export class LoginLimiter {
  constructor(
    @Inject(RATE_LIMIT_STORE) private readonly store: RateLimitStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Throws RetryLaterException when this address or this account may not try a password now. */
  async assertMayTry(email: string, ip: string): Promise<void> {
    const [byIp, lock] = await Promise.all([this.store.peek(`login:ip:${ip}`), this.store.peek(`login:lock:${accountKey(email)}`)]);
    if (byIp && byIp.count >= this.config.loginMaxIpFailures) {
      throw new RetryLaterException(ErrorCode.TooManyRequests, 'Too many failed sign-ins from your address; try again later', seconds(byIp.resetInMs));
    }
    if (lock) {
      throw new RetryLaterException(ErrorCode.AccountLocked, 'Too many failed sign-ins; the account is locked for a while', seconds(lock.resetInMs));
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const windowMs = this.config.loginFailureWindowMinutes * 60_000;
    const key = accountKey(email);
    const [, byAccount] = await Promise.all([this.store.increment(`login:ip:${ip}`, windowMs), this.store.increment(`login:fail:${key}`, windowMs)]);
    if (byAccount.count >= this.config.loginMaxAccountFailures) {
      await this.store.increment(`login:lock:${key}`, this.config.loginLockMinutes * 60_000);
      await this.store.reset(`login:fail:${key}`);
    }
  }

  async recordSuccess(email: string): Promise<void> {
    await this.store.reset(`login:fail:${accountKey(email)}`);
  }
}
