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
    groupId: null,
    groupName: null,
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
    // The room's event is applied where it is: no new read of the whole board.
    const lists = socket.sentOf('board:list').length;
    const shown = { id: 'c-3', promptId: 'q-2', text: 'Työpajat kouluilla', groupLabel: null, mergedInto: null };
    socket.record('board.card', { boardId: 'b-1', card: shown });
    socket.record('board.card', { boardId: 'b-1', card: shown }); // twice is once
    await until(() => el.querySelectorAll('[data-testid=board-card]').length === 3, 'the new card');
    expect(socket.sentOf('board:list').length).toBe(lists);
    expect(Array.from(el.querySelectorAll('#kp-prompt-q-2 ~ ul .kp-card-text')).map((p) => p.textContent)).toEqual([
      'Mentorit töihin',
      'Työpajat kouluilla',
    ]);
  });

  it('applies votes, groups, merges, a reveal and a close from the room, and reads the board again after a drop', async () => {
    board = aBoard({
      hideVotes: false,
      votesVisible: true,
      cards: [aCard({ votes: 0 }), aCard({ id: 'c-2', votes: 0, text: 'Mentorit töihin' })],
    });
    await open();
    const lists = socket.sentOf('board:list').length;
    socket.record('board.voted', { boardId: 'b-1', cardId: 'c-2', votes: 2 });
    await until(() => el.textContent?.includes(t('live.board.votes', { count: 2 })), 'the count');
    socket.record('board.grouped', { boardId: 'b-1', cardIds: ['c-1'], label: 'Kieli' });
    await until(() => el.querySelector('.kp-label')?.textContent === 'Kieli', 'the label');
    socket.record('board.merged', {
      boardId: 'b-1',
      cardId: 'c-1',
      into: {
        id: 'c-2',
        promptId: 'q-1',
        text: 'Mentorit töihin\nKielikahvila kirjastoon',
        groupLabel: null,
        mergedInto: null,
      },
      votes: 2,
    });
    await until(() => el.querySelectorAll('[data-testid=board-card]').length === 1, 'merged');
    socket.record('board.closed', { boardId: 'b-1' });
    await until(() => byTestId('board-results'), 'the results of a closed board');
    expect(
      Array.from(el.querySelectorAll('[data-testid=board-results] li')).map((li) => li.textContent?.trim()),
    ).toEqual([t('live.board.ranked', { rank: 1, text: 'Mentorit töihin\nKielikahvila kirjastoon', count: 2 })]);
    expect(socket.sentOf('board:list').length).toBe(lists);
    // After a reconnection the replay may not tell everything: the panel reads the boards again.
    socket.down();
    socket.up();
    await until(() => socket.sentOf('board:list').length === lists + 1, 'read again');
  });

  it("shows a group member only their group's board, labelled, and makes new ones there", async () => {
    const groups = [
      { id: 'g-1', name: 'Ryhmä 1', participantIds: [AINO.id] },
      { id: 'g-2', name: 'Ryhmä 2', participantIds: [] },
    ];
    socket.breakout = { id: 'br-1', status: 'running', mode: 'manual', minutes: 5, endsAt: null, groups };
    const mine = aBoard({ id: 'b-2', title: 'Ryhmän taulu', groupId: 'g-1', groupName: 'Ryhmä 1', cards: [] });
    socket.handle('board:list', () => ({ ok: true, boards: [board, mine] }));
    fixture = mountPanel(BoardPanel);
    el = fixture.nativeElement;
    await until(() => byTestId('board-group'), "the group's board");
    expect(Array.from(el.querySelectorAll('[data-testid=board] h3')).map((h) => h.textContent)).toEqual([
      'Ryhmän taulu',
    ]);
    expect(byTestId('board-group')?.textContent?.trim()).toBe(t('live.board.groupBoard', { name: 'Ryhmä 1' }));
    // A board made for the group arrives with the group's id on its event, and is shown; the main room's is not.
    const created = {
      title: 'Toinen',
      prompts: [{ id: 'q-9', text: 'Mitä?' }],
      dotsPerParticipant: 1,
      hideVotes: false,
      status: 'open',
    };
    socket.deliver({ ...socket.record('board.created', { id: 'b-3', ...created }, false), groupId: 'g-1' });
    socket.deliver(socket.record('board.created', { id: 'b-4', ...created, title: 'Pääsalin' }, false));
    await until(() => el.querySelectorAll('[data-testid=board]').length === 2, 'the new group board');
    expect(el.textContent).not.toContain('Pääsalin');
  });

  it("shows the groups' boards, labelled, in the main room once the breakout has ended", async () => {
    const groups = [{ id: 'g-1', name: 'Ryhmä 1', participantIds: [AINO.id] }];
    socket.breakout = { id: 'br-1', status: 'ended', mode: 'manual', minutes: 5, endsAt: null, groups };
    const theirs = aBoard({ id: 'b-2', title: 'Ryhmän taulu', groupId: 'g-1', groupName: 'Ryhmä 1', cards: [] });
    socket.handle('board:list', () => ({ ok: true, boards: [board, theirs] }));
    fixture = mountPanel(BoardPanel);
    el = fixture.nativeElement;
    await until(() => el.querySelectorAll('[data-testid=board]').length === 2, "the main room's and the group's");
    expect(byTestId('board-group')?.textContent?.trim()).toBe(t('live.board.groupBoard', { name: 'Ryhmä 1' }));
  });

  it("keeps what the room's events brought to a new board when the create's answer comes after them", async () => {
    socket.me = HOST;
    socket.present = [HOST, AINO];
    const fresh = aBoard({ id: 'b-9', title: 'Uusi', cards: [] });
    socket.handle('board:create', (_payload, s) => {
      // The room tells of the board, and of a card someone added at once, before the create is answered.
      const { id, title, prompts, dotsPerParticipant, hideVotes, status } = fresh;
      s.record('board.created', { id, title, prompts, dotsPerParticipant, hideVotes, status });
      const card = { id: 'c-9', promptId: 'q-1', text: 'Heti ensimmäinen', groupLabel: null, mergedInto: null };
      s.record('board.card', { boardId: 'b-9', card });
      return { ok: true, board: fresh };
    });
    await open();
    byTestId('board-new')?.click();
    await until(() => byTestId('board-create'), 'the form');
    (el.querySelector('#kp-board-title') as HTMLInputElement).value = 'Uusi';
    (el.querySelector('#kp-board-prompts') as HTMLTextAreaElement).value = 'Mikä toimii?';
    (byTestId('board-create') as HTMLFormElement).requestSubmit();
    await until(() => byTestId('board-announcement')?.textContent === t('live.board.created'), 'answered');
    expect(el.textContent).toContain('Heti ensimmäinen');
  });

  it('lets a host make a board for every group at once, or one for the group they visit', async () => {
    socket.me = HOST;
    socket.present = [HOST, AINO];
    const groups = [
      { id: 'g-1', name: 'Ryhmä 1', participantIds: [AINO.id] },
      { id: 'g-2', name: 'Ryhmä 2', participantIds: [] },
    ];
    socket.breakout = { id: 'br-1', status: 'running', mode: 'manual', minutes: 5, endsAt: null, groups };
    const forGroups = groups.map((g, i) => aBoard({ id: `b-g${i}`, groupId: g.id, groupName: g.name, cards: [] }));
    socket.handle('board:create-for-groups', () => ({ ok: true, boards: forGroups }));
    await open();
    byTestId('board-new')?.click();
    await until(() => byTestId('board-every-group'), 'the every-group choice');
    (el.querySelector('#kp-board-title') as HTMLInputElement).value = 'Ryhmätyö';
    (el.querySelector('#kp-board-prompts') as HTMLTextAreaElement).value = 'Mitä?';
    (byTestId('board-every-group') as HTMLInputElement).click();
    (byTestId('board-create') as HTMLFormElement).requestSubmit();
    await until(() => socket.sentOf('board:create-for-groups').length === 1, 'board:create-for-groups');
    expect(socket.sentOf('board:create-for-groups')).toEqual([
      { sessionId: SESSION_ID, title: 'Ryhmätyö', prompts: ['Mitä?'], dotsPerParticipant: 3, hideVotes: true },
    ]);
    await until(
      () => byTestId('board-announcement')?.textContent === t('live.board.createdForGroups', { count: 2 }),
      'said',
    );
    // The main room still shows its own board only.
    expect(el.querySelectorAll('[data-testid=board]').length).toBe(1);
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
    socket.record('board.revealed', {
      boardId: 'b-1',
      cards: [
        { id: 'c-1', votes: 3, rank: 1 },
        { id: 'c-2', votes: 1, rank: 2 },
      ],
    });
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
