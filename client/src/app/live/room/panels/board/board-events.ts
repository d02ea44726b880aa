import {
  type LiveBoard,
  type LiveBoardCard,
  type LiveBoardCardShown,
  type LiveBoardEvent,
  rankCards,
} from '@kotopaikka/contracts';

/** Who applies the event: hosts see counts always; the session is what a new board belongs to. */
export interface BoardViewerContext {
  host: boolean;
  sessionId: string;
}

const newCard = (card: LiveBoardCardShown, visible: boolean): LiveBoardCard => ({
  ...card,
  votes: visible ? 0 : null,
  myVotes: 0,
  rank: null,
});

/** The ranks again after counts changed (per prompt, as the server ranks), while the viewer sees the counts. */
function reranked(board: LiveBoard): LiveBoard {
  if (!board.votesVisible) return board;
  const ranks = new Map<string, number | null>();
  for (const prompt of board.prompts) {
    const under = board.cards.filter((c) => c.promptId === prompt.id).map((c) => ({ ...c, votes: c.votes ?? 0 }));
    for (const c of rankCards(under)) ranks.set(c.id, c.rank);
  }
  return { ...board, cards: board.cards.map((c) => ({ ...c, rank: ranks.get(c.id) ?? null })) };
}

function onBoard(list: LiveBoard[], boardId: string, change: (board: LiveBoard) => LiveBoard): LiveBoard[] {
  return list.map((b) => (b.id === boardId ? reranked(change(b)) : b));
}

/**
 * One room event applied to the boards on screen, as the server would now list them. Each is safe to apply twice
 * (a list answered while events were on their way may hold them already), and counts are set, never added to.
 * What an event cannot say (the viewer's own dots from another tab) waits for the next `board:list`.
 */
export function applyBoardEvent(list: LiveBoard[], event: LiveBoardEvent, viewer: BoardViewerContext): LiveBoard[] {
  switch (event.type) {
    case 'board.created': {
      if (list.some((b) => b.id === event.data.id)) return list;
      const d = event.data;
      const board: LiveBoard = {
        id: d.id,
        sessionId: viewer.sessionId,
        groupId: event.groupId,
        groupName: null,
        title: d.title,
        prompts: d.prompts,
        dotsPerParticipant: d.dotsPerParticipant,
        hideVotes: d.hideVotes,
        status: d.status,
        revealedAt: null,
        closedAt: null,
        createdAt: event.at,
        votesVisible: viewer.host || !d.hideVotes,
        myDotsUsed: 0,
        cards: [],
      };
      return [board, ...list];
    }
    case 'board.card':
      return onBoard(list, event.data.boardId, (b) =>
        b.cards.some((c) => c.id === event.data.card.id)
          ? b
          : { ...b, cards: [...b.cards, newCard(event.data.card, b.votesVisible)] },
      );
    case 'board.grouped': {
      const ids = new Set(event.data.cardIds);
      return onBoard(list, event.data.boardId, (b) => ({
        ...b,
        cards: b.cards.map((c) => (ids.has(c.id) ? { ...c, groupLabel: event.data.label } : c)),
      }));
    }
    case 'board.merged': {
      const { cardId, into, votes } = event.data;
      return onBoard(list, event.data.boardId, (b) => {
        const source = b.cards.find((c) => c.id === cardId);
        if (!source || source.mergedInto === into.id) return b;
        return {
          ...b,
          cards: b.cards.map((c) => {
            if (c.id === into.id)
              return { ...c, text: into.text, votes: votes ?? c.votes, myVotes: c.myVotes + source.myVotes };
            if (c.id === cardId) return { ...c, mergedInto: into.id, myVotes: 0, votes: c.votes === null ? null : 0 };
            return c.mergedInto === cardId ? { ...c, mergedInto: into.id } : c;
          }),
        };
      });
    }
    case 'board.voted': {
      const { cardId, votes } = event.data;
      if (cardId === undefined || votes === undefined) return list;
      return onBoard(list, event.data.boardId, (b) => ({
        ...b,
        cards: b.cards.map((c) => (c.id === cardId ? { ...c, votes } : c)),
      }));
    }
    case 'board.revealed': {
      const counts = new Map(event.data.cards.map((c) => [c.id, c]));
      return onBoard(list, event.data.boardId, (b) => ({
        ...b,
        revealedAt: b.revealedAt ?? event.at,
        votesVisible: true,
        cards: b.cards.map((c) => ({ ...c, votes: counts.get(c.id)?.votes ?? c.votes ?? 0 })),
      }));
    }
    case 'board.closed':
      return onBoard(list, event.data.boardId, (b) =>
        b.status === 'closed' ? b : { ...b, status: 'closed', closedAt: event.at },
      );
  }
}
