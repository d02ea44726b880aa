import type { LivePoll } from '@kotopaikka/contracts';

import { until } from '../../../../testing/test-app';
import { AINO, HOST, SESSION_ID } from '../../live-room-testing';
import { failed, type OpenPanel, openPanel, PanelSocket, t, text, type } from '../reply-panel-testing';
import { PollsPanel } from './polls-panel';

function aPoll(overrides: Partial<LivePoll> = {}): LivePoll {
  return {
    id: 'poll-1',
    sessionId: SESSION_ID,
    question: 'Mikä päivä sopii?',
    kind: 'single',
    anonymous: true,
    quiz: false,
    status: 'open',
    options: [
      { id: 'o-1', text: 'Maanantai', votes: 3 },
      { id: 'o-2', text: 'Tiistai', votes: 1 },
    ],
    voters: 4,
    correctOptionIds: null,
    myVote: null,
    createdAt: '2026-03-29T07:05:00.000Z',
    closedAt: null,
    ...overrides,
  };
}

/** The poll as its `poll.opened` event carries it: without the viewer's vote and the answer key. */
const opened = (p: LivePoll): Partial<LivePoll> => {
  const shown: Partial<LivePoll> = { ...p };
  delete shown.myVote;
  delete shown.correctOptionIds;
  return shown;
};

