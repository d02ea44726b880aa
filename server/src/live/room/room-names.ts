/** The Socket.IO room of a live session's main room; every node's sockets in it get its events. */
export const liveRoom = (sessionId: string): string => `live:${sessionId}`;

/** One breakout group's room within a session. */
export const liveGroupRoom = (sessionId: string, groupId: string): string => `live:${sessionId}:group:${groupId}`;

/** A gap in a stay shorter than this is a reconnection, not a leave. */
export const STAY_GAP_MS = 2 * 60_000;

/** A connection whose node has not refreshed it for this long belongs to a dead node. */
export const CONNECTION_STALE_MS = 60_000;

/** How often each API node refreshes its connections' `last_seen_at`. */
export const NODE_HEARTBEAT_MS = 15_000;

/** At most this many events in one join or replay answer; the client asks again while `more` is true. */
export const REPLAY_PAGE = 500;

/** One participant's sockets in a session (all their tabs), for what only they receive. */
export const liveParticipantRoom = (sessionId: string, participantId: string): string =>
  `live:${sessionId}:participant:${participantId}`;
