import type { SocketAck } from '../errors';

/**
 * A room's shared notes: one Yjs document per session (and per breakout group), whose content is the
 * Y.Text named LIVE_NOTES_TEXT, Markdown-ish plain text that is exported as it is. Updates, state vectors
 * and awareness updates travel as base64 strings (Y.encodeStateAsUpdate, Y.encodeStateVector and
 * y-protocols' encodeAwarenessUpdate, base64 by lib0/buffer's toBase64).
 */
export const LIVE_NOTES_TEXT = 'notes';

/** A Yjs update larger than this (decoded) is refused. */
export const LIVE_NOTES_MAX_UPDATE_BYTES = 256 * 1024;

/** An awareness update (cursor, name, colour) larger than this is refused. */
export const LIVE_NOTES_MAX_AWARENESS_BYTES = 16 * 1024;

/** Which notes: the session's main document, or a breakout group's when `groupId` is set. */
export interface LiveNotesRef {
  sessionId: string;
  groupId?: string;
}

export interface LiveNotesSyncRequest extends LiveNotesRef {
  /** The client document's state vector; omit to get the whole document. */
  stateVector?: string;
}

export interface LiveNotesSyncResult {
  /** What the client lacks: Y.encodeStateAsUpdate(serverDoc, clientStateVector). Apply it. */
  update: string;
  /** The server's state vector: send Y.encodeStateAsUpdate(clientDoc, it) back as `notes:update` if non-empty. */
  stateVector: string;
}

export interface LiveNotesUpdateRequest extends LiveNotesRef {
  update: string;
}

export interface LiveNotesAwarenessRequest extends LiveNotesRef {
  update: string;
}

/** Another participant's edit (persisted before it is sent) or awareness change. */
export interface LiveNotesServerUpdate {
  sessionId: string;
  groupId: string | null;
  update: string;
}

/** The notes as text, readable after the session (`GET /api/live-sessions/{id}/notes`). */
export interface LiveNotes {
  sessionId: string;
  groupId: string | null;
  text: string;
  /** When the last edit was stored; null for notes nobody wrote in. */
  updatedAt: string | null;
}

export interface LiveNotesServerEvents {
  'notes:update': (payload: LiveNotesServerUpdate) => void;
  'notes:awareness': (payload: LiveNotesServerUpdate) => void;
}

export interface LiveNotesClientEvents {
  'notes:sync': (payload: LiveNotesSyncRequest, ack: (result: SocketAck<LiveNotesSyncResult>) => void) => void;
  /** Acknowledged once the update is stored; a client keeps unacknowledged updates to send again after a reconnect. */
  'notes:update': (payload: LiveNotesUpdateRequest, ack: (result: SocketAck) => void) => void;
  /** Relayed to the others in the room, not stored. */
  'notes:awareness': (payload: LiveNotesAwarenessRequest, ack: (result: SocketAck) => void) => void;
}

export const LIVE_NOTES_CLIENT_EVENTS = {
  'notes:sync': true,
  'notes:update': true,
  'notes:awareness': true,
} as const satisfies Record<keyof LiveNotesClientEvents, true>;
