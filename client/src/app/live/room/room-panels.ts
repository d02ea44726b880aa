import type { LiveRole, LiveSessionKind } from '@kotopaikka/contracts';

import type { Type } from '@angular/core';

/** Who is looking: a panel may show only in some kinds of session, or only to hosts. */
export interface RoomPanelContext {
  kind: LiveSessionKind | null;
  role: LiveRole | null;
}

/**
 * One panel of the room's main area (chat, hands, polls, notes, board, groups). Its component is loaded when the
 * room opens and renders inside a labelled region under an `<h2>` of `titleKey`; it injects `LiveRoom` for the
 * room's events and requests.
 */
export interface RoomPanel {
  id: string;
  titleKey: string;
  component: () => Promise<Type<unknown>>;
  visible?: (context: RoomPanelContext) => boolean;
}

/**
 * The room's panels, in the order they show. Adding one is one line here: its id, the dictionary key of its title,
 * and `component: () => import('./chat/chat-panel').then((m) => m.ChatPanel)`.
 */
export const ROOM_PANELS: readonly RoomPanel[] = [
  {
    id: 'chat',
    titleKey: 'live.chat.title',
    component: () => import('./panels/chat/chat-panel').then((m) => m.ChatPanel),
  },
  {
    id: 'hands',
    titleKey: 'live.hands.title',
    component: () => import('./panels/hands/hands-panel').then((m) => m.HandsPanel),
  },
  {
    id: 'polls',
    titleKey: 'live.polls.title',
    component: () => import('./panels/polls/polls-panel').then((m) => m.PollsPanel),
  },
  {
    id: 'notes',
    titleKey: 'live.notes.title',
    component: () => import('./panels/notes/notes-panel').then((m) => m.NotesPanel),
  },
  {
    id: 'board',
    titleKey: 'live.board.title',
    component: () => import('./panels/board/board-panel').then((m) => m.BoardPanel),
  },
  {
    id: 'breakouts',
    titleKey: 'live.breakouts.title',
    component: () => import('./panels/breakouts/breakouts-panel').then((m) => m.BreakoutsPanel),
  },
];
