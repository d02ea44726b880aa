import type { SocketAck } from '../errors';
import type { LiveBoard, LiveBoardCard, LiveBoardInput, LiveBoardPrompt, LiveBoardStatus } from '../live-board';
import type { LiveRoomEvent } from './live-room.events';

export interface LiveBoardCreateRequest extends LiveBoardInput {
  sessionId: string;
}

/** One board for every group of the running breakout, in one go (each group's is its own record). */
export interface LiveBoardCreateForGroupsRequest extends Omit<LiveBoardInput, 'groupId'> {
  sessionId: string;
}

export interface LiveBoardRef {
  sessionId: string;
  boardId: string;
}

export interface LiveBoardCardRequest {
  sessionId: string;
  boardId: string;
  promptId: string;
  text: string;
}

export interface LiveBoardGroupRequest {
  sessionId: string;
  cardIds: string[];
  /** `null` takes the cards out of their group. */
  label: string | null;
}

export interface LiveBoardMergeRequest {
  sessionId: string;
  /** The card that goes away into `intoCardId`, with its votes and text. */
  cardId: string;
  intoCardId: string;
}

export interface LiveBoardVoteRequest {
  sessionId: string;
  cardId: string;
  /** One dot more or one back. */
  delta: 1 | -1;
}

/** What the voter is told of their own dots. */
export interface LiveBoardVoteResult {
  boardId: string;
  cardId: string;
  myVotes: number;
  myDotsUsed: number;
  /** The card's dots, when the voter may see them (`null` while hidden). */
  votes: number | null;
}

/** A card on the wire: without counts (they follow in `board.voted` or `board.revealed`). */
export type LiveBoardCardShown = Omit<LiveBoardCard, 'votes' | 'myVotes' | 'rank'>;

/**
 * Room events of boards; a group board's carry its `groupId`, so only that group's members and the hosts get them.
 * While a board hides votes, `board.voted` carries neither the card nor a count.
 */
export type LiveBoardEvent =
  | LiveRoomEvent<
      'board.created',
      {
        id: string;
        title: string;
        prompts: LiveBoardPrompt[];
        dotsPerParticipant: number;
        hideVotes: boolean;
        status: LiveBoardStatus;
      }
    >
  | LiveRoomEvent<'board.card', { boardId: string; card: LiveBoardCardShown }>
  | LiveRoomEvent<'board.grouped', { boardId: string; cardIds: string[]; label: string | null }>
  | LiveRoomEvent<'board.merged', { boardId: string; cardId: string; into: LiveBoardCardShown; votes: number | null }>
  | LiveRoomEvent<'board.voted', { boardId: string; cardId?: string; votes?: number }>
  | LiveRoomEvent<'board.revealed', { boardId: string; cards: { id: string; votes: number; rank: number | null }[] }>
  | LiveRoomEvent<'board.closed', { boardId: string }>;

export interface LiveBoardClientEvents {
  /** Hosts. */
  'board:create': (payload: LiveBoardCreateRequest, ack: (result: SocketAck<{ board: LiveBoard }>) => void) => void;
  /** Hosts, while a breakout runs: a board for each of its groups. */
  'board:create-for-groups': (
    payload: LiveBoardCreateForGroupsRequest,
    ack: (result: SocketAck<{ boards: LiveBoard[] }>) => void,
  ) => void;
  /** Anyone in the room, guests too, while the board is open (a group's board: its members, while it runs). */
  'board:add-card': (
    payload: LiveBoardCardRequest,
    ack: (result: SocketAck<{ card: LiveBoardCardShown }>) => void,
  ) => void;
  /** Hosts. */
  'board:group': (payload: LiveBoardGroupRequest, ack: (result: SocketAck) => void) => void;
  /** Hosts. */
  'board:merge': (payload: LiveBoardMergeRequest, ack: (result: SocketAck) => void) => void;
  /** Anyone in the room, guests too; never more dots than the board gives. */
  'board:vote': (payload: LiveBoardVoteRequest, ack: (result: SocketAck<LiveBoardVoteResult>) => void) => void;
  /** Hosts. */
  'board:reveal': (payload: LiveBoardRef, ack: (result: SocketAck) => void) => void;
  /** Hosts. */
  'board:close': (payload: LiveBoardRef, ack: (result: SocketAck) => void) => void;
  /** The session's boards as the viewer may see them: the main room's, and those of the groups they are or were in. */
  'board:list': (payload: { sessionId: string }, ack: (result: SocketAck<{ boards: LiveBoard[] }>) => void) => void;
}

export const LIVE_BOARD_CLIENT_EVENTS = {
  'board:create': true,
  'board:create-for-groups': true,
  'board:add-card': true,
  'board:group': true,
  'board:merge': true,
  'board:vote': true,
  'board:reveal': true,
  'board:close': true,
  'board:list': true,
} as const satisfies Record<keyof LiveBoardClientEvents, true>;
