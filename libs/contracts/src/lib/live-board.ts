/** An idea board's limits, shared by the form, the DTOs and the database checks. */
export const LIVE_BOARD_LIMITS = {
  titleMax: 200,
  promptsMin: 1,
  promptsMax: 10,
  promptMax: 200,
  cardMax: 500,
  groupLabelMax: 100,
  dotsMin: 1,
  dotsMax: 50,
} as const;

export type LiveBoardStatus = 'open' | 'closed';

/** A column of the board: the question participants answer with cards. */
export interface LiveBoardPrompt {
  id: string;
  text: string;
}

export interface LiveBoardCard {
  id: string;
  promptId: string;
  text: string;
  /** The label hosts grouped it under, or `null`. */
  groupLabel: string | null;
  /** Set when a host merged this card into another; its votes and text are there now. */
  mergedInto: string | null;
  /** Dots on the card; `null` while the votes are hidden from the viewer. */
  votes: number | null;
  /** The viewer's own dots on it. */
  myVotes: number;
  /** 1 for the most voted card under its prompt (ties share a rank); `null` while hidden or when merged. */
  rank: number | null;
}

/** Creating a board (socket `board:create` or `POST /api/live-sessions/:id/boards`). */
export interface LiveBoardInput {
  title: string;
  /** The columns, in order. */
  prompts: string[];
  /** How many dots each participant may spend on the board; one card may take several. */
  dotsPerParticipant: number;
  /** Votes shown only to hosts until a host reveals them. */
  hideVotes: boolean;
  /** A board of one group of the running breakout (its members and the hosts only); absent or `null`: the main room's. */
  groupId?: string | null;
}

/**
 * An idea board: a first-class record with its own id, kept after the session (the strategy working group
 * feeds its ranked result into a draft). Cards are ranked by votes within each prompt.
 */
export interface LiveBoard {
  id: string;
  sessionId: string;
  /** The breakout group whose board it is (its members and the hosts see it), or `null` for the main room's. */
  groupId: string | null;
  /** That group's name, kept with the record after the breakout ended; `null` for the main room's. */
  groupName: string | null;
  title: string;
  prompts: LiveBoardPrompt[];
  dotsPerParticipant: number;
  hideVotes: boolean;
  status: LiveBoardStatus;
  /** When a host revealed the votes; `null` before. */
  revealedAt: string | null;
  closedAt: string | null;
  createdAt: string;
  /** Whether the viewer sees the counts (hosts always; others when not hidden or once revealed). */
  votesVisible: boolean;
  /** The viewer's dots spent on this board. */
  myDotsUsed: number;
  /** Every card, merged ones too; the live ones ranked by votes (most first) within prompt order. */
  cards: LiveBoardCard[];
}

/** A session's boards, oldest first. */
export interface LiveBoardList {
  items: LiveBoard[];
  nextCursor: null;
}

/**
 * Ranks cards by votes, most first, ties sharing a rank (1, 1, 3); the older card first among equals. Merged cards
 * come last, unranked. The server ranks what it lists; the room's board applies events with the same rule.
 */
export function rankCards<C extends { votes: number; mergedInto: string | null }>(
  cards: C[],
): (C & { rank: number | null })[] {
  const live = cards.filter((c) => c.mergedInto === null).sort((a, b) => b.votes - a.votes);
  const ranked = live.map((c) => ({ ...c, rank: 0 }));
  ranked.forEach((c, i) => {
    c.rank = i > 0 && ranked[i - 1].votes === c.votes ? ranked[i - 1].rank : i + 1;
  });
  return [...ranked, ...cards.filter((c) => c.mergedInto !== null).map((c) => ({ ...c, rank: null }))];
}
