import type { SocketAck } from '../errors';

/** A person's part in a room. Co-hosts may do what hosts may. */
export type LiveRole = 'host' | 'cohost' | 'participant' | 'guest';

export interface LiveParticipant {
  /** Stable for the session: the same for a person's every tab and reconnection. */
  id: string;
  name: string;
  role: LiveRole;
}

/**
 * One entry of a room's durable event log. `seq` increases by one per room (no gaps), so a client that
 * saw `seq` n asks for everything after n when it rejoins, and drops what it has already seen.
 * `groupId` is set on events of one breakout group; the main room's have `null`.
 */
export interface LiveRoomEvent<T extends string = string, D = unknown> {
  sessionId: string;
  seq: number;
  type: T;
  groupId: string | null;
  at: string;
  data: D;
}

/** The kernel's own room events; each room feature (chat, hands, polls, board, notes, breakouts) adds its own. */
export type LiveKernelEvent =
  | LiveRoomEvent<'presence.joined', LiveParticipant>
  | LiveRoomEvent<'presence.left', { participantId: string }>
  | LiveRoomEvent<'participant.role', { participantId: string; role: LiveRole }>
  | LiveRoomEvent<'participant.removed', { participantId: string }>
  | LiveRoomEvent<'session.status', { status: 'scheduled' | 'live' | 'ended' | 'cancelled' }>;

export interface LiveJoinRequest {
  sessionId: string;
  /** The last `seq` this client saw; the answer replays every event after it. Omit on a first join. */
  afterSeq?: number;
}

export interface LiveJoinResult {
  me: LiveParticipant;
  /** Everyone in the room now (a person with two tabs once). */
  present: LiveParticipant[];
  /** Events after `afterSeq`, in order (capped; when `more` is true ask `live:replay` for the rest). */
  events: LiveRoomEvent[];
  more: boolean;
  /** The room's latest seq at the time of the answer. */
  lastSeq: number;
}

export interface LiveReplayRequest {
  sessionId: string;
  afterSeq: number;
}

export interface LiveReplayResult {
  events: LiveRoomEvent[];
  more: boolean;
}

export interface LiveSessionRef {
  sessionId: string;
}

/** Why a participant was taken out of the room, for their own client to say. */
export type LiveRemovalReason = 'host' | 'registration_cancelled';

export interface LiveRemovedEvent extends LiveSessionRef {
  reason: LiveRemovalReason;
}

export interface LiveParticipantRef {
  sessionId: string;
  participantId: string;
}

export interface LiveRoomServerEvents {
  /** Every room event, main room and groups alike; the client orders by `seq` and drops repeats. */
  'live:event': (event: LiveRoomEvent) => void;
  /** This socket was taken out of the room: by a host, or because the guest cancelled their registration. */
  'live:removed': (payload: LiveRemovedEvent) => void;
}

export interface LiveRoomClientEvents {
  'live:join': (payload: LiveJoinRequest, ack: (result: SocketAck<LiveJoinResult>) => void) => void;
  'live:replay': (payload: LiveReplayRequest, ack: (result: SocketAck<LiveReplayResult>) => void) => void;
  'live:leave': (payload: LiveSessionRef, ack: (result: SocketAck) => void) => void;
  /** Keeps attendance open while the tab is there; sent every 20 s. */
  'live:heartbeat': (payload: LiveSessionRef, ack: (result: SocketAck) => void) => void;
  'live:start': (payload: LiveSessionRef, ack: (result: SocketAck) => void) => void;
  'live:end': (payload: LiveSessionRef, ack: (result: SocketAck) => void) => void;
  'live:remove': (payload: LiveParticipantRef, ack: (result: SocketAck) => void) => void;
  'live:cohost': (payload: LiveParticipantRef & { cohost: boolean }, ack: (result: SocketAck) => void) => void;
}

export const LIVE_ROOM_CLIENT_EVENTS = {
  'live:join': true,
  'live:replay': true,
  'live:leave': true,
  'live:heartbeat': true,
  'live:start': true,
  'live:end': true,
  'live:remove': true,
  'live:cohost': true,
} as const satisfies Record<keyof LiveRoomClientEvents, true>;
