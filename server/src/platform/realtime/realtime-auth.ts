import { SESSION_COOKIE, type SessionLookup, type SessionService } from '../auth/session.service';

/** The `kp_session` value from a raw Cookie header (the handshake carries the browser's cookies). */
export function sessionTokenFromCookieHeader(header: string | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    try {
      return decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export function resolveSocketSession(sessions: SessionService, cookieHeader: string | undefined): Promise<SessionLookup> {
  return sessions.resolve(sessionTokenFromCookieHeader(cookieHeader));
}
