import type { LiveBoard, LiveBoardCard } from '@kotopaikka/contracts';

import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';

import { Translator } from '../../../../core/i18n/translator';
import { until } from '../../../../testing/test-app';
import { AINO, HOST, SESSION_ID } from '../../live-room-testing';
import { mountPanel, type PanelHost, PanelSocket, setUpPanelTest } from '../panel-testing';
import { BoardPanel } from './board-panel';

function aCard(overrides: Partial<LiveBoardCard> = {}): LiveBoardCard {
  return {
    id: 'c-1',
    promptId: 'q-1',
    text: 'Kielikahvila kirjastoon',
    groupLabel: null,
    mergedInto: null,
    votes: null,
    myVotes: 0,
    rank: null,
    ...overrides,
  };
}

function aBoard(overrides: Partial<LiveBoard> = {}): LiveBoard {
  return {
    id: 'b-1',
    sessionId: SESSION_ID,
    title: 'Kotoutumisohjelma 2027',
    prompts: [
      { id: 'q-1', text: 'Mikä toimii?' },
      { id: 'q-2', text: 'Mitä kokeillaan?' },
    ],
    dotsPerParticipant: 2,
    hideVotes: true,
    status: 'open',
    revealedAt: null,
    closedAt: null,
    createdAt: '2026-03-25T09:00:00Z',
    votesVisible: false,
    myDotsUsed: 0,
    cards: [aCard(), aCard({ id: 'c-2', text: 'Mentorit töihin', promptId: 'q-2' })],
    ...overrides,
  };
}

