import type { MenteeRequest, MentoringProgram, MentorProfile } from '@kotopaikka/contracts';

import { TestBed } from '@angular/core/testing';

import { Translator } from '../../core/i18n/translator';
import { nextRequest, until } from '../../testing/test-app';
import { ProgramPage } from './program-page';
import { pageTest } from './programs-testing';
import { aMenteeRequest, aMentorProfile, aProgram, NOT_FOUND, PROGRAM_ID } from './programs-testing';

const base = `/api/mentoring/programs/${PROGRAM_ID}`;

describe('ProgramPage', () => {
  const page = pageTest(ProgramPage);
  const { t, byTestId } = page;
  beforeEach(() => page.setUp());

  afterEach(() => {
    page.tearDown();
    document.querySelectorAll('.cdk-overlay-container').forEach((c) => (c.innerHTML = ''));
  });

  interface Seen {
    program?: MentoringProgram;
    offer?: MentorProfile | null;
    request?: MenteeRequest | null;
    mentors?: MentorProfile[];
    mentees?: MenteeRequest[];
  }

  async function open(seen: Seen = {}): Promise<void> {
    const program = seen.program ?? aProgram();
    page.mount({ id: PROGRAM_ID });
    (await nextRequest(page.http, 'GET', base)).flush(program);
    const offer = await nextRequest(page.http, 'GET', `${base}/mentor-profile`);
    if (seen.offer) offer.flush(seen.offer);
    else offer.flush(...NOT_FOUND());
    const request = await nextRequest(page.http, 'GET', `${base}/mentee-request`);
    if (seen.request) request.flush(seen.request);
    else request.flush(...NOT_FOUND());
    if (program.mayManage) {
      (await nextRequest(page.http, 'GET', `${base}/mentor-profiles`)).flush(seen.mentors ?? []);
      (await nextRequest(page.http, 'GET', `${base}/mentee-requests`)).flush(seen.mentees ?? []);
    }
    await page.fixture.whenStable();
  }

  async function confirm(): Promise<void> {
    await page.fixture.whenStable();
    const button = await until(
      () => document.querySelector<HTMLButtonElement>('mat-dialog-actions button:last-of-type'),
      'the confirmation',
    );
    button.click();
    await page.fixture.whenStable();
  }

  it('shows the program in the UI language and, while it recruits, both ways to sign up', async () => {
    TestBed.inject(Translator).use('en');
    await open();
    expect(page.el.querySelector('h1')?.textContent?.trim()).toBe(aProgram().name);
    expect(byTestId('program-description')?.textContent?.trim()).toBe('Experienced employers support new ones.');
    expect(byTestId('program-status')?.textContent?.trim()).toBe('Recruiting');
    expect(byTestId('program-period')?.textContent).toContain('2027');
    expect(byTestId('offer-to-mentor')?.getAttribute('href')).toBe(`/mentoring/programs/${PROGRAM_ID}/mentor`);
    expect(byTestId('ask-for-mentor')?.getAttribute('href')).toBe(`/mentoring/programs/${PROGRAM_ID}/mentee`);
    // Not a coordinator of it: no management, and its sign-ups are never asked for.
    expect(byTestId('move-status')).toBeNull();
    expect(byTestId('link-matching')).toBeNull();
  });

  it('says a program that is not recruiting takes no sign-ups', async () => {
    await open({ program: aProgram({ status: 'running' }) });
    expect(byTestId('offer-to-mentor')).toBeNull();
    expect(byTestId('not-recruiting')?.textContent?.trim()).toBe(t('mentoring.programs.notRecruiting'));
  });

  it('shows one’s pending offer and withdraws it after a confirmation, saying so where the focus goes', async () => {
    await open({ offer: aMentorProfile() });
    expect(byTestId('my-offer')?.textContent).toContain(t('mentoring.programs.profileStatus.pending'));
    expect(byTestId('ask-for-mentor')).toBeNull();
    byTestId('withdraw-offer')?.click();
    await confirm();
    const post = await nextRequest(page.http, 'POST', `/api/mentoring/mentor-profiles/${aMentorProfile().id}/withdraw`);
    post.flush(aMentorProfile({ status: 'withdrawn' }));
    await page.fixture.whenStable();
    await until(() => document.activeElement === byTestId('program-notice'), 'focus on the notice');
    expect(byTestId('withdraw-offer')).toBeNull();
    expect(byTestId('offer-to-mentor')).not.toBeNull();
  });

  it('shows one’s open request with its withdrawal, and a declined offer without a new one', async () => {
    await open({ offer: aMentorProfile({ status: 'declined' }), request: aMenteeRequest() });
    expect(byTestId('my-offer')?.textContent).toContain(t('mentoring.programs.profileStatus.declined'));
    expect(byTestId('withdraw-offer')).toBeNull();
    expect(byTestId('my-request')?.textContent).toContain(t('mentoring.programs.requestStatus.open'));
    byTestId('withdraw-request')?.click();
    await confirm();
    (await nextRequest(page.http, 'POST', `/api/mentoring/mentee-requests/${aMenteeRequest().id}/withdraw`)).flush(
      aMenteeRequest({ status: 'withdrawn' }),
    );
    await page.fixture.whenStable();
    expect(byTestId('my-request')).toBeNull();
    expect(byTestId('offer-to-mentor')).toBeNull();
    expect(byTestId('ask-for-mentor')).not.toBeNull();
  });

  it('gives a coordinator the links, the next status after a confirmation, and the sign-ups to decide', async () => {
    await open({
      program: aProgram({ mayManage: true }),
      mentors: [aMentorProfile(), aMentorProfile({ id: 'm2', person: { id: 'u2', name: 'Olli' }, status: 'approved' })],
      mentees: [aMenteeRequest()],
    });
    expect(byTestId('link-matching')?.getAttribute('href')).toBe(`/mentoring/programs/${PROGRAM_ID}/matching`);
    expect(byTestId('link-health')?.getAttribute('href')).toBe(`/mentoring/programs/${PROGRAM_ID}/health`);
    expect(byTestId('link-report')?.getAttribute('href')).toBe(`/mentoring/programs/${PROGRAM_ID}/report`);
    const mentorRows = page.el.querySelectorAll('[data-testid=mentor-table] tbody tr');
    expect(mentorRows.length).toBe(2);
    expect(mentorRows[0].textContent).toContain('työpaikan perehdytys');
    expect(mentorRows[0].textContent).toContain('suomi, arabia');
    expect(mentorRows[1].querySelector('[data-testid=approve]')).toBeNull();
    expect(page.el.querySelector('[data-testid=mentee-table] tbody tr')?.textContent).toContain('Matti Mentee');

    const approve = mentorRows[0].querySelector<HTMLButtonElement>('[data-testid=approve]');
    expect(approve?.textContent?.trim()).toBe(t('mentoring.programs.approve', { name: 'Maija Mentor' }));
    approve?.click();
    (await nextRequest(page.http, 'POST', `/api/mentoring/mentor-profiles/${aMentorProfile().id}/approve`)).flush(
      aMentorProfile({ status: 'approved' }),
    );
    await page.fixture.whenStable();
    expect(byTestId('program-notice')?.textContent).toContain(
      t('mentoring.programs.approved', { name: 'Maija Mentor' }),
    );
    expect(page.el.querySelector('[data-testid=mentor-table] [data-testid=approve]')).toBeNull();

    const move = byTestId('move-status');
    expect(move?.textContent?.trim()).toBe(
      t('mentoring.programs.moveTo', { status: t('mentoring.programs.status.matching') }),
    );
    move?.click();
    await confirm();
    const post = await nextRequest(page.http, 'POST', `${base}/status`);
    expect(post.request.body).toEqual({ status: 'matching' });
    post.flush(aProgram({ mayManage: true, status: 'matching' }));
    await page.fixture.whenStable();
    expect(byTestId('program-status')?.textContent?.trim()).toBe(t('mentoring.programs.status.matching'));
    await until(() => document.activeElement === byTestId('program-notice'), 'focus on the notice');
  });

  it('gives a closed program no next status and no editing', async () => {
    await open({ program: aProgram({ mayManage: true, status: 'closed' }) });
    expect(byTestId('move-status')).toBeNull();
    expect(byTestId('program-edit')).toBeNull();
  });

  it('says a program one may not see is not there', async () => {
    page.mount({ id: PROGRAM_ID });
    (await nextRequest(page.http, 'GET', base)).flush(...NOT_FOUND());
    (await nextRequest(page.http, 'GET', `${base}/mentor-profile`)).flush(...NOT_FOUND());
    (await nextRequest(page.http, 'GET', `${base}/mentee-request`)).flush(...NOT_FOUND());
    await page.fixture.whenStable();
    expect(page.el.querySelector('[role=alert]')?.textContent).toContain(t('mentoring.programs.notFound'));
  });
});
