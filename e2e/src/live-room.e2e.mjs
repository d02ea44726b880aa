// The live room's panels in three browsers, one info session from start to report: a coordinator of Äänekoski hosts,
// an invited person takes part (chat, hand and poll vote with the keyboard alone), and a guest who registered on the
// public page comes in through the join link from the mail. Chat both ways with the live region, a hand raised and
// lowered, a poll opened, voted, followed live and closed, the notes typed in two browsers at once, an idea board
// with dot votes (over the limit refused) revealed to its ranking, a breakout by hand started and ended, the session
// ended; the report then shows everyone's attendance. axe-core finds no serious or critical violation on the room with
// a poll open and with the board open, in Finnish and English, at 1280 and 360 px; screenshots of both go to
// e2e/artifacts. The steps share one session, so they run in order.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import {
  assertAccessible,
  createCoordinator,
  joinTokenMailedTo,
  LOCALES,
  NARROW,
  registerAsGuest,
  scheduleSession,
  seeInRoom,
  tabTo,
  useLanguage,
  WIDE,
} from './support/live.mjs';
import { createPerson, uniqueEmail } from './support/people.mjs';
import { expectFocus, launchBrowser, login, newPage } from './support/platform.mjs';
import { apiAs } from './support/training.mjs';

const ARTIFACTS = process.env.E2E_ARTIFACTS ?? 'e2e/artifacts';

// Texts of client/src/app/live/live.i18n.ts, in either language where a step runs in both.
const TEXT = {
  statusLive: /^(Käynnissä|On now)$/,
  statusEnded: /^(Päättynyt|Ended)$/,
  end: /^(Päätä tilaisuus|End the session)$/,
  panel: {
    chat: /^(Keskustelu|Chat)$/,
    hands: /^(Viittaukset|Raised hands)$/,
    polls: /^(Kyselyt|Polls)$/,
    notes: /^(Yhteiset muistiinpanot|Shared notes)$/,
    board: /^(Ideataulu|Idea board)$/,
    breakouts: /^(Pienryhmät|Breakout groups)$/,
  },
};

const stamp = () => Date.now().toString(36);
const exact = (text) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** A panel of the room: the region under its `<h2>`. */
function panel(page, id) {
  return page.getByRole('region', { name: TEXT.panel[id] });
}

/** Waits until the textarea's value holds every one of `texts` (edits from another browser arrive when they arrive). */
async function valueHolds(locator, texts) {
  const el = await locator.elementHandle();
  await locator.page().waitForFunction(([area, wanted]) => wanted.every((t) => area.value.includes(t)), [el, texts]);
}

/** Waits until the list items under `locator` read `texts`, in this order (the first ones, when there are more). */
async function listStarts(locator, texts) {
  const el = await locator.elementHandle();
  await locator
    .page()
    .waitForFunction(
      ([list, wanted]) =>
        wanted.every((t, i) => list.querySelectorAll('li')[i]?.textContent.replace(/\s+/g, ' ').trim() === t),
      [el, texts],
    );
}

/** An idea card on a board, by its text: the card whose "add a vote" button names it (a host's merge menu names all). */
function cardOf(board, text) {
  return board.getByRole('listitem').filter({ has: board.page().getByRole('button', { name: `Lisää ääni: ${text}` }) });
}

/**
 * Screenshots of a panel of the room (or, with `id` null, the whole page), at desktop width and at 360 px, into
 * e2e/artifacts (to look at, not compared).
 */
async function screenshots(page, id, name) {
  for (const size of [WIDE, NARROW]) {
    // As tall as the page, so nothing scrolls and the shell's fixed top bar stays at the top, off the panel.
    await page.setViewportSize(size);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: size.width, height });
    const path = join(ARTIFACTS, `${name}-${size.width}.png`);
    await (id ? panel(page, id).screenshot({ path }) : page.screenshot({ path }));
  }
  await page.setViewportSize(WIDE);
}

/** The room in both languages and widths, then back in Finnish. */
async function assertRoomAccessible(page, what) {
  for (const locale of LOCALES) {
    await useLanguage(page, locale);
    await panel(page, 'polls').waitFor();
    await assertAccessible(page, `the room with ${what} (${locale})`);
  }
  await useLanguage(page, 'fi');
}

