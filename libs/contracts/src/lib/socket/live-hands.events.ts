import type { SocketAck } from '../errors';
import type { LiveRole, LiveRoomEvent, LiveSessionRef } from './live-room.events';

/** A raised hand in the room's queue. */
export interface LiveHand {
  participantId: string;
  name: string;
  role: LiveRole;
  raisedAt: string;
}

export interface LiveHandLowerRequest {
  sessionId: string;
  /** Whose hand: omitted (or one's own id) for one's own; hosts may lower anyone's. */
  participantId?: string;
}

export type LiveHandEvent =
  | LiveRoomEvent<'hand.raised', Omit<LiveHand, 'raisedAt'>>
  | LiveRoomEvent<'hand.lowered', { participantId: string; by: string }>;

export interface LiveHandsClientEvents {
  'hand:raise': (payload: LiveSessionRef, ack: (result: SocketAck<{ hands: LiveHand[] }>) => void) => void;
  'hand:lower': (payload: LiveHandLowerRequest, ack: (result: SocketAck<{ hands: LiveHand[] }>) => void) => void;
  /** The queue, first raised first. */
  'hand:list': (payload: LiveSessionRef, ack: (result: SocketAck<{ hands: LiveHand[] }>) => void) => void;
}

export const LIVE_HANDS_CLIENT_EVENTS = {
  'hand:raise': true,
  'hand:lower': true,
  'hand:list': true,
} as const satisfies Record<keyof LiveHandsClientEvents, true>;
