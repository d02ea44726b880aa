// axe-core finds no serious or critical WCAG 2.1 AA violation on the training pages (catalog, lesson, quiz with its
// validation-error and result states, certificate verification, report), in Finnish and English, at 1280 and 320 px.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { createPerson } from './support/people.mjs';
import { DEMO, launchBrowser, login, newPage, seriousViolations, switchLanguage } from './support/platform.mjs';
import { apiAs, completeThroughApi, seedCourse } from './support/training.mjs';

const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 320, height: 800 };
const LOCALES = ['fi', 'en'];

/** Checks the page as it stands at a desktop width and at 320 px, and gives the page back at desktop width. */
async function assertAccessible(page, what) {
  for (const size of [WIDE, NARROW]) {
    await page.setViewportSize(size);
    assert.deepEqual(await seriousViolations(page), [], `${what} at ${size.width} px`);
  }
  await page.setViewportSize(WIDE);
}

/** Sets the UI language through the top bar's menu (saved on a signed-in user) and waits for <html lang>. */
async function useLanguage(page, locale) {
  if ((await page.locator('html').getAttribute('lang')) === locale) return;
  await switchLanguage(page, locale);
  await page.waitForFunction((l) => document.documentElement.lang === l, locale);
}

/** A published course seeded by the demo coordinator. */
async function seedPublishedCourse(name) {
  const coordinator = await apiAs(DEMO.coordinator);
  try {
    return await seedCourse(coordinator, { title: `${name} ${Date.now().toString(36)}`, maxAttempts: null });
  } finally {
    await coordinator.dispose();
  }
}

/** A course completed by a new learner of Äänekoski, so the report and the verification page have something to show. */
async function seedCompletedCourse() {
  const completed = await seedPublishedCourse('Raportti');
  const learner = await createPerson({ name: 'Olli Oppija' });
  const api = await apiAs(learner.email);
  try {
    return { completed, code: await completeThroughApi(api, completed) };
  } finally {
    await api.dispose();
  }
}

describe('accessibility of the training pages', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('the catalog, a lesson and a quiz (unanswered, with its error and with a result) have no serious or critical violation', async () => {
    const learning = await seedPublishedCourse('Saavutettavuus');
    const learner = await createPerson({ name: 'Oksana Osallistuja', audience: 'immigrant_participant' });
    const api = await apiAs(learner.email);
    await api.post(`/api/courses/${learning.id}/enroll`);
    await api.dispose();
    const { context, page } = await newPage(browser);
    await login(page, learner.email);
    try {
      for (const locale of LOCALES) {
        // The language is switched before the page opens: the catalog's texts come in the language saved on the user.
        await useLanguage(page, locale);
        await page.goto('/learning/catalog');
        await page.getByRole('link', { name: learning.title[locale], exact: true }).waitFor();
        await assertAccessible(page, `catalog (${locale})`);

        await page.goto(`/learning/courses/${learning.id}/lessons/${learning.readingId}`);
        await page.getByRole('heading', { level: 1, name: locale === 'fi' ? 'Lukutehtävä' : 'Reading' }).waitFor();
        await page.getByRole('heading', { level: 2, name: locale === 'fi' ? 'Tervetuloa' : 'Welcome' }).waitFor();
        await assertAccessible(page, `lesson (${locale})`);

        await page.goto(`/learning/courses/${learning.id}/lessons/${learning.quizLessonId}`);
        const quiz = page.locator('kp-quiz-panel');
        const submit = quiz.getByRole('button', { name: /^(Lähetä vastaukset|Submit answers)$/ });
        await submit.waitFor();
        await assertAccessible(page, `quiz (${locale})`);

        await submit.click();
        await quiz.getByRole('alert').waitFor();
        await assertAccessible(page, `quiz with unanswered questions (${locale})`);

        for (const group of await quiz.getByRole('radiogroup').all()) await group.getByRole('radio').last().check();
        await submit.click();
        await quiz.getByText(/^(Pisteet|Score) 0\s?%\.$/).waitFor();
        await assertAccessible(page, `quiz result (${locale})`);
      }
    } finally {
      await useLanguage(page, 'fi');
      await context.close();
    }
  });

  it('the public certificate verification page has no serious or critical violation', async () => {
    const { completed, code } = await seedCompletedCourse();
    const { context, page } = await newPage(browser);
    await page.goto(`/verify/${code}`);
    for (const locale of LOCALES) {
      await useLanguage(page, locale);
      await page.getByTestId('verify-valid').getByText(completed.title[locale]).waitFor();
      await assertAccessible(page, `verification (${locale})`);
    }
    await context.close();
  });

  it('the course report of a decision-maker has no serious or critical violation', async () => {
    const { completed } = await seedCompletedCourse();
    const decisionMaker = await createPerson({
      name: 'Paula Päättäjä',
      audience: 'decision_maker',
      prefix: 'decision',
    });
    const { context, page } = await newPage(browser);
    await login(page, decisionMaker.email);
    try {
      for (const locale of LOCALES) {
        await useLanguage(page, locale);
        await page.goto('/reports');
        await page.getByRole('button', { name: completed.title[locale], exact: true }).click();
        // The course's breakdown, captioned with its name, beside the list of courses.
        await page.getByRole('table', { name: completed.title[locale] }).waitFor();
        await assertAccessible(page, `report (${locale})`);
      }
    } finally {
      await useLanguage(page, 'fi');
      await context.close();
    }
  });
});
