import { EMAIL_CATEGORIES, type EmailCategory } from '@kotopaikka/contracts';

import { createHmac, timingSafeEqual } from 'node:crypto';

export type OptionalCategory = Exclude<EmailCategory, 'account'>;

const OPTIONAL: readonly string[] = EMAIL_CATEGORIES.filter((c) => c !== 'account');

function sign(secret: string, userId: string, category: OptionalCategory): string {
  return createHmac('sha256', secret).update(`unsubscribe:${userId}:${category}`).digest('base64url');
}

/** A link token that lets its holder switch off one category of mail for one person, without signing in. */
export function unsubscribeToken(secret: string, userId: string, category: OptionalCategory): string {
  return `${Buffer.from(`${userId}:${category}`).toString('base64url')}.${sign(secret, userId, category)}`;
}

export function verifyUnsubscribeToken(
  secret: string,
  token: string,
): { userId: string; category: OptionalCategory } | null {
  const [body, mac] = token.split('.');
  if (!body || !mac) return null;
  const [userId, category] = Buffer.from(body, 'base64url').toString('utf8').split(':');
  if (!userId || !/^[0-9a-f-]{36}$/i.test(userId) || !OPTIONAL.includes(category)) return null;
  const expected = Buffer.from(sign(secret, userId, category as OptionalCategory));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { userId, category: category as OptionalCategory };
}
