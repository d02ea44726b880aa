import { LIVE_BOARD_CLIENT_EVENTS, type LiveBoardClientEvents } from './live-board.events';
import { LIVE_BREAKOUTS_CLIENT_EVENTS, type LiveBreakoutsClientEvents } from './live-breakouts.events';
import { LIVE_CHAT_CLIENT_EVENTS, type LiveChatClientEvents, type LiveChatServerEvents } from './live-chat.events';
import { LIVE_HANDS_CLIENT_EVENTS, type LiveHandsClientEvents } from './live-hands.events';
import { LIVE_NOTES_CLIENT_EVENTS, type LiveNotesClientEvents, type LiveNotesServerEvents } from './live-notes.events';
import { LIVE_POLLS_CLIENT_EVENTS, type LivePollsClientEvents } from './live-polls.events';
import { LIVE_ROOM_CLIENT_EVENTS, type LiveRoomClientEvents, type LiveRoomServerEvents } from './live-room.events';
import {
  NOTIFICATIONS_CLIENT_EVENTS,
  type NotificationsClientEvents,
  type NotificationsServerEvents,
} from './notifications.events';
import type { SessionServerEvents } from './session.events';

export * from './live-board.events';
export * from './live-breakouts.events';
export * from './live-chat.events';
export * from './live-hands.events';
export * from './live-notes.events';
export * from './live-polls.events';
export * from './live-room.events';
export * from './notifications.events';
export * from './room-sequencer';
export * from './session.events';

/** The one Socket.IO namespace; each capability adds a `<capability>.events.ts` beside this file and joins the maps below. */
export const LIVE_NAMESPACE = '/live';

export type ServerToClientEvents = SessionServerEvents &
  NotificationsServerEvents &
  LiveRoomServerEvents &
  LiveNotesServerEvents &
  LiveChatServerEvents;

export type ClientToServerEvents = NotificationsClientEvents &
  LiveRoomClientEvents &
  LiveBreakoutsClientEvents &
  LivePollsClientEvents &
  LiveBoardClientEvents &
  LiveNotesClientEvents &
  LiveChatClientEvents &
  LiveHandsClientEvents;

// Server-side emits between nodes carry nothing of their own, so the inter-server map is empty.
export type InterServerEvents = Record<string, never>;

/** A guest's socket: a registrant without an account, admitted to the one session their link is for. */
export interface SocketGuest {
  registrationId: string;
  liveSessionId: string;
  name: string;
}

/**
 * Why a guest's handshake was refused, beside `code: token_invalid` in the connect error's `data`: the link is
 * unknown or cancelled (`invalid`), the registrant still waits for a seat, the room is not open yet, or over.
 */
export type GuestRefusal = 'invalid' | 'waitlisted' | 'early' | 'over' | 'cancelled';

/** The `data` of a refused handshake's connect error. */
export interface HandshakeRefusal {
  code: string;
  reason?: GuestRefusal;
}

/**
 * What the server keeps on each authenticated socket. A signed-in person's socket has `userId` and
 * `sessionId` (the HTTP session) and `guest: null`; a guest's has empty ids and `guest` set.
 */
export interface SocketData {
  userId: string;
  sessionId: string;
  guest: SocketGuest | null;
}

export type ClientToServerEventName = keyof ClientToServerEvents;

/** Every event a client may send, as data, so a test can check that each has a guarded handler. */
// A pure call, so a bundle that never reads the list (the client's) leaves it and the per-capability lists out.
export const CLIENT_TO_SERVER_EVENTS: Readonly<Record<ClientToServerEventName, true>> = /* @__PURE__ */ Object.assign(
  {},
  NOTIFICATIONS_CLIENT_EVENTS,
  LIVE_ROOM_CLIENT_EVENTS,
  LIVE_POLLS_CLIENT_EVENTS,
  LIVE_BOARD_CLIENT_EVENTS,
  LIVE_BREAKOUTS_CLIENT_EVENTS,
  LIVE_NOTES_CLIENT_EVENTS,
  LIVE_CHAT_CLIENT_EVENTS,
  LIVE_HANDS_CLIENT_EVENTS,
) satisfies Record<ClientToServerEventName, true>;

// Pure too: an unmarked call here kept every list above in the client's initial chunk.
export const CLIENT_TO_SERVER_EVENT_NAMES = /* @__PURE__ */ Object.keys(
  CLIENT_TO_SERVER_EVENTS,
) as ClientToServerEventName[];

/** The payload a client sends with event E. */
export type ClientEventPayload<E extends ClientToServerEventName> = Parameters<ClientToServerEvents[E]>[0];

/** What the server acknowledges event E with (`{ ok: true, ... }` or the error ack). */
export type ClientEventAck<E extends ClientToServerEventName> =
  Parameters<ClientToServerEvents[E]> extends [unknown, (result: infer R) => void] ? R : never;

/** The success part of E's acknowledgement, which a handler returns. */
export type ClientEventResult<E extends ClientToServerEventName> = Extract<ClientEventAck<E>, { ok: true }>;
