import type { RsvpState } from '@kotopaikka/contracts';

import type { EntityManager } from 'typeorm';

/** Someone a session's notices go to: a host or a person invited now, with what a mail or notification needs. */
export interface InvitedPerson {
  userId: string;
  email: string;
  displayName: string;
  /** The saved language (a locale code; check it against the supported ones before use). */
  locale: string;
  host: boolean;
  /** Their answer, if they gave one. */
  rsvp: RsvpState | null;
}

interface PersonRow {
  id: string;
  email: string;
  display_name: string;
  locale: string;
  host: boolean;
  rsvp: RsvpState | null;
}

/**
 * Every active person a session concerns now: its hosts and everyone its invitation rules reach at this moment
 * (named people, members of invited organisations, an invited audience in the session's municipality), once each.
 * The same rules as invitedSql, resolved from the session's side; empty for a session that does not exist.
 */
export async function invitedPeople(m: EntityManager, sessionId: string): Promise<InvitedPerson[]> {
  const rows: PersonRow[] = await m.query(
    `WITH reached AS (
       SELECT h.user_id, true AS host FROM live_session_host h WHERE h.session_id = $1
       UNION ALL
       SELECT i.user_id, false FROM live_session_invitee i WHERE i.session_id = $1 AND i.user_id IS NOT NULL
       UNION ALL
       SELECT u.id, false FROM live_session_invitee i JOIN app_user u ON u.organisation_id = i.organisation_id
        WHERE i.session_id = $1
       UNION ALL
       SELECT u.id, false FROM live_session_invitee i
         JOIN live_session s ON s.id = i.session_id
         JOIN app_user u ON u.audience = i.audience AND u.municipality_id = s.municipality_id
        WHERE i.session_id = $1
     )
     SELECT u.id, u.email, u.display_name, u.locale, bool_or(r.host) AS host, v.state AS rsvp
       FROM reached r
       JOIN app_user u ON u.id = r.user_id
       LEFT JOIN live_rsvp v ON v.session_id = $1 AND v.user_id = u.id
      WHERE u.status = 'active'
      GROUP BY u.id, v.state
      ORDER BY u.display_name, u.id`,
    [sessionId],
  );
  return rows.map((r) => ({
    userId: r.id,
    email: r.email,
    displayName: r.display_name,
    locale: r.locale,
    host: r.host,
    rsvp: r.rsvp,
  }));
}
