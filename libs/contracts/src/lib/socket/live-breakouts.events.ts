import type { SocketAck } from '../errors';
import type { LiveRoomEvent, LiveSessionRef } from './live-room.events';

/** How participants are split: at random (evenly), by their municipality, or by the host's own hand. */
export const BREAKOUT_MODES = ['random', 'municipality', 'manual'] as const;
export type BreakoutMode = (typeof BREAKOUT_MODES)[number];

export interface BreakoutGroup {
  id: string;
  name: string;
  participantIds: string[];
}

export interface Breakout {
  id: string;
  status: 'prepared' | 'running' | 'ended';
  mode: BreakoutMode;
  minutes: number;
  /** When a running breakout ends by itself (everyone returns). */
  endsAt: string | null;
  groups: BreakoutGroup[];
}

export interface BreakoutPrepareRequest extends LiveSessionRef {
  mode: BreakoutMode;
  /** How many groups (random and manual), 2–50; by municipality makes one group per municipality present. */
  groupCount: number;
  minutes: number;
  /** Manual mode: who goes where (group index from 0); anyone not listed stays in the main room. */
  assignments?: { participantId: string; group: number }[];
}

export interface BreakoutAssignRequest extends LiveSessionRef {
  participantId: string;
  /** A group of the prepared or running breakout; `null` takes the participant back to the main room. */
  groupId: string | null;
}

export interface BreakoutBroadcastRequest extends LiveSessionRef {
  text: string;
}

export interface BreakoutVisitRequest extends LiveSessionRef {
  /** The group to look in on, or `null` to come back to the main room only. */
  groupId: string | null;
}

export type LiveBreakoutEvent =
  | LiveRoomEvent<'breakout.prepared', Breakout>
  | LiveRoomEvent<'breakout.started', Breakout>
  | LiveRoomEvent<'breakout.ended', { breakoutId: string }>
  | LiveRoomEvent<'breakout.broadcast', { text: string; from: string }>;

export interface LiveBreakoutsClientEvents {
  'breakout:prepare': (
    payload: BreakoutPrepareRequest,
    ack: (result: SocketAck<{ breakout: Breakout }>) => void,
  ) => void;
  'breakout:assign': (payload: BreakoutAssignRequest, ack: (result: SocketAck<{ breakout: Breakout }>) => void) => void;
  'breakout:start': (payload: LiveSessionRef, ack: (result: SocketAck<{ breakout: Breakout }>) => void) => void;
  'breakout:end': (payload: LiveSessionRef, ack: (result: SocketAck) => void) => void;
  'breakout:broadcast': (payload: BreakoutBroadcastRequest, ack: (result: SocketAck) => void) => void;
  'breakout:visit': (payload: BreakoutVisitRequest, ack: (result: SocketAck) => void) => void;
  /** The session's current breakout (prepared or running), or `null`. */
  'breakout:current': (
    payload: LiveSessionRef,
    ack: (result: SocketAck<{ breakout: Breakout | null }>) => void,
  ) => void;
}

export const LIVE_BREAKOUTS_CLIENT_EVENTS = {
  'breakout:prepare': true,
  'breakout:assign': true,
  'breakout:start': true,
  'breakout:end': true,
  'breakout:broadcast': true,
  'breakout:visit': true,
  'breakout:current': true,
} as const satisfies Record<keyof LiveBreakoutsClientEvents, true>;