describe('PollsPanel', () => {
  let socket: PanelSocket;
  let panel: OpenPanel<PollsPanel>;

  beforeEach(() => {
    socket = new PanelSocket();
    socket.record('poll.opened', opened(aPoll()), false);
    socket.reply('poll:list', { ok: true, polls: [aPoll()] });
  });

  afterEach(() => {
    panel?.fixture.destroy();
    panel?.el.remove();
  });

  const poll = (id: string) => panel.el.querySelector<HTMLElement>(`[data-poll-id="${id}"]`);
  const counts = (id: string) =>
    Array.from(poll(id)?.querySelectorAll('[data-testid=poll-count]') ?? []).map((c) => text(c));
  const bars = (id: string) =>
    Array.from(poll(id)?.querySelectorAll<HTMLElement>('.kp-bar-fill') ?? []).map((b) => b.style.inlineSize);

  it('shows the polls with counts in words and bars, and votes with a radio for a single choice', async () => {
    socket.reply('poll:vote', {
      ok: true,
      results: {
        pollId: 'poll-1',
        voters: 5,
        options: [
          { id: 'o-1', votes: 3 },
          { id: 'o-2', votes: 2 },
        ],
      },
      correct: null,
    });
    panel = await openPanel(PollsPanel, socket, AINO);
    await until(() => poll('poll-1'), 'the poll');
    expect(socket.sentOf('poll:list')).toEqual([{ sessionId: SESSION_ID }]);
    expect(text(poll('poll-1')?.querySelector('h3'))).toBe('Mikä päivä sopii?');
    expect(counts('poll-1')).toEqual([
      t('live.polls.count', { count: 3, percent: 75 }),
      t('live.polls.count', { count: 1, percent: 25 }),
    ]);
    expect(bars('poll-1')).toEqual(['75%', '25%']);
    expect(poll('poll-1')?.querySelector('.kp-bar')?.getAttribute('aria-hidden')).toBe('true');
    // Nothing of a host's for a participant, and no announcement of a poll that was there already.
    expect(panel.byTestId('poll-new')).toBeNull();
    expect(panel.byTestId('poll-close')).toBeNull();
    expect(text(panel.byTestId('polls-announcement'))).toBe('');

    const radios = Array.from(poll('poll-1')?.querySelectorAll<HTMLInputElement>('input[type=radio]') ?? []);
    expect(radios.length).toBe(2);
    expect(radios.map((r) => text(r.closest('label')))).toEqual(['Maanantai', 'Tiistai']);
    panel.byTestId('poll-vote')?.click();
    await panel.settle();
    expect(text(panel.byTestId('poll-vote-failure'))).toBe(t('live.polls.chooseFirst'));
    expect(socket.sentOf('poll:vote')).toEqual([]);

    radios[1].click();
    panel.byTestId('poll-vote')?.click();
    await until(() => socket.sentOf('poll:vote').length === 1, 'poll:vote');
    expect(socket.sentOf('poll:vote')).toEqual([{ sessionId: SESSION_ID, pollId: 'poll-1', optionIds: ['o-2'] }]);
    await until(() => panel.byTestId('poll-my-result'), 'own vote shown');
    expect(panel.byTestId('poll-vote-form')).toBeNull();
    expect(text(panel.byTestId('poll-my-result'))).toBe(t('live.polls.youVoted'));
    expect(counts('poll-1')[1]).toBe(t('live.polls.count', { count: 2, percent: 40 }));
    expect(text(poll('poll-1'))).toContain(t('live.polls.yourChoice'));
  });

  it('announces a newly opened poll without moving focus, follows its results and keeps them after close', async () => {
    panel = await openPanel(PollsPanel, socket, AINO);
    await until(() => poll('poll-1'), 'the first poll');
    const focused = document.activeElement;
    const quiz = aPoll({
      id: 'poll-2',
      question: 'Montako kuntaa?',
      kind: 'multiple',
      quiz: true,
      options: [
        { id: 'q-1', text: 'Yksi', votes: 0 },
        { id: 'q-2', text: 'Kaksi', votes: 0 },
        { id: 'q-3', text: 'Kolme', votes: 0 },
      ],
      voters: 0,
    });
    socket.record('poll.opened', opened(quiz));
    await panel.settle();
    const announcement = panel.byTestId('polls-announcement');
    expect(announcement?.getAttribute('aria-live')).toBe('polite');
    expect(text(announcement)).toBe(t('live.polls.opened', { question: 'Montako kuntaa?' }));
    expect(document.activeElement).toBe(focused);
    expect(poll('poll-2')?.querySelectorAll('input[type=checkbox]').length).toBe(3);

    socket.record('poll.results', {
      pollId: 'poll-2',
      voters: 2,
      options: [
        { id: 'q-1', votes: 1 },
        { id: 'q-2', votes: 2 },
        { id: 'q-3', votes: 0 },
      ],
    });
    await panel.settle();
    expect(counts('poll-2')).toEqual([
      t('live.polls.count', { count: 1, percent: 50 }),
      t('live.polls.count', { count: 2, percent: 100 }),
      t('live.polls.count', { count: 0, percent: 0 }),
    ]);

    socket.record('poll.closed', {
      pollId: 'poll-2',
      voters: 2,
      options: [
        { id: 'q-1', votes: 1 },
        { id: 'q-2', votes: 2 },
        { id: 'q-3', votes: 0 },
      ],
      correctOptionIds: ['q-2'],
    });
    await panel.settle();
    expect(poll('poll-2')?.querySelector('[data-testid=poll-vote-form]')).toBeNull();
    expect(text(poll('poll-2'))).toContain(t('live.polls.statusClosed'));
    expect(counts('poll-2')[1]).toBe(t('live.polls.count', { count: 2, percent: 100 }));
    const correct = Array.from(poll('poll-2')?.querySelectorAll('[data-testid=poll-correct]') ?? []);
    expect(correct.length).toBe(1);
    expect(text(correct[0].closest('li'))).toContain('Kaksi');
  });

  it('tells only the voter whether a quiz answer was right, and shows a refused vote', async () => {
    socket.reply('poll:list', {
      ok: true,
      polls: [
        aPoll(),
        aPoll({
          id: 'poll-3',
          question: 'Pääkaupunki?',
          quiz: true,
          options: [
            { id: 'c-1', text: 'Helsinki', votes: 0 },
            { id: 'c-2', text: 'Turku', votes: 0 },
          ],
          voters: 0,
        }),
      ],
    });
    socket.reply('poll:vote', (p: { pollId: string }) =>
      p.pollId === 'poll-3'
        ? {
            ok: true,
            results: {
              pollId: 'poll-3',
              voters: 1,
              options: [
                { id: 'c-1', votes: 0 },
                { id: 'c-2', votes: 1 },
              ],
            },
            correct: false,
          }
        : failed('already_voted'),
    );
    panel = await openPanel(PollsPanel, socket, AINO);
    await until(() => poll('poll-3'), 'the quiz');
    poll('poll-3')?.querySelectorAll<HTMLInputElement>('input[type=radio]')[1].click();
    poll('poll-3')?.querySelector<HTMLButtonElement>('[data-testid=poll-vote]')?.click();
    await until(() => poll('poll-3')?.querySelector('[data-testid=poll-my-result]'), 'quiz feedback');
    expect(text(poll('poll-3')?.querySelector('[data-testid=poll-my-result]'))).toBe(t('live.polls.youWrong'));
    expect(text(panel.byTestId('polls-announcement'))).toBe(t('live.polls.votedWrong'));
    await until(
      () => document.activeElement === poll('poll-3')?.querySelector('[data-testid=poll-my-result]'),
      'focus on the feedback',
    );

    poll('poll-1')?.querySelectorAll<HTMLInputElement>('input[type=radio]')[0].click();
    poll('poll-1')?.querySelector<HTMLButtonElement>('[data-testid=poll-vote]')?.click();
    await until(() => poll('poll-1')?.querySelector('[data-testid=poll-vote-failure]'), 'the refusal');
    expect(text(poll('poll-1')?.querySelector('[data-testid=poll-vote-failure]'))).toBe(t('core.error.already_voted'));
  });

  it('lets hosts open a poll with the right payload, checks it first, and close it', async () => {
    socket.reply('poll:create', (p: { question: string; options: string[] }) => ({
      ok: true,
      poll: aPoll({
        id: 'poll-9',
        question: p.question,
        kind: 'multiple',
        options: p.options.map((o, i) => ({ id: `n-${i}`, text: o, votes: 0 })),
        voters: 0,
      }),
    }));
    socket.reply('poll:close', {
      ok: true,
      results: {
        pollId: 'poll-1',
        voters: 4,
        options: [
          { id: 'o-1', votes: 3 },
          { id: 'o-2', votes: 1 },
        ],
      },
    });
    panel = await openPanel(PollsPanel, socket, HOST);
    await until(() => panel.byTestId('poll-new'), 'new poll');
    panel.byTestId('poll-new')?.click();
    await panel.settle();
    const form = panel.byTestId('poll-form') as HTMLElement;
    const question = panel.byTestId('poll-question') as HTMLInputElement;
    await until(() => document.activeElement === question, 'focus on the question');
    expect(question.labels?.[0]?.textContent?.trim()).toBe(t('live.polls.question'));
    expect(panel.allByTestId('poll-option').length).toBe(2);
    expect((panel.byTestId('poll-anonymous') as HTMLInputElement).checked).toBeTrue();

    panel.byTestId('poll-create')?.click();
    await panel.settle();
    expect(text(panel.byTestId('poll-create-problem'))).toBe(t('live.polls.problem.question'));
    expect(socket.sentOf('poll:create')).toEqual([]);

    type(question, 'Mitkä aiheet?');
    panel.byTestId('poll-add-option')?.click();
    await panel.settle();
    const options = panel.allByTestId('poll-option');
    expect(options.length).toBe(3);
    expect(document.activeElement).toBe(options[2]);
    ['Asuminen', 'Työ', 'Koulu'].forEach((value, i) => type(options[i], value));
    (panel.byTestId('poll-kind-multiple') as HTMLInputElement).click();
    const correct = panel.allByTestId('poll-option-correct') as HTMLInputElement[];
    correct[0].click();
    correct[2].click();
    panel.byTestId('poll-create')?.click();
    await until(() => socket.sentOf('poll:create').length === 1, 'poll:create');
    expect(socket.sentOf('poll:create')).toEqual([
      {
        sessionId: SESSION_ID,
        question: 'Mitkä aiheet?',
        kind: 'multiple',
        options: ['Asuminen', 'Työ', 'Koulu'],
        anonymous: true,
        correctOptions: [0, 2],
      },
    ]);
    await until(() => poll('poll-9'), 'the new poll');
    expect(form.isConnected).toBeFalse();
    // The room's event for it does not add it twice.
    socket.record('poll.opened', opened(aPoll({ id: 'poll-9', question: 'Mitkä aiheet?' })));
    await panel.settle();
    expect(panel.el.querySelectorAll('[data-poll-id="poll-9"]').length).toBe(1);

    // Its name says which poll, with no stray space before the colon (a hidden span inside the button gave one).
    const closeButton = poll('poll-1')?.querySelector<HTMLButtonElement>('[data-testid=poll-close]');
    expect(closeButton?.getAttribute('aria-label')).toMatch(new RegExp(`^${t('live.polls.close')}: \\S`));
    closeButton?.click();
    await until(() => socket.sentOf('poll:close').length === 1, 'poll:close');
    expect(socket.sentOf('poll:close')).toEqual([{ sessionId: SESSION_ID, pollId: 'poll-1' }]);
    await until(() => text(poll('poll-1')).includes(t('live.polls.statusClosed')), 'closed');
    expect(counts('poll-1')[0]).toBe(t('live.polls.count', { count: 3, percent: 75 }));
  });

  it('shows the server’s refusal of a new poll', async () => {
    socket.reply('poll:create', failed('validation_failed'));
    panel = await openPanel(PollsPanel, socket, HOST);
    await until(() => panel.byTestId('poll-new'), 'new poll');
    panel.byTestId('poll-new')?.click();
    await panel.settle();
    type(panel.byTestId('poll-question'), 'Kysymys');
    panel.allByTestId('poll-option').forEach((o, i) => type(o, `V${i}`));
    panel.byTestId('poll-create')?.click();
    await until(() => text(panel.byTestId('poll-create-problem')), 'the refusal');
    expect(text(panel.byTestId('poll-create-problem'))).toBe(t('core.error.validation_failed'));
  });
});