describe('the live room', () => {
  const names = { host: 'Hilkka Isäntä', participant: 'Paavo Osallistuja', guest: 'Amira Vieras' };
  let browser;
  let host;
  let participant;
  let session;
  /** The three browsers: `{ context, page }` each. */
  const side = {};

  before(async () => {
    browser = await launchBrowser();
    host = await createCoordinator(names.host);
    participant = await createPerson({ name: names.participant, audience: 'employer' });
    const api = await apiAs(host.email);
    session = await scheduleSession(api, {
      kind: 'info_session',
      title: { fi: `Infotilaisuus ${stamp()}`, en: `Info session ${stamp()}` },
      hostIds: [host.userId],
      invitees: [{ kind: 'user', userId: participant.userId }],
      publicRegistration: true,
      capacity: 20,
    }).finally(() => api.dispose());
    for (const who of ['host', 'participant', 'guest']) side[who] = await newPage(browser);
  });
  after(async () => {
    for (const s of Object.values(side)) await s.context.close();
    await browser?.close();
  });

  it('the host starts the session; the participant and the registered guest join', async () => {
    const { page } = side.host;
    await login(page, host.email);
    await page.goto(`/live/${session.id}/room`);
    await seeInRoom(page, [names.host]);
    await page.getByTestId('room-start').click();
    await page.getByTestId('room-status').getByText(TEXT.statusLive).waitFor();

    const other = side.participant.page;
    await login(other, participant.email);
    await other.goto(`/live/${session.id}/room`);

    const guest = side.guest.page;
    const email = uniqueEmail('room-guest');
    await guest.goto(`/s/${session.publicSlug}`);
    await registerAsGuest(guest, names.guest, email);
    await guest.goto(`/join/${await joinTokenMailedTo(email)}`);

    for (const p of [page, other, guest]) {
      await seeInRoom(p, Object.values(names));
      await p.getByTestId('room-status').getByText(TEXT.statusLive).waitFor();
      // Every panel is there before the steps use them.
      for (const id of Object.keys(TEXT.panel)) await panel(p, id).waitFor();
    }
  });

  it('chat: a message each way, seen by the others and said in their live region; the participant uses the keyboard', async () => {
    const [hostPage, other, guest] = [side.host.page, side.participant.page, side.guest.page];
    const hostText = `Tervetuloa kaikki ${stamp()}`;
    const participantText = `Kiitos kutsusta ${stamp()}`;
    const guestText = `Hei, olen vieras ${stamp()}`;

    await panel(hostPage, 'chat').getByLabel('Kirjoita viesti').fill(hostText);
    await panel(hostPage, 'chat').getByRole('button', { name: 'Lähetä' }).click();
    for (const p of [other, guest]) {
      await panel(p, 'chat').getByRole('region', { name: 'Viestit' }).getByText(hostText).waitFor();
      await p.getByTestId('chat-announcement').getByText(`${names.host}: ${hostText}`).waitFor();
    }

    // The participant: Tab to the message box, type, Enter sends; the focus stays in the box.
    const box = panel(other, 'chat').getByLabel('Kirjoita viesti');
    await tabTo(other, box, 'the chat message box');
    await other.keyboard.type(participantText);
    await other.keyboard.press('Enter');
    await panel(hostPage, 'chat').getByRole('region', { name: 'Viestit' }).getByText(participantText).waitFor();
    await hostPage.getByTestId('chat-announcement').getByText(`${names.participant}: ${participantText}`).waitFor();
    await panel(other, 'chat').getByRole('region', { name: 'Viestit' }).getByText(participantText).waitFor();
    // Emptied once the server has acknowledged the message (the others may see it a moment before).
    await other.waitForFunction((el) => el.value === '', await box.elementHandle());
    await expectFocus(other, [box], 'after sending with Enter');

    await panel(guest, 'chat').getByLabel('Kirjoita viesti').fill(guestText);
    await guest.keyboard.press('Enter');
    for (const p of [hostPage, other]) {
      await panel(p, 'chat').getByRole('region', { name: 'Viestit' }).getByText(guestText).waitFor();
      await p.getByTestId('chat-announcement').getByText(`${names.guest}: ${guestText}`).waitFor();
    }
    // The guest sees the host's and the participant's messages under their names, never an e-mail.
    const guestChat = panel(guest, 'chat').getByRole('region', { name: 'Viestit' });
    await guestChat.getByText(participantText).waitFor();
    assert.equal(await guestChat.getByText(/@/).count(), 0, "no e-mail address in the guest's chat");
  });

  it('hands: the participant raises a hand from the keyboard, the host sees it in the queue and lowers it', async () => {
    const [hostPage, other] = [side.host.page, side.participant.page];
    const raise = panel(other, 'hands').getByRole('button', { name: 'Viittaa' });
    await tabTo(other, raise, 'the raise-hand button');
    await other.keyboard.press('Enter');
    await panel(other, 'hands').getByText('Viittaat. Olet jonossa sijalla 1/1.').waitFor();

    const queue = panel(hostPage, 'hands').getByRole('list');
    await queue.getByText(names.participant, { exact: true }).waitFor();
    await hostPage.getByTestId('hands-announcement').getByText(`${names.participant} viittasi.`).waitFor();
    await panel(hostPage, 'hands')
      .getByRole('button', { name: `Laske käsi: ${names.participant}` })
      .click();
    await panel(hostPage, 'hands').getByText('Kukaan ei viittaa.').waitFor();
    await panel(other, 'hands').getByText('Et viittaa.').waitFor();
    await panel(other, 'hands').getByRole('button', { name: 'Viittaa' }).waitFor();
  });

  it('poll: the host opens one; the participant votes from the keyboard, the guest with the mouse; the host sees the results live and closes it', async () => {
    const [hostPage, other, guest] = [side.host.page, side.participant.page, side.guest.page];
    const question = `Mikä aika sopii seuraavalle tapaamiselle? ${stamp()}`;
    const polls = panel(hostPage, 'polls');
    await polls.getByRole('button', { name: 'Uusi kysely' }).click();
    await polls.getByLabel('Kysymys', { exact: true }).fill(question);
    await polls.getByLabel('Vaihtoehto 1', { exact: true }).fill('Aamupäivä');
    await polls.getByLabel('Vaihtoehto 2', { exact: true }).fill('Iltapäivä');
    await polls.getByRole('button', { name: 'Avaa kysely' }).click();
    const hostPoll = polls.getByRole('article', { name: question });
    await hostPoll.waitFor();

    // Announced politely where it opened, the focus left where it was.
    await other.getByTestId('polls-announcement').getByText(`Uusi kysely: ${question}`).waitFor();
    const otherPoll = panel(other, 'polls').getByRole('article', { name: question });
    const morning = otherPoll.getByRole('radio', { name: 'Aamupäivä' });
    await tabTo(other, morning, 'the first option of the poll');
    await other.keyboard.press('Space');
    assert.equal(await morning.isChecked(), true, 'Space chooses the option');
    await tabTo(other, otherPoll.getByRole('button', { name: 'Vastaa' }), "the poll's answer button");
    await other.keyboard.press('Enter');
    await otherPoll.getByText('Vastasit tähän kyselyyn.').waitFor();
    await hostPoll.getByText('1 vastaaja', { exact: true }).waitFor();

    const guestPoll = panel(guest, 'polls').getByRole('article', { name: question });
    await guestPoll.getByRole('radio', { name: 'Iltapäivä' }).check();
    await guestPoll.getByRole('button', { name: 'Vastaa' }).click();
    await guestPoll.getByText('Vastasit tähän kyselyyn.').waitFor();

    // Live results on the host's side: two voters, one vote each, before anyone reloads.
    await hostPoll.getByText('2 vastaajaa', { exact: true }).waitFor();
    // "50 %" with the no-break space Finnish writes before the sign.
    for (const option of ['Aamupäivä', 'Iltapäivä'])
      await hostPoll
        .getByRole('listitem')
        .filter({ hasText: option })
        .getByText(/1 ääni \(50\s%\)/)
        .waitFor();
    await otherPoll.getByText('2 vastaajaa', { exact: true }).waitFor();

    await screenshots(hostPage, 'polls', 'live-room-poll-host');
    await screenshots(other, 'polls', 'live-room-poll-participant');
    await assertRoomAccessible(hostPage, 'a poll open');

    await hostPoll.getByRole('button', { name: /^Sulje kysely/ }).click();
    for (const poll of [hostPoll, otherPoll, guestPoll]) await poll.getByText(/Suljettu ·/).waitFor();
    assert.equal(await hostPoll.getByRole('button', { name: /^Sulje kysely/ }).count(), 0);
  });

  it('notes: the host and the participant type at the same time and both texts end up in both browsers', async () => {
    const [hostPage, other] = [side.host.page, side.participant.page];
    const hostNotes = panel(hostPage, 'notes').getByLabel('Muistiinpanot', { exact: true });
    const otherNotes = panel(other, 'notes').getByLabel('Muistiinpanot', { exact: true });
    const heading = 'Muistiinpanot infosta\n';
    await hostNotes.click();
    await hostNotes.pressSequentially(heading);
    await valueHolds(otherNotes, [heading]);

    // One writes at the end, the other at the start: the same moment, different places.
    const hostText = `Järjestäjä: seuraava tapaaminen iltapäivällä ${stamp()}.`;
    const otherText = `Osallistuja: kiitos hyvästä infosta ${stamp()}.\n`;
    await hostNotes.focus();
    await hostPage.keyboard.press('Control+End');
    await otherNotes.focus();
    await other.keyboard.press('Control+Home');
    await Promise.all([
      hostNotes.pressSequentially(hostText, { delay: 15 }),
      otherNotes.pressSequentially(otherText, { delay: 15 }),
    ]);
    const all = [heading, hostText, otherText];
    await valueHolds(hostNotes, all);
    await valueHolds(otherNotes, all);
    assert.equal(await hostNotes.inputValue(), await otherNotes.inputValue(), 'one document in both browsers');
    assert.equal(await hostNotes.inputValue(), `${otherText}${heading}${hostText}`);

    // Escape leaves the editor for the panel's heading (no keyboard trap).
    await other.keyboard.press('Escape');
    await expectFocus(other, [panel(other, 'notes').getByRole('heading', { level: 2 })], 'Escape in the notes');
  });

  it('board: the host sets a prompt and dots; cards and dot votes, over the limit refused; the host reveals the ranking', async () => {
    const [hostPage, other, guest] = [side.host.page, side.participant.page, side.guest.page];
    const title = `Ideoita kotoutumiseen ${stamp()}`;
    const prompt = 'Mikä auttaisi uutta asukasta?';
    const board = panel(hostPage, 'board');
    await board.getByRole('button', { name: 'Uusi ideataulu' }).click();
    await board.getByLabel('Taulun otsikko').fill(title);
    await board.getByLabel('Kysymykset (sarakkeet)').fill(prompt);
    await board.getByLabel('Ääniä osallistujaa kohden').fill('2');
    assert.equal(await board.getByLabel('Piilota äänet, kunnes ne paljastetaan').isChecked(), true);
    await board.getByRole('button', { name: 'Luo taulu' }).click();

    const boardOf = (p) => panel(p, 'board').getByRole('article', { name: title });
    const cards = {
      participant: 'Kielikahvila kirjastossa',
      guest: 'Kummiperhe ensimmäiseksi vuodeksi',
      host: 'Työpaikkavierailut',
    };
    for (const [who, text] of Object.entries(cards)) {
      const p = side[who].page;
      const own = boardOf(p);
      await own.getByLabel(`Uusi idea kysymykseen: ${prompt}`).fill(text);
      await own.getByRole('button', { name: 'Lisää idea' }).click();
      await cardOf(own, text).waitFor();
    }
    for (const p of [hostPage, other, guest]) {
      for (const text of Object.values(cards)) await cardOf(boardOf(p), text).waitFor();
    }

    // Two dots: both on one card is allowed; a third is refused (every "+" is disabled) until one is taken back.
    const mine = boardOf(other);
    await mine.getByText('Ääniä jäljellä: 2').waitFor();
    await mine.getByText('Äänet näkyvät, kun järjestäjä paljastaa ne.').waitFor();
    const up = (text) => mine.getByRole('button', { name: `Lisää ääni: ${text}` });
    await up(cards.participant).click();
    await mine.getByText('Ääniä jäljellä: 1').waitFor();
    await up(cards.participant).click();
    await mine.getByText('Ääniä jäljellä: 0').waitFor();
    await cardOf(mine, cards.participant).getByText('sinulta 2').waitFor();
    for (const text of Object.values(cards)) assert.equal(await up(text).isDisabled(), true, `no third dot on ${text}`);
    await mine.getByRole('button', { name: `Ota ääni pois: ${cards.participant}` }).click();
    await mine.getByText('Ääniä jäljellä: 1').waitFor();
    await up(cards.guest).click();
    await mine.getByText('Ääniä jäljellä: 0').waitFor();
    // Hidden until revealed: no counts on the cards.
    assert.equal(await mine.getByTestId('card-votes').count(), 0, 'votes hidden before the reveal');

    const theirs = boardOf(guest);
    await theirs.getByRole('button', { name: `Lisää ääni: ${cards.guest}` }).click();
    await theirs.getByText('Ääniä jäljellä: 1').waitFor();

    await screenshots(hostPage, 'board', 'live-room-board-host');
    await screenshots(other, 'board', 'live-room-board-participant');
    await assertRoomAccessible(hostPage, 'the board open');

    await boardOf(hostPage).getByRole('button', { name: 'Paljasta äänet' }).click();
    // Ranked by dots: the guest's card has two (one from each), the participant's one.
    const ranking = [`1. ${cards.guest} (2 ääntä)`, `2. ${cards.participant} (1 ääni)`];
    for (const p of [hostPage, other]) {
      const results = boardOf(p).getByRole('region', { name: 'Tulokset' });
      await results.waitFor();
      await listStarts(results, ranking);
    }
  });

  it('breakout: the host places people by hand, starts for a minute and ends it; everyone is back in the main room', async () => {
    const [hostPage, other, guest] = [side.host.page, side.participant.page, side.guest.page];
    const groups = panel(hostPage, 'breakouts');
    const plan = groups.getByTestId('breakouts-prepare');
    await plan.getByLabel('Käsin').check();
    await plan.getByLabel('Ryhmien määrä').fill('2');
    await plan.getByLabel('Kesto minuutteina').fill('1');
    await plan.getByLabel(names.participant, { exact: true }).selectOption({ label: 'Ryhmä 1' });
    await plan.getByLabel(names.guest, { exact: true }).selectOption({ label: 'Ryhmä 2' });
    await plan.getByRole('button', { name: 'Valmistele' }).click();
    await groups.getByRole('heading', { name: 'Ryhmät valmiina' }).waitFor();
    await groups.getByRole('button', { name: 'Aloita (1 minuutti)' }).click();
    await groups.getByRole('heading', { name: 'Ryhmät käynnissä' }).waitFor();

    const groupName = {};
    for (const [who, p] of [
      ['participant', other],
      ['guest', guest],
    ]) {
      const mineText = await panel(p, 'breakouts')
        .getByText(/^Olet ryhmässä /)
        .textContent();
      groupName[who] = mineText.replace('Olet ryhmässä ', '').trim();
      await panel(p, 'breakouts')
        .getByText(/^Aikaa jäljellä [01]:\d\d$/)
        .waitFor();
    }
    assert.notEqual(groupName.participant, groupName.guest, 'two groups, one each');
    // The notes and the chat follow the group: a group's message stays in the group.
    await panel(other, 'notes').getByText(`Ryhmän ${groupName.participant} muistiinpanot`).waitFor();
    await groups.getByText(`${groupName.participant}: 1 henkilö`).waitFor();
    const groupTexts = { participant: `Ryhmämme ehdottaa kerhoa ${stamp()}`, guest: `Meillä on kysymys ${stamp()}` };
    for (const [who, p] of [
      ['participant', other],
      ['guest', guest],
    ]) {
      const chat = panel(p, 'chat');
      // The page says whose room it shows, above the panels that follow the group.
      await p
        .getByTestId('room-group')
        .getByRole('heading', { name: `Pienryhmä ${groupName[who]}` })
        .waitFor();
      await chat.getByRole('region', { name: 'Viestit' }).getByText('Tervetuloa kaikki').waitFor({ state: 'detached' });
      await chat.getByLabel('Kirjoita viesti').fill(groupTexts[who]);
      await p.keyboard.press('Enter');
      await chat.getByRole('region', { name: 'Viestit' }).getByText(groupTexts[who]).waitFor();
    }
    // By the time the guest's own message is back, the participant's (sent before it) would have come too.
    assert.equal(await panel(guest, 'chat').getByText(groupTexts.participant).count(), 0, 'not in the other group');
    assert.equal(await panel(hostPage, 'chat').getByText(groupTexts.participant).count(), 0, 'not in the main room');
    await screenshots(other, null, 'live-room-group-participant');
    await assertRoomAccessible(other, 'its breakout group shown');
    // The host visits the participant's group: its chat is on the host's page, then the main room's again.
    await groups.getByLabel('Vieraile ryhmässä').selectOption({ label: groupName.participant });
    await groups.getByTestId('breakouts-visit').click();
    await hostPage
      .getByTestId('room-group')
      .getByRole('heading', { name: `Vierailet pienryhmässä ${groupName.participant}` })
      .waitFor();
    await panel(hostPage, 'chat').getByRole('region', { name: 'Viestit' }).getByText(groupTexts.participant).waitFor();
    await hostPage.getByTestId('room-group-back').click();
    await hostPage.getByTestId('room-group').waitFor({ state: 'detached' });
    await panel(hostPage, 'chat').getByRole('region', { name: 'Viestit' }).getByText('Tervetuloa kaikki').waitFor();

    await groups.getByRole('button', { name: 'Lopeta pienryhmät' }).click();
    for (const p of [other, guest]) {
      await p.getByTestId('breakouts-announcement').getByText('Olet taas pääsalissa.').waitFor();
      await panel(p, 'breakouts')
        .getByText(/^Olet ryhmässä /)
        .waitFor({ state: 'detached' });
    }
    await panel(other, 'notes').getByTestId('notes-group').waitFor({ state: 'detached' });
    await other.getByTestId('room-group').waitFor({ state: 'detached' });
    // The main room's chat again, without the group's messages.
    const chat = panel(other, 'chat').getByRole('region', { name: 'Viestit' });
    await chat.getByText('Tervetuloa kaikki').waitFor();
    assert.equal(await chat.getByText(groupTexts.participant).count(), 0, "the group's message stays in the group");
    // Back in the main room's notes: the text typed together before is there again.
    await valueHolds(panel(other, 'notes').getByLabel('Muistiinpanot', { exact: true }), ['Muistiinpanot infosta']);
    await groups.getByRole('heading', { name: 'Valmistele pienryhmät' }).waitFor();
  });

  it("the host ends the session; the report shows the participant's and the guest's attendance", async () => {
    const [hostPage, other, guest] = [side.host.page, side.participant.page, side.guest.page];
    await hostPage.getByTestId('room-end').click();
    await hostPage.getByRole('dialog').getByRole('button', { name: TEXT.end }).click();
    for (const p of [hostPage, other, guest]) await p.getByTestId('room-status').getByText(TEXT.statusEnded).waitFor();

    await hostPage.goto(`/live/${session.id}/report`);
    await hostPage.getByRole('heading', { level: 1, name: `Raportti: ${session.title.fi}` }).waitFor();
    const table = hostPage.getByRole('table');
    for (const name of Object.values(names)) {
      const row = table.getByRole('row').filter({ has: hostPage.getByRole('cell', { name: exact(name) }) });
      await row.waitFor();
      // Everyone has left by now: a leave time, not "still there".
      assert.equal(await row.getByText('Yhä paikalla').count(), 0, `${name} has left`);
    }
    await table.getByRole('row').filter({ hasText: names.guest }).getByText('vieras', { exact: true }).waitFor();
    assert.match(await hostPage.getByTestId('report-participants').textContent(), /^\s*3 \(joista 1 vieras\)\s*$/);
    // Three in the main room, one in each breakout group.
    assert.equal((await hostPage.getByTestId('report-chat').textContent()).trim(), '5');
  });
});
