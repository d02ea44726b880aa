import { ErrorCode } from '@kotopaikka/contracts';

import { type ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';

import { ApiException } from '../errors/api.exception';

/** The general per-IP request limit (RATE_LIMIT_PER_MINUTE), answered in the one error shape. */
@Injectable()
export class RequestThrottlerGuard extends ThrottlerGuard {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    // Socket events have their own limits in the gateway; this guard reads HTTP requests.
    if (context.getType() !== 'http') return true;
    return super.canActivate(context);
  }

  protected override async throwThrottlingException(): Promise<void> {
    throw new ApiException(
      HttpStatus.TOO_MANY_REQUESTS,
      ErrorCode.TooManyRequests,
      'Too many requests; slow down and try again shortly',
    );
  }
}
