import { type LiveBoard, type LiveBoardCard, type LiveBoardStatus, rankCards } from '@kotopaikka/contracts';

import type { EntityManager } from 'typeorm';

export interface BoardRow {
  id: string;
  session_id: string;
  group_id: string | null;
  /** The group's name (joined in by BOARD_COLUMNS' FROM). */
  group_name: string | null;
  title: string;
  dots_per_participant: number;
  hide_votes: boolean;
  status: LiveBoardStatus;
  revealed_at: Date | null;
  closed_at: Date | null;
  created_at: Date;
}

export const BOARD_COLUMNS = `b.id, b.session_id, b.group_id,
  (SELECT g.name FROM live_breakout_group g WHERE g.id = b.group_id) AS group_name,
  b.title, b.dots_per_participant, b.hide_votes, b.status, b.revealed_at, b.closed_at, b.created_at`;

/** Oldest first; boards made in one go for every group follow the groups' order. */
export const BOARD_ORDER = `b.created_at, (SELECT g.position FROM live_breakout_group g WHERE g.id = b.group_id) NULLS FIRST, b.id`;

interface CardRow {
  id: string;
  board_id: string;
  prompt_id: string;
  text: string;
  group_label: string | null;
  merged_into: string | null;
  votes: string;
  mine: string;
}

/** Who looks at a board: their participant (for their own dots), and whether they are one of its hosts. */
export interface BoardViewer {
  participantId: string | null;
  host: boolean;
}

/** Hosts always see the counts; others once they are not hidden, or revealed. */
export const votesVisible = (board: BoardRow, host: boolean): boolean =>
  host || !board.hide_votes || board.revealed_at !== null;

/** The boards with their prompts and cards, ranked per prompt, as `viewer` may see them. */
export async function boardViews(m: EntityManager, boards: BoardRow[], viewer: BoardViewer): Promise<LiveBoard[]> {
  if (boards.length === 0) return [];
  const ids = boards.map((b) => b.id);
  const prompts: { id: string; board_id: string; text: string }[] = await m.query(
    `SELECT id, board_id, text FROM live_board_prompt WHERE board_id = ANY($1::uuid[]) ORDER BY position`,
    [ids],
  );
  const cards: CardRow[] = await m.query(
    `SELECT c.id, c.board_id, c.prompt_id, c.text, c.group_label, c.merged_into,
            coalesce(sum(v.dots), 0) AS votes,
            coalesce(sum(v.dots) FILTER (WHERE v.participant_id = $2::uuid), 0) AS mine
       FROM live_board_card c LEFT JOIN live_board_vote v ON v.card_id = c.id
      WHERE c.board_id = ANY($1::uuid[])
      GROUP BY c.id ORDER BY c.created_at, c.id`,
    [ids, viewer.participantId],
  );
  return boards.map((board) => {
    const visible = votesVisible(board, viewer.host);
    const own = prompts.filter((p) => p.board_id === board.id);
    const mine = cards.filter((c) => c.board_id === board.id);
    const ordered = own.flatMap((prompt): LiveBoardCard[] => {
      const under = mine
        .filter((c) => c.prompt_id === prompt.id)
        .map((c) => ({
          id: c.id,
          promptId: c.prompt_id,
          text: c.text,
          groupLabel: c.group_label,
          mergedInto: c.merged_into,
          votes: Number(c.votes),
          myVotes: Number(c.mine),
        }));
      // Hidden votes: not even the order may tell them, so the cards stay in the order they were written.
      return visible ? rankCards(under) : under.map((c) => ({ ...c, votes: null, rank: null }));
    });
    return {
      id: board.id,
      sessionId: board.session_id,
      groupId: board.group_id,
      groupName: board.group_name,
      title: board.title,
      prompts: own.map((p) => ({ id: p.id, text: p.text })),
      dotsPerParticipant: board.dots_per_participant,
      hideVotes: board.hide_votes,
      status: board.status,
      revealedAt: board.revealed_at?.toISOString() ?? null,
      closedAt: board.closed_at?.toISOString() ?? null,
      createdAt: board.created_at.toISOString(),
      votesVisible: visible,
      myDotsUsed: ordered.reduce((sum, c) => sum + c.myVotes, 0),
      cards: ordered,
    };
  });
}