describe('BoardPanel', () => {
  let socket: PanelSocket;
  let board: LiveBoard;
  let fixture: ComponentFixture<PanelHost>;
  let el: HTMLElement;
  const t = (key: string, params?: Record<string, string | number>) => TestBed.inject(Translator).t(key, params);
  const byTestId = (id: string) => el.querySelector<HTMLElement>(`[data-testid=${id}]`);
  const button = (label: string) =>
    Array.from(el.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.getAttribute('aria-label') === label);

  beforeEach(() => {
    socket = new PanelSocket();
    socket.connected = true;
    board = aBoard();
    socket.handle('board:list', () => ({ ok: true, boards: [board] }));
    setUpPanelTest([socket]);
  });

  afterEach(() => {
    fixture.destroy();
    el.remove();
  });

  async function open(): Promise<void> {
    fixture = mountPanel(BoardPanel);
    el = fixture.nativeElement;
    await until(() => el.querySelectorAll('[data-testid=board-card]').length === 2, 'the cards');
  }

  it('shows the prompts as labelled columns, dots left, and votes with labelled buttons', async () => {
    socket.handle('board:vote', () => ({
      ok: true,
      boardId: 'b-1',
      cardId: 'c-1',
      myVotes: 1,
      myDotsUsed: 1,
      votes: null,
    }));
    await open();
    expect(Array.from(el.querySelectorAll('h4')).map((h) => h.textContent?.trim())).toEqual([
      'Mikä toimii?',
      'Mitä kokeillaan?',
    ]);
    expect(byTestId('board-dots-left')?.textContent?.trim()).toBe(t('live.board.dotsLeft', { count: 2 }));
    expect(byTestId('card-votes')).toBeNull(); // hidden until revealed
    expect(byTestId('board-new')).toBeNull(); // not a host
    expect(byTestId('board-reveal')).toBeNull();

    const up = button(t('live.board.voteUp', { text: 'Kielikahvila kirjastoon' }));
    const down = button(t('live.board.voteDown', { text: 'Kielikahvila kirjastoon' }));
    expect(down?.disabled).toBeTrue();
    up?.click();
    await until(
      () => byTestId('board-dots-left')?.textContent?.trim() === t('live.board.dotsLeft', { count: 1 }),
      '1 left',
    );
    expect(socket.sentOf('board:vote')).toEqual([{ sessionId: SESSION_ID, cardId: 'c-1', delta: 1 }]);
    expect(down?.disabled).toBeFalse();
    expect(byTestId('board-announcement')?.getAttribute('aria-live')).toBe('polite');
  });

  it('says why a vote was refused, and adds a card under its prompt', async () => {
    socket.handle('board:vote', () => ({ ok: false, code: 'VALIDATION_FAILED', message: 'no dots', details: null }));
    socket.handle('board:add-card', () => ({ ok: true, card: aCard({ id: 'c-3' }) }));
    await open();
    button(t('live.board.voteUp', { text: 'Mentorit töihin' }))?.click();
    await until(() => byTestId('board-failure'), 'the refusal');
    expect(byTestId('board-failure')?.getAttribute('role')).toBe('alert');

    const input = el.querySelector<HTMLTextAreaElement>('#kp-add-q-2') as HTMLTextAreaElement;
    expect(el.querySelector('label[for=kp-add-q-2]')?.textContent?.trim()).toBe(
      t('live.board.newCard', { prompt: 'Mitä kokeillaan?' }),
    );
    input.value = '  Työpajat kouluilla ';
    input.form?.requestSubmit();
    await until(() => socket.sentOf('board:add-card').length === 1, 'board:add-card');
    expect(socket.sentOf('board:add-card')).toEqual([
      { sessionId: SESSION_ID, boardId: 'b-1', promptId: 'q-2', text: 'Työpajat kouluilla' },
    ]);
    // The room's event makes the panel read the board again.
    const lists = socket.sentOf('board:list').length;
    board = aBoard({ cards: [...board.cards, aCard({ id: 'c-3', text: 'Työpajat kouluilla', promptId: 'q-2' })] });
    socket.record('board.card', { boardId: 'b-1', card: aCard({ id: 'c-3' }) });
    await until(() => el.querySelectorAll('[data-testid=board-card]').length === 3, 'the new card');
    expect(socket.sentOf('board:list').length).toBeGreaterThan(lists);
  });

  it('lets hosts create a board, group, merge, reveal and close, with the exports, then ranks the result', async () => {
    socket.me = HOST;
    socket.present = [HOST, AINO];
    board = aBoard({
      votesVisible: true,
      cards: [aCard({ votes: 3 }), aCard({ id: 'c-2', votes: 1, promptId: 'q-1', text: 'Mentorit töihin' })],
    });
    for (const e of ['board:create', 'board:group', 'board:merge', 'board:reveal', 'board:close'])
      socket.handle(e, () => ({ ok: true, board }));
    await open();
    expect(byTestId('board-csv')?.getAttribute('href')).toBe('/api/live-boards/b-1/export.csv');
    expect(byTestId('board-md')?.getAttribute('href')).toBe('/api/live-boards/b-1/export.md');

    byTestId('board-new')?.click();
    await until(() => byTestId('board-create'), 'the form');
    (el.querySelector('#kp-board-title') as HTMLInputElement).value = 'Uusi taulu';
    (el.querySelector('#kp-board-prompts') as HTMLTextAreaElement).value = 'Yksi\n\n Kaksi \n';
    (el.querySelector('#kp-board-dots') as HTMLInputElement).value = '5';
    (byTestId('board-create') as HTMLFormElement).requestSubmit();
    await until(() => socket.sentOf('board:create').length === 1, 'board:create');
    expect(socket.sentOf('board:create')).toEqual([
      {
        sessionId: SESSION_ID,
        title: 'Uusi taulu',
        prompts: ['Yksi', 'Kaksi'],
        dotsPerParticipant: 5,
        hideVotes: true,
      },
    ]);

    const group = el.querySelector('#kp-group-c-1') as HTMLInputElement;
    group.value = 'Kirjasto';
    (el.querySelector('[data-testid=card-group]') as HTMLElement).click();
    await until(() => socket.sentOf('board:group').length === 1, 'board:group');
    expect(socket.sentOf('board:group')).toEqual([{ sessionId: SESSION_ID, cardIds: ['c-1'], label: 'Kirjasto' }]);

    (el.querySelector('[data-testid=card-merge]') as HTMLElement).click();
    await until(() => socket.sentOf('board:merge').length === 1, 'board:merge');
    expect(socket.sentOf('board:merge')).toEqual([{ sessionId: SESSION_ID, cardId: 'c-1', intoCardId: 'c-2' }]);

    byTestId('board-reveal')?.click();
    await until(() => socket.sentOf('board:reveal').length === 1, 'board:reveal');
    board = aBoard({
      revealedAt: '2026-03-25T10:00:00Z',
      votesVisible: true,
      cards: [aCard({ id: 'c-2', votes: 1, rank: 2, text: 'Mentorit töihin' }), aCard({ votes: 3, rank: 1 })],
    });
    socket.record('board.revealed', { boardId: 'b-1', cards: [] });
    await until(() => byTestId('board-results'), 'the results');
    expect(
      Array.from(el.querySelectorAll('[data-testid=board-results] li')).map((li) => li.textContent?.trim()),
    ).toEqual([
      t('live.board.ranked', { rank: 1, text: 'Kielikahvila kirjastoon', count: 3 }),
      t('live.board.ranked', { rank: 2, text: 'Mentorit töihin', count: 1 }),
    ]);
    byTestId('board-close')?.click();
    await until(() => socket.sentOf('board:close').length === 1, 'board:close');
    expect(socket.sentOf('board:close')).toEqual([{ sessionId: SESSION_ID, boardId: 'b-1' }]);
  });
});
