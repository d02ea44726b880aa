import { type SessionLookup, type SessionService, sessionTokenFromCookieHeader } from '../auth/session.service';

export function resolveSocketSession(
  sessions: SessionService,
  cookieHeader: string | undefined,
): Promise<SessionLookup> {
  return sessions.resolve(sessionTokenFromCookieHeader(cookieHeader));
}

function originOf(value: string): string | null {
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/**
 * Whether a handshake's `Origin` may open a socket: the configured origin, or none at all. Browsers send
 * `Origin` on every WebSocket and cross-site request, so a page elsewhere cannot ride the session cookie;
 * a missing one is a same-origin polling GET or a non-browser client, which still needs the session.
 */
export function originAllowed(origin: string | undefined, allowedOrigin: string): boolean {
  if (origin === undefined || origin === '') return true;
  const expected = originOf(allowedOrigin);
  return expected !== null && originOf(origin) === expected;
}
