import type { MentoringHealth } from '@kotopaikka/contracts';

import { TestBed } from '@angular/core/testing';

import { Translator } from '../../core/i18n/translator';
import { nextRequest } from '../../testing/test-app';
import { pageTest } from '../programs/programs-testing';
import { aProgram, PROGRAM_ID, setUpMatchingTest } from './matching-testing';
import { ProgramHealth } from './program-health';

const base = `/api/mentoring/programs/${PROGRAM_ID}`;
const anna = { id: 'u-1', name: 'Anna Mentor' };
const bashir = { id: 'u-2', name: 'Bashir' };
const veikko = { id: 'u-3', name: 'Veikko Mentor' };
const cecilia = { id: 'u-4', name: 'Cecilia' };

function aHealth(overrides: Partial<MentoringHealth> = {}): MentoringHealth {
  return {
    programId: PROGRAM_ID,
    counts: { no_recent_meeting: 2, unanswered_proposal: 1, not_a_fit: 1, ended_early: 0 },
    items: [
      {
        kind: 'no_recent_meeting',
        action: 'contact_pair',
        pairingId: 'pa-2',
        mentor: veikko,
        mentee: cecilia,
        since: '2026-11-02T08:00:00.000Z',
        waitingFor: [],
      },
      {
        kind: 'no_recent_meeting',
        action: 'contact_pair',
        pairingId: 'pa-1',
        mentor: anna,
        mentee: bashir,
        // 23.30 UTC on 30 October is already 31 October in Helsinki.
        since: '2026-10-30T23:30:00.000Z',
        waitingFor: [],
      },
      {
        kind: 'unanswered_proposal',
        action: 'contact_unanswered',
        pairingId: 'pa-3',
        mentor: anna,
        mentee: cecilia,
        since: '2026-11-20T10:00:00.000Z',
        waitingFor: ['mentor', 'mentee'],
      },
      {
        kind: 'not_a_fit',
        action: 'end_and_rematch',
        pairingId: 'pa-4',
        mentor: veikko,
        mentee: bashir,
        since: '2026-11-25T10:00:00.000Z',
        waitingFor: [],
      },
    ],
    ...overrides,
  };
}

describe('ProgramHealth', () => {
  const page = pageTest(ProgramHealth, setUpMatchingTest);
  const { t, byTestId } = page;
  beforeEach(() => page.setUp());
  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
  afterEach(() => page.tearDown());

  async function open(answer: (req: Awaited<ReturnType<typeof nextRequest>>) => void): Promise<void> {
    page.mount({ id: PROGRAM_ID });
    (await nextRequest(page.http, 'GET', base)).flush(aProgram());
    answer(await nextRequest(page.http, 'GET', `${base}/health`));
    await page.fixture.whenStable();
  }

  it('counts each kind and lists its pairings, longest waiting first, with since when in Helsinki and what to do', async () => {
    await open((req) => req.flush(aHealth()));
    expect(text(page.el.querySelector('h1'))).toBe(
      t('mentoring.matching.healthHeading', { program: 'Vertaismentorointi 2027' }),
    );
    const counts = Array.from(byTestId('health-counts')?.querySelectorAll('div') ?? []).map((d) => [
      d.getAttribute('data-kind'),
      text(d.querySelector('dd')),
    ]);
    expect(counts).toEqual([
      ['no_recent_meeting', '2'],
      ['unanswered_proposal', '1'],
      ['not_a_fit', '1'],
      ['ended_early', '0'],
    ]);

    const quiet = byTestId('health-no_recent_meeting') as HTMLElement;
    const links = Array.from(quiet.querySelectorAll('a'));
    expect(links.map((a) => a.textContent?.trim())).toEqual(['Anna Mentor ja Bashir', 'Veikko Mentor ja Cecilia']);
    expect(links[0].getAttribute('href')).toBe('/mentoring/pairings/pa-1');
    expect(text(quiet.querySelector('[data-testid=health-since]'))).toBe(
      t('mentoring.matching.since.no_recent_meeting', { date: '31.10.2026' }),
    );
    expect(text(quiet.querySelector('[data-testid=health-action]'))).toBe(
      `${t('mentoring.matching.toDo')} ${t('mentoring.matching.action.contact_pair')}`,
    );

    const unanswered = byTestId('health-unanswered_proposal') as HTMLElement;
    expect(text(unanswered.querySelector('[data-testid=health-action]'))).toContain(
      t('mentoring.matching.action.contact_unanswered', { who: 'Anna Mentor ja Cecilia' }),
    );
    expect(text(byTestId('health-not_a_fit')?.querySelector('[data-testid=health-action]'))).toContain(
      t('mentoring.matching.action.end_and_rematch'),
    );
    // A kind with nothing in it has no list of its own.
    expect(byTestId('health-ended_early')).toBeNull();
    expect(byTestId('health-clear')).toBeNull();
  });

  it('names only the side that has not answered, in English too', async () => {
    TestBed.inject(Translator).use('en');
    const health = aHealth();
    health.items = [{ ...health.items[2], waitingFor: ['mentee'] }];
    await open((req) => req.flush(health));
    expect(text(byTestId('health-action'))).toBe('What to do: Remind Cecilia to answer the proposal.');
  });

  it('says so when nothing needs doing', async () => {
    await open((req) =>
      req.flush(
        aHealth({ counts: { no_recent_meeting: 0, unanswered_proposal: 0, not_a_fit: 0, ended_early: 0 }, items: [] }),
      ),
    );
    expect(text(byTestId('health-clear'))).toBe(t('mentoring.matching.healthClear'));
    expect(byTestId('health-item')).toBeNull();
  });

  it('says plainly when the program is not for the viewer', async () => {
    await open((req) => req.flush({ code: 'not_found' }, { status: 404, statusText: 'Not Found' }));
    expect(text(byTestId('health-failure'))).toBe(t('mentoring.matching.notFound'));
  });
});
