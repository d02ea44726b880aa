import { createHmac } from 'node:crypto';

import { hashToken, newToken } from '../../platform/auth/session.service';

/** A registrant's personal join and cancel tokens, and the hashes the database keeps to find them. */
export interface RegistrationLinks {
  salt: string;
  joinToken: string;
  cancelToken: string;
  joinHash: string;
  cancelHash: string;
}

const derive = (secret: string, purpose: 'join' | 'cancel', salt: string): string =>
  createHmac('sha256', secret).update(`live-registration-${purpose}:${salt}`).digest('base64url');

/**
 * The links of a registration, derived from its salt with the server's secret: the reminders and a resent mail
 * carry the same links as the first, yet the database alone (salt and hashes) holds no usable token.
 */
export function registrationLinks(secret: string, salt: string): RegistrationLinks {
  const joinToken = derive(secret, 'join', salt);
  const cancelToken = derive(secret, 'cancel', salt);
  return { salt, joinToken, cancelToken, joinHash: hashToken(joinToken), cancelHash: hashToken(cancelToken) };
}

/** Links no one had before: a new registration's, or a promoted one's (whose earlier links stop working). */
export function newRegistrationLinks(secret: string): RegistrationLinks {
  return registrationLinks(secret, newToken());
}
