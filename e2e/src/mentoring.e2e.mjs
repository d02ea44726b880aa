// Peer mentoring on the demo data, in three browsers: the regional program's coordinator runs matching on the seeded
// mentors and mentees, reads why Kari Lehtonen (mentor@) suits Tiina Järvinen (mentee@), pins one pair, runs again
// and publishes; Kari and Tiina accept; they write and both confirm the agreement, Kari schedules a meeting and both
// meet in its room; Tiina logs a goal's progress; Kari completes the pairing and both give feedback; the program
// report counts the completed pairing. Sorting the review, accepting a proposal and giving feedback work from the
// keyboard alone. axe-core finds no serious or critical WCAG 2.1 AA violation on these pages,
// in Finnish and English, at 1280 and 360 px.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import {
  assertAccessible,
  helsinkiLocal,
  LOCALES,
  minutesFromNow,
  NARROW,
  seeInRoom,
  tabTo,
  useLanguage,
  WIDE,
} from './support/live.mjs';
import { DEMO, launchBrowser, login, newPage } from './support/platform.mjs';

// server/src/mentoring/seed/demo-mentoring.ts
const PROGRAM = 'Keski-Suomen työnantajien vertaismentorointi 2027';
const RUNNING_PROGRAM = 'Äänekosken seudun vertaismentorointi 2026';
const COORDINATOR = 'mentoring.coordinator@demo.kotopaikka.fi';
const MENTOR = 'Kari Lehtonen';
const MENTEE = 'Tiina Järvinen';

// Texts of client/src/app/mentoring/**/*.i18n.ts and ui/dialog, in either language.
const TEXT = {
  matching: /^(Parien muodostus|Matching)/,
  publishConfirm: /^(Lähetä|Send) \d+/,
  published: /^(Julkaistu|Published)$/,
  active: /^(Käynnissä|Active)$/,
  completed: /^(Päättynyt|Completed)$/,
  complete: /^(Merkitse päättyneeksi|Mark as completed)$/,
};

/** YYYY-MM-DD in Helsinki, `days` from today. */
function helsinkiDate(days) {
  return helsinkiLocal(new Date(Date.now() + days * 24 * 3600_000)).slice(0, 10);
}

const ARTIFACTS = process.env.E2E_ARTIFACTS ?? 'e2e/artifacts';

/** Whole-page screenshots at desktop width and at 360 px into e2e/artifacts, to look at (not compared). */
async function screenshots(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  // The language menu of the last switch has closed.
  await page.locator('.mat-mdc-menu-panel').waitFor({ state: 'detached' });
  for (const size of [WIDE, NARROW]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(ARTIFACTS, `mentoring-${name}-${size.width}.png`), fullPage: true });
  }
  await page.setViewportSize(WIDE);
}

/** Checks the page in both languages at both widths, and leaves it in Finnish. */
async function accessibleInBoth(page, what) {
  for (const locale of LOCALES) {
    await useLanguage(page, locale);
    await assertAccessible(page, `${what} (${locale})`);
  }
  await useLanguage(page, 'fi');
}

/** From My mentoring, the page of the pairing with `other`. */
async function openPairingWith(page, other) {
  await page.goto('/mentoring/pairings');
  await page
    .getByRole('link', { name: new RegExp(other) })
    .first()
    .click();
  await page.waitForURL(/\/mentoring\/pairings\/[0-9a-f-]{36}$/);
  await page.getByTestId('pairing-status').waitFor();
}

