import type { TestRequest } from '@angular/common/http/testing';

import { signInAs } from '../../testing/admin-testing';
import { nextRequest } from '../../testing/test-app';
import { ProgramList } from './program-list';
import { pageTest } from './programs-testing';
import { aProgram } from './programs-testing';

describe('ProgramList', () => {
  const page = pageTest(ProgramList);
  const { t, byTestId } = page;
  beforeEach(() => page.setUp());
  afterEach(() => page.tearDown());

  async function open(role: 'member' | 'coordinator', answer: (request: TestRequest) => void): Promise<void> {
    await signInAs(role);
    page.mount();
    page.fixture.detectChanges();
    answer(await nextRequest(page.http, 'GET', '/api/mentoring/programs'));
    await page.fixture.whenStable();
  }

  it('lists each program with its period, municipalities and status, and links to one’s own pairings', async () => {
    await open('member', (r) => r.flush([aProgram(), aProgram({ id: 'p2', name: 'Syksy', status: 'running' })]));
    const items = page.el.querySelectorAll('[data-testid=program-list] > li');
    expect(items.length).toBe(2);
    expect(items[0].querySelector('h2 a')?.getAttribute('href')).toBe(`/mentoring/programs/${aProgram().id}`);
    expect(items[0].textContent).toContain('1.2.2027–30.6.2027');
    expect(items[0].textContent).toContain('Jämsä, Keuruu');
    expect(items[0].textContent).toContain(t('mentoring.programs.status.recruiting'));
    expect(items[1].textContent).toContain(t('mentoring.programs.status.running'));
    expect(byTestId('my-mentoring')?.getAttribute('href')).toBe('/mentoring/pairings');
    expect(byTestId('program-new')).toBeNull();
  });

  it('offers a coordinator a new program, and says so when there is none to see', async () => {
    await open('coordinator', (r) => r.flush([]));
    expect(byTestId('program-new')?.getAttribute('href')).toBe('/mentoring/programs/new');
    expect(byTestId('program-empty')?.textContent?.trim()).toBe(t('mentoring.programs.empty'));
  });

  it('tells of a failed load and tries again', async () => {
    await open('member', (r) => r.flush(null, { status: 500, statusText: 'Server Error' }));
    expect(page.el.querySelector('[role=alert]')?.textContent).toContain(t('mentoring.programs.loadFailed'));
    page.el.querySelector<HTMLButtonElement>('[role=alert] button')?.click();
    (await nextRequest(page.http, 'GET', '/api/mentoring/programs')).flush([aProgram()]);
    await page.fixture.whenStable();
    expect(page.el.querySelectorAll('[data-testid=program-list] > li').length).toBe(1);
  });
});
