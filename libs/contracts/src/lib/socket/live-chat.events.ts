import type { SocketAck } from '../errors';
import type { LiveRole, LiveRoomEvent, LiveSessionRef } from './live-room.events';

/** At most this many characters in one chat message (after trimming). */
export const LIVE_CHAT_MAX_LENGTH = 2000;
/** A history page: the latest this many messages, older ones on demand. */
export const LIVE_CHAT_HISTORY_PAGE = 100;

/** A chat message as everyone in the room sees it: the sender's room name and role, never their e-mail. */
export interface LiveChatMessage {
  id: string;
  /** The seq of its `chat.message` room event: messages are ordered by it. */
  seq: number;
  participantId: string;
  name: string;
  role: LiveRole;
  /** The breakout group whose chat it is in; null in the main room. */
  groupId: string | null;
  /** Null once a host deleted the message or its retention period passed. */
  text: string | null;
  deleted: boolean;
  at: string;
}

export interface LiveChatSendRequest {
  sessionId: string;
  text: string;
  /** A running breakout group one is in (hosts: any); omitted or null for the main room. */
  groupId?: string | null;
}

export interface LiveChatHistoryRequest {
  sessionId: string;
  /** The seq of the oldest message the client has; the answer holds the page before it. Omit for the latest. */
  beforeSeq?: number;
  /** A breakout group's chat; omitted or null for the main room's. */
  groupId?: string | null;
}

export interface LiveChatHistoryResult {
  /** Oldest first. */
  messages: LiveChatMessage[];
  /** True when there are older messages than these. */
  more: boolean;
  locked: boolean;
}

export interface LiveChatMessageRef {
  sessionId: string;
  messageId: string;
}

export interface LiveChatLockRequest {
  sessionId: string;
  locked: boolean;
}

/** A report of a message, as the hosts see it. */
export interface LiveChatReport {
  message: LiveChatMessage;
  /** Who reported it, in the order they did. */
  reporters: { participantId: string; name: string; at: string }[];
}

export type LiveChatEvent =
  | LiveRoomEvent<'chat.message', Omit<LiveChatMessage, 'seq' | 'deleted' | 'at' | 'groupId'>>
  | LiveRoomEvent<'chat.deleted', { messageId: string }>
  | LiveRoomEvent<'chat.locked', { locked: boolean }>;

export interface LiveChatServerEvents {
  /** To the session's hosts only: a participant reported a message. */
  'chat:reported': (payload: { sessionId: string; report: LiveChatReport }) => void;
}

export interface LiveChatClientEvents {
  /** Persisted, then broadcast as `chat.message`; the ack carries the stored message. */
  'chat:send': (payload: LiveChatSendRequest, ack: (result: SocketAck<{ message: LiveChatMessage }>) => void) => void;
  'chat:history': (payload: LiveChatHistoryRequest, ack: (result: SocketAck<LiveChatHistoryResult>) => void) => void;
  /** Hosts: the message's text is gone for everyone (`chat.deleted`). */
  'chat:delete': (payload: LiveChatMessageRef, ack: (result: SocketAck) => void) => void;
  /** Hosts: while locked only hosts may write (others get `chat_locked`). */
  'chat:lock': (payload: LiveChatLockRequest, ack: (result: SocketAck) => void) => void;
  /** Tells the hosts about a message; once per reporter. */
  'chat:report': (payload: LiveChatMessageRef, ack: (result: SocketAck) => void) => void;
  /** Hosts: the reported messages, most recently reported first. */
  'chat:reports': (payload: LiveSessionRef, ack: (result: SocketAck<{ reports: LiveChatReport[] }>) => void) => void;
}

export const LIVE_CHAT_CLIENT_EVENTS = {
  'chat:send': true,
  'chat:history': true,
  'chat:delete': true,
  'chat:lock': true,
  'chat:report': true,
  'chat:reports': true,
} as const satisfies Record<keyof LiveChatClientEvents, true>;
