// Live sessions in two (and three) browsers: a coordinator schedules a session in the form and invites a person, who
// answers yes; both meet in the room, the host starts and ends it. A guest registers on an info session's public page
// and follows the join link from the mail. axe-core finds no serious or critical WCAG 2.1 AA violation on the session
// pages, the room, the registration and the join page, in Finnish and English, at 1280 and 360 px; the RSVP and the
// registration form work from the keyboard alone. The room's panels (chat, hands, polls, notes, board, breakouts) and
// the report afterwards are live-room.e2e.mjs's.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import {
  assertAccessible,
  createCoordinator,
  helsinkiLocal,
  joinTokenMailedTo,
  LOCALES,
  minutesFromNow,
  registerAsGuest,
  scheduleSession,
  seeInRoom,
  tabTo,
  useLanguage,
} from './support/live.mjs';
import { createPerson, uniqueEmail } from './support/people.mjs';
import { launchBrowser, login, newPage } from './support/platform.mjs';
import { apiAs } from './support/training.mjs';

// Texts of client/src/app/live/live.i18n.ts and guest.i18n.ts, in either language.
const TEXT = {
  statusLive: /^(Käynnissä|On now)$/,
  statusEnded: /^(Päättynyt|Ended)$/,
  end: /^(Päätä tilaisuus|End the session)$/,
  registered: /^(Ilmoittautuminen onnistui|You are registered)$/,
  name: /^\s*(Nimi|Name)/,
  email: /^\s*(Sähköposti|E-mail)/,
};

const stamp = () => Date.now().toString(36);

