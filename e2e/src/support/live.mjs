// Live-session specs' helpers: sessions scheduled through the API, Helsinki wall-clock times for the form, the
// personal join link of a registrant read from the harness's mailbox, and what the room and public pages need.
import assert from 'node:assert/strict';

import { createPerson, mailsTo, municipalityId } from './people.mjs';
import { DEMO, eventually, seriousViolations, switchLanguage } from './platform.mjs';
import { apiAs } from './training.mjs';

export const WIDE = { width: 1280, height: 900 };
export const NARROW = { width: 360, height: 800 };
export const LOCALES = ['fi', 'en'];

const MINUTE_MS = 60_000;

/** An instant `minutes` from now, to the minute. */
export function minutesFromNow(minutes) {
  return new Date(Math.ceil((Date.now() + minutes * MINUTE_MS) / MINUTE_MS) * MINUTE_MS);
}

/** The value a `datetime-local` field takes for an instant in Helsinki time: "2026-12-04T21:30". */
export function helsinkiLocal(at) {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Helsinki',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(at)
    .replace(' ', 'T');
}

/**
 * Schedules a session in Äänekoski through the API as `api`'s person, hosted by `hostIds`. An info session with
 * `publicRegistration` gets its public page; answers the session's detail (with `publicSlug`).
 */
export async function scheduleSession(
  api,
  { title, kind = 'training_webinar', startsInMinutes = 10, minutes = 60, hostIds, invitees = [], ...rest },
) {
  const startsAt = minutesFromNow(startsInMinutes);
  return api.post('/api/live-sessions', {
    kind,
    title,
    description: { fi: 'Tilaisuus e2e-testiä varten.', en: 'A session for an e2e test.' },
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + minutes * MINUTE_MS).toISOString(),
    municipalityId: await municipalityId(api, 'Äänekoski'),
    courseId: null,
    hostIds,
    invitees,
    capacity: null,
    videoUrl: 'https://meet.jit.si/kotopaikka-e2e',
    completionMinutes: null,
    publicRegistration: false,
    ...rest,
  });
}

/** The token of the personal join link in the registration mail to `email`. */
export function joinTokenMailedTo(email) {
  return eventually(
    async () =>
      mailsTo(email)
        .map((text) => /\/join\/([A-Za-z0-9_-]+)/.exec(text)?.[1])
        .find(Boolean),
    `the registration mail with a join link to ${email}`,
  );
}

/**
 * Presses Tab (at most `max` times) until `target` has keyboard focus; fails when it never does, so a form that
 * cannot be reached from the keyboard fails the spec.
 */
export async function tabTo(page, target, what, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${what}: not reached with ${max} presses of Tab`);
}

/** A coordinator of Äänekoski of the spec's own (invited, then given the municipality to manage by the demo admin). */
export async function createCoordinator(name) {
  const person = await createPerson({ name, role: 'coordinator', audience: 'other', prefix: 'coordinator' });
  const admin = await apiAs(DEMO.admin);
  try {
    await admin.patch(`/api/users/${person.userId}`, {
      managedMunicipalityIds: [await municipalityId(admin, 'Äänekoski')],
    });
  } finally {
    await admin.dispose();
  }
  return person;
}

/** Checks the page as it stands at a desktop width and at 360 px, and gives the page back at desktop width. */
export async function assertAccessible(page, what) {
  for (const size of [WIDE, NARROW]) {
    await page.setViewportSize(size);
    assert.deepEqual(await seriousViolations(page), [], `${what} at ${size.width} px`);
  }
  await page.setViewportSize(WIDE);
}

/** Sets the UI language through the top bar's menu and waits for <html lang>. */
export async function useLanguage(page, locale) {
  if ((await page.locator('html').getAttribute('lang')) === locale) return;
  await switchLanguage(page, locale);
  await page.waitForFunction((l) => document.documentElement.lang === l, locale);
}

/** The room's participant list once it names everyone in `names`. */
export async function seeInRoom(page, names) {
  const list = page.getByTestId('room-participants');
  for (const name of names) await list.getByText(name, { exact: true }).waitFor();
}

/** Registers on the public page with the form, as a guest: name, e-mail, consent (guest.i18n.ts, either language). */
export async function registerAsGuest(page, name, email) {
  await page.getByLabel(/^\s*(Nimi|Name)/).fill(name);
  await page.getByLabel(/^\s*(Sähköposti|E-mail)/).fill(email);
  await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: /^(Ilmoittaudu|Register)$/ }).click();
  await page.getByRole('heading', { name: /^(Ilmoittautuminen onnistui|You are registered)$/ }).waitFor();
}
