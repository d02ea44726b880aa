import { type SessionLookup, type SessionService, sessionTokenFromCookieHeader } from '../auth/session.service';

export function resolveSocketSession(sessions: SessionService, cookieHeader: string | undefined): Promise<SessionLookup> {
  return sessions.resolve(sessionTokenFromCookieHeader(cookieHeader));
}