describe('peer mentoring', () => {
  let browser;
  let coordinator;
  let mentor;
  let mentee;
  let programId;

  before(async () => {
    browser = await launchBrowser();
    coordinator = await newPage(browser);
    mentor = await newPage(browser);
    mentee = await newPage(browser);
    await login(coordinator.page, COORDINATOR);
    await login(mentor.page, DEMO.mentor);
    await login(mentee.page, DEMO.mentee);
  });
  after(async () => {
    await browser?.close();
  });

  it('a coordinator runs matching on the seeded people, reads an explanation, pins a pair, runs again and publishes', async () => {
    const { page } = coordinator;
    await page.goto('/mentoring');
    await accessibleInBoth(page, 'the program list');
    await page.getByRole('link', { name: PROGRAM }).click();
    await page.waitForURL(/\/mentoring\/programs\/[0-9a-f-]{36}$/);
    programId = new URL(page.url()).pathname.split('/').pop();
    await accessibleInBoth(page, 'the program page');

    await page.getByTestId('link-matching').click();
    await page.waitForURL(`**/mentoring/programs/${programId}/matching`);
    await page.getByTestId('run-first').click();
    const table = page.getByTestId('suggestions');
    await table.waitFor();

    // The demo mentor and mentee are proposed to each other, with the reasons in words.
    // Sorting works from the keyboard: by score, best first.
    await tabTo(page, page.getByTestId('sort-score'), 'sorting by score');
    await page.keyboard.press('Enter');
    // The header says how the column is sorted once the page has re-rendered.
    const scoreHeader = page.locator('th[aria-sort]').filter({ hasText: /Pisteet|Score/ });
    await scoreHeader.waitFor();
    assert.match((await scoreHeader.getAttribute('aria-sort')) ?? '', /^(ascending|descending)$/);

    const ours = table.locator('tbody tr').filter({ hasText: MENTOR }).filter({ hasText: MENTEE });
    await ours.waitFor();
    const explanation = (await ours.locator('td.kp-explanation').innerText()).trim();
    assert.ok(explanation.length > 10, `an explanation in words: "${explanation}"`);
    assert.match(explanation, /suome|Finnish|hoiva|health|tiistai|Tuesday/i);

    // Pin another pair, then run again: it stays in the result, pinned.
    const other = table.locator('tbody tr').filter({ hasNotText: MENTEE }).first();
    const pair = await other.getAttribute('data-pair');
    await other.getByRole('button', { name: /^(Lukitse|Pin)\b/ }).click();
    await page.getByTestId('rules').getByRole('listitem').first().waitFor();
    await page.getByTestId('run-again').click();
    await table.locator(`tr[data-pair="${pair}"]`).getByTestId('pinned-badge').waitFor();
    await accessibleInBoth(page, 'the matching review');
    await screenshots(page, 'review');

    await page.getByTestId('publish').click();
    await page.getByRole('dialog').getByRole('button', { name: TEXT.publishConfirm }).click();
    await page.getByTestId('run-status').getByText(TEXT.published).waitFor();
  });

  it('the demo mentor and mentee each accept the proposal, and the pairing is active', async () => {
    for (const [side, other] of [
      [mentor.page, MENTEE],
      [mentee.page, MENTOR],
    ]) {
      await side.goto('/mentoring/pairings');
      await side.getByTestId('pairings-waiting').getByText(other).first().waitFor();
      await accessibleInBoth(side, 'my mentoring');
      await openPairingWith(side, other);
      await side.getByTestId('pairing-explanation').waitFor();
      // From the keyboard alone.
      await tabTo(side, side.getByTestId('answer-accept'), 'the accept button');
      await side.keyboard.press('Enter');
      // The first to accept sees their answer beside the other's; the second sees the pairing start.
      await side.getByTestId('my-answer').or(side.getByTestId('agreement-form')).first().waitFor();
    }
    await mentee.page.getByTestId('pairing-status').getByText(TEXT.active).waitFor();
  });

  it('they write the agreement and both confirm it; the mentor schedules a meeting and both meet in its room', async () => {
    const tiina = mentee.page;
    await tiina.reload();
    await tiina.getByTestId('agreement-goals').fill('Opin perehdyttämään uudet työntekijät selkokielellä.');
    await tiina.getByTestId('agreement-frequency').selectOption('biweekly');
    await tiina.getByTestId('agreement-day-tue').click();
    await tiina.getByTestId('agreement-mode').selectOption('either');
    await tiina.getByTestId('agreement-ends-on').fill(helsinkiDate(7 * 10));
    await tiina.getByTestId('agreement-confidentiality').fill('Keskustelumme jäävät meidän välillemme.');
    await tiina.getByTestId('agreement-save').click();
    await tiina.getByTestId('agreement-confirm').click();

    const kari = mentor.page;
    await openPairingWith(kari, MENTEE);
    await kari.getByTestId('agreement-confirm').click();
    await kari.getByTestId('agreement-confirmed').waitFor();
    await accessibleInBoth(kari, 'the pairing page');
    await screenshots(kari, 'pairing');

    const startsAt = minutesFromNow(5);
    await kari.getByTestId('schedule-starts').fill(helsinkiLocal(startsAt));
    await kari.getByTestId('schedule-ends').fill(helsinkiLocal(new Date(startsAt.getTime() + 3600_000)));
    await kari.getByTestId('schedule-submit').click();
    await kari.getByTestId('scheduled-room').first().click();
    await kari.waitForURL(/\/live\/[0-9a-f-]{36}\/room$/);
    const room = kari.url();

    await tiina.goto(new URL(room).pathname);
    await seeInRoom(tiina, [MENTOR, MENTEE]);
    await seeInRoom(kari, [MENTOR, MENTEE]);
  });

  it('the mentee logs a goal and its progress; the mentor completes the pairing and both give feedback', async () => {
    const tiina = mentee.page;
    await openPairingWith(tiina, MENTOR);
    await tiina.getByTestId('goal-new').fill('Perehdytyskansio selkokielellä');
    await tiina.getByTestId('goal-add').click();
    const goal = tiina.getByTestId('goals').locator('li').filter({ hasText: 'Perehdytyskansio' });
    await goal.getByTestId('goal-progress-input').fill('60');
    await goal.getByTestId('goal-save').click();
    await goal.getByTestId('goal-saved').waitFor();

    const kari = mentor.page;
    await openPairingWith(kari, MENTEE);
    await kari.getByTestId('finish-complete').click();
    await kari.getByRole('dialog').getByRole('button', { name: TEXT.complete }).click();
    await kari.getByTestId('pairing-status').getByText(TEXT.completed).waitFor();

    await kari.getByTestId('feedback-form').waitFor();
    await kari.getByTestId('feedback-usefulness-5').click();
    await kari.getByTestId('feedback-match-4').click();
    await kari.getByTestId('feedback-comment').fill('Hyviä vinkkejä arkeen.');
    await kari.getByTestId('feedback-send').click();
    await kari.getByTestId('feedback-thanks').waitFor();

    // Tiina gives hers from the keyboard alone: arrows choose within a radio group.
    await tiina.reload();
    await tiina.getByTestId('feedback-form').waitFor();
    await tabTo(tiina, tiina.getByTestId('feedback-usefulness'), 'the usefulness rating');
    for (let i = 0; i < 4; i++) await tiina.keyboard.press('ArrowRight');
    await tabTo(tiina, tiina.getByTestId('feedback-match'), 'the match rating');
    for (let i = 0; i < 4; i++) await tiina.keyboard.press('ArrowRight');
    await tabTo(tiina, tiina.getByTestId('feedback-comment'), 'the comment');
    await tiina.keyboard.type('Sain rohkeutta rekrytointiin.');
    await tabTo(tiina, tiina.getByTestId('feedback-send'), 'the send button');
    await tiina.keyboard.press('Enter');
    await tiina.getByTestId('feedback-thanks').waitFor();
  });

  it('the program report counts the completed pairing and its ratings', async () => {
    const { page } = coordinator;
    await page.goto(`/mentoring/programs/${programId}/report`);
    const status = page.getByTestId('report-status-table');
    await status.waitFor();
    await status.getByRole('row', { name: /^(Päättynyt|Completed) 1$/ }).waitFor();
    // Kari's 5 and 4, Tiina's 5 and 5.
    assert.match(await page.getByTestId('figure-usefulness').innerText(), /5/);
    assert.match(await page.getByTestId('figure-match').innerText(), /4[,.]5/);
    await accessibleInBoth(page, 'the program report');
    await screenshots(page, 'report');

    await page.goto(`/mentoring/programs/${programId}/health`);
    await page.getByTestId('health-counts').waitFor();
    await accessibleInBoth(page, 'the program health');
    await screenshots(page, 'health');
  });

  it("the running demo program's health names what needs doing, each item with its action, for its coordinator", async () => {
    const { page } = await newPage(browser);
    await login(page, DEMO.coordinator);
    await page.goto('/mentoring');
    await page.getByRole('link', { name: RUNNING_PROGRAM }).click();
    await page.getByTestId('link-health').click();
    const items = page.getByTestId('health-item');
    await items.first().waitFor();
    // server/src/mentoring/seed: one of each kind (no recent meeting, unanswered, not a fit, ended early).
    assert.equal(await items.count(), 4);
    for (const action of await page.getByTestId('health-action').allInnerTexts()) assert.ok(action.trim().length > 10);
    await accessibleInBoth(page, 'the health of a running program');
    await screenshots(page, 'health-running');
    await page.context().close();
  });
});