describe('live sessions', () => {
  let browser;
  let host;
  let participant;

  before(async () => {
    browser = await launchBrowser();
    host = await createCoordinator('Kaija Koordinaattori');
    participant = await createPerson({ name: 'Pekka Paikalla', audience: 'employer' });
  });
  after(async () => {
    await browser?.close();
  });

  it('a coordinator schedules and invites in the form; the invitee answers yes; both meet in the room; the host starts and ends it', async () => {
    const hostSide = await newPage(browser);
    const guestSide = await newPage(browser);
    try {
      const { page } = hostSide;
      await login(page, host.email);
      await page.goto('/live/new');
      const title = `Verkkotapaaminen ${stamp()}`;
      const startsAt = minutesFromNow(10);
      await page.getByTestId('field-kind').selectOption('training_webinar');
      await page.getByTestId('field-title-fi').fill(title);
      await page.getByTestId('field-title-en').fill(`Online meeting ${stamp()}`);
      await page.getByTestId('field-starts').fill(helsinkiLocal(startsAt));
      await page.getByTestId('field-ends').fill(helsinkiLocal(new Date(startsAt.getTime() + 3600_000)));
      await page.getByTestId('field-municipality').selectOption({ label: 'Äänekoski' });
      await page.getByTestId('field-video').fill('https://meet.jit.si/kotopaikka-e2e-verkkotapaaminen');
      await page.getByTestId('invitee-search').fill(participant.name);
      await page
        .getByTestId('invitee-results')
        .getByRole('button', { name: new RegExp(`^(Lisää|Add) ${participant.name}$`) })
        .click();
      await page.getByTestId('invitees').getByText(participant.name).waitFor();
      await page.getByTestId('form-submit').click();
      await page.waitForURL(/\/live\/[0-9a-f-]{36}$/);
      const sessionId = new URL(page.url()).pathname.split('/').pop();

      // The invitee finds it in their list and answers yes.
      const other = guestSide.page;
      await login(other, participant.email);
      await other.goto('/live');
      await other.getByRole('link', { name: title }).click();
      await other.waitForURL(`**/live/${sessionId}`);
      await other.getByTestId('rsvp-yes').click();
      await assert.doesNotReject(
        other.waitForFunction(
          () => document.querySelector('[data-testid=rsvp-yes]')?.getAttribute('aria-pressed') === 'true',
        ),
      );
      await other
        .getByTestId('rsvp-state')
        .getByText(/(Olet tulossa|You are going)/)
        .waitFor();

      // Both in the room, each seeing the other.
      await page.goto(`/live/${sessionId}/room`);
      await other.getByTestId('live-open-room').click();
      await other.waitForURL(`**/live/${sessionId}/room`);
      await seeInRoom(page, [host.name, participant.name]);
      await seeInRoom(other, [host.name, participant.name]);
      assert.equal(await other.getByTestId('room-start').count(), 0, 'a participant has no start button');

      await page.getByTestId('room-start').click();
      await page.getByTestId('room-status').getByText(TEXT.statusLive).waitFor();
      await other.getByTestId('room-status').getByText(TEXT.statusLive).waitFor();

      await page.getByTestId('room-end').click();
      await page.getByRole('dialog').getByRole('button', { name: TEXT.end }).click();
      await page.getByTestId('room-status').getByText(TEXT.statusEnded).waitFor();
      await other.getByTestId('room-status').getByText(TEXT.statusEnded).waitFor();

      const api = await apiAs(host.email);
      try {
        const detail = await api.get(`/api/live-sessions/${sessionId}`);
        assert.equal(detail.status, 'ended');
      } finally {
        await api.dispose();
      }
    } finally {
      await hostSide.context.close();
      await guestSide.context.close();
    }
  });

  it('a guest registers on the public page of an info session and opens the join link from the mail', async () => {
    const api = await apiAs(host.email);
    const session = await scheduleSession(api, {
      kind: 'info_session',
      title: { fi: `Aamupala ${stamp()}`, en: `Breakfast info ${stamp()}` },
      hostIds: [host.userId],
      publicRegistration: true,
      capacity: 20,
    }).finally(() => api.dispose());
    assert.ok(session.publicSlug, 'the info session has a public page');

    const visitor = await newPage(browser);
    const joiner = await newPage(browser);
    try {
      const email = uniqueEmail('guest');
      await visitor.page.goto(`/s/${session.publicSlug}`);
      await visitor.page.getByRole('heading', { level: 1, name: session.title.fi }).waitFor();
      await registerAsGuest(visitor.page, 'Amina Vieras', email);

      // The link works in another browser: it is the person's, not a cookie of the registering one.
      const token = await joinTokenMailedTo(email);
      await joiner.page.goto(`/join/${token}`);
      // The link opens the room itself: its heading is the session's, and the guest is among the participants.
      await joiner.page.getByRole('heading', { level: 1, name: session.title.fi }).waitFor();
      await joiner.page
        .getByText(/Amina Vieras/)
        .first()
        .waitFor();
    } finally {
      await visitor.context.close();
      await joiner.context.close();
    }
  });

  it('the RSVP and the registration form work with the keyboard alone', async () => {
    const api = await apiAs(host.email);
    const meeting = await scheduleSession(api, {
      title: { fi: `Näppäimistö ${stamp()}`, en: `Keyboard ${stamp()}` },
      hostIds: [host.userId],
      invitees: [{ kind: 'user', userId: participant.userId }],
    });
    const info = await scheduleSession(api, {
      kind: 'info_session',
      title: { fi: `Näppäimistöinfo ${stamp()}`, en: `Keyboard info ${stamp()}` },
      hostIds: [host.userId],
      publicRegistration: true,
    }).finally(() => api.dispose());

    const invitee = await newPage(browser);
    const visitor = await newPage(browser);
    try {
      const { page } = invitee;
      await login(page, participant.email);
      await page.goto(`/live/${meeting.id}`);
      const maybe = page.getByTestId('rsvp-maybe');
      await maybe.waitFor();
      await tabTo(page, maybe, 'the RSVP "maybe" button');
      await page.keyboard.press('Enter');
      await page
        .getByTestId('rsvp-state')
        .getByText(/(Vastasit ehkä|maybe)/i)
        .waitFor();
      assert.equal(await maybe.getAttribute('aria-pressed'), 'true');

      const form = visitor.page;
      const email = uniqueEmail('keyboard');
      await form.goto(`/s/${info.publicSlug}`);
      const name = form.getByLabel(TEXT.name);
      await name.waitFor();
      await tabTo(form, name, 'the name field');
      await form.keyboard.type('Kalle Näppäilijä');
      await tabTo(form, form.getByLabel(TEXT.email), 'the e-mail field');
      await form.keyboard.type(email);
      const consent = form.getByRole('checkbox');
      await tabTo(form, consent, 'the consent checkbox');
      await form.keyboard.press('Space');
      assert.equal(await consent.isChecked(), true, 'Space ticks the consent');
      await tabTo(form, form.getByRole('button', { name: /^(Ilmoittaudu|Register)$/ }), 'the submit button');
      await form.keyboard.press('Enter');
      await form.getByRole('heading', { name: TEXT.registered }).waitFor();
    } finally {
      await invitee.context.close();
      await visitor.context.close();
    }
  });

  it('the session pages, the room, the registration and the join page have no serious or critical violation', async () => {
    const api = await apiAs(host.email);
    const meeting = await scheduleSession(api, {
      title: { fi: `Saavutettavuus ${stamp()}`, en: `Accessibility ${stamp()}` },
      hostIds: [host.userId],
      invitees: [{ kind: 'user', userId: participant.userId }],
    });
    const info = await scheduleSession(api, {
      kind: 'info_session',
      title: { fi: `Saavutettava aamupala ${stamp()}`, en: `Accessible breakfast ${stamp()}` },
      hostIds: [host.userId],
      publicRegistration: true,
    }).finally(() => api.dispose());

    const coordinator = await newPage(browser);
    const guest = await newPage(browser);
    try {
      const { page } = coordinator;
      await login(page, host.email);
      for (const locale of LOCALES) {
        await page.goto('/live');
        await useLanguage(page, locale);
        await page.getByRole('link', { name: meeting.title[locale] }).first().waitFor();
        await assertAccessible(page, `the session list (${locale})`);

        await page.goto(`/live/${meeting.id}`);
        await page.getByRole('heading', { level: 1, name: meeting.title[locale] }).waitFor();
        await assertAccessible(page, `the session page (${locale})`);

        await page.goto('/live/new');
        await page.getByTestId('field-title-fi').waitFor();
        await assertAccessible(page, `the new-session form (${locale})`);

        await page.goto(`/live/${meeting.id}/room`);
        await seeInRoom(page, [host.name]);
        await assertAccessible(page, `the room (${locale})`);
      }

      const email = uniqueEmail('axe');
      const visitor = guest.page;
      for (const locale of LOCALES) {
        await visitor.goto(`/s/${info.publicSlug}`);
        await useLanguage(visitor, locale);
        await visitor.getByRole('heading', { level: 1, name: info.title[locale] }).waitFor();
        await assertAccessible(visitor, `the registration page (${locale})`);
      }
      await registerAsGuest(visitor, 'Aino Arvioija', email);
      await assertAccessible(visitor, 'the registration page after registering');
      const token = await joinTokenMailedTo(email);
      for (const locale of LOCALES) {
        await visitor.goto(`/join/${token}`);
        await useLanguage(visitor, locale);
        await visitor.getByTestId('join-state').waitFor();
        await assertAccessible(visitor, `the join page (${locale})`);
      }
    } finally {
      await coordinator.context.close();
      await guest.context.close();
    }
  });
});
