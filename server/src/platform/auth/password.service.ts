import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@kotopaikka/contracts';

import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

import { isCommonPassword } from './common-passwords';

/** OWASP's minimum for argon2id: 19 MiB memory, 2 iterations, 1 lane. */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common';

@Injectable()
export class PasswordService {
  /** Why a new password is refused, or null when it is acceptable. */
  problem(password: string, context: string[] = []): PasswordProblem | null {
    if (password.length < PASSWORD_MIN_LENGTH) return 'too_short';
    if (password.length > PASSWORD_MAX_LENGTH) return 'too_long';
    const lower = password.toLowerCase();
    if (isCommonPassword(lower) || context.some((c) => c.length >= 4 && lower === c.toLowerCase())) return 'too_common';
    return null;
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    if (!hash) {
      // Spend the same time as a real check so a missing account is not revealed by timing.
      await argon2.hash(password, ARGON2_OPTIONS);
      return false;
    }
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }
}
