// What someone evaluating the product sees on a fresh start: the demo data has learning under way
// (server/src/training/seed/demo-activity.ts), so the report has figures, a demo account has a certificate to download
// and verify, and another continues a course where he left off.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';

import { DEMO, eventually, launchBrowser, login, newPage } from './support/platform.mjs';
import { apiAs, pdfText } from './support/training.mjs';

// server/src/training/seed/employers.course.ts; Juha Mäkinen has done its first three lessons.
const EMPLOYERS_COURSE = 'Maahan muuttaneen työntekijän rekrytointi ja perehdytys';
const EMPLOYER_NEXT_LESSON = 'Työturvallisuuskortti, tulityökortti ja ensiapu';

/** The figure beside a term of the report's totals. */
async function figure(page, term) {
  const text = await page
    .locator('.kp-totals div')
    .filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }) })
    .getByRole('definition')
    .innerText();
  return text.trim();
}

describe('the demo data shows the training capability at work', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it("the decision-maker of Äänekoski sees her municipality's enrolments and completions of a seeded course", async () => {
    const { context, page } = await newPage(browser);
    await login(page, DEMO.decision);
    await page.goto('/reports');
    await page.getByRole('button', { name: EMPLOYERS_COURSE, exact: true }).click();
    await page.getByRole('table', { name: EMPLOYERS_COURSE }).waitFor();
    const enrolled = Number(await figure(page, 'Ilmoittautuneet'));
    const completed = Number(await figure(page, 'Suorittaneet'));
    assert.ok(completed > 0, `completions in the report (${completed})`);
    assert.ok(
      enrolled > completed,
      `learners still under way besides the ${completed} completed (${enrolled} enrolled)`,
    );
    assert.match(await figure(page, 'Suoritusaika keskimäärin'), /^\d+(,\d)? pv$/);
    await context.close();
  });

  it('the onboarding account downloads her certificate, and the public page verifies it', async () => {
    // Rendered by the worker from the seed's outbox rows, in the first seconds after start: wait for it through the API.
    const api = await apiAs(DEMO.onboarding);
    await eventually(async () => {
      const { items } = await api.get('/api/me/courses');
      return items.find((c) => c.course.title === EMPLOYERS_COURSE)?.certificateCode;
    }, 'the certificate of the seeded completion');
    await api.dispose();
    const { context, page } = await newPage(browser);
    await login(page, DEMO.onboarding);
    await page.goto('/learning');
    await page.getByRole('heading', { name: 'Suoritetut' }).waitFor();
    const download = page.getByRole('link', {
      name: new RegExp(`^Lataa todistus \\(PDF\\)\\s*:\\s*${EMPLOYERS_COURSE}$`),
    });
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    const pdf = await readFile(await file.path());
    const code = /\/verify\/([A-Z2-7]+)$/.exec(
      await page.getByRole('link', { name: 'Todistuksen tarkistussivu' }).getAttribute('href'),
    )?.[1];
    assert.ok(code, 'a verification link');
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    assert.ok(pdfText(pdf).includes('Sanna Heikkinen'), 'her name in the PDF');

    await page.getByRole('link', { name: 'Todistuksen tarkistussivu' }).click();
    const valid = page.getByTestId('verify-valid');
    await valid.getByRole('heading', { name: 'Todistus on aito' }).waitFor();
    const shown = await valid.innerText();
    assert.ok(shown.includes('Sanna Heikkinen') && shown.includes(EMPLOYERS_COURSE) && shown.includes(code));
    await context.close();
  });

  it('the employer sees his progress in a course and continues where he left off', async () => {
    const { context, page } = await newPage(browser);
    await login(page, DEMO.employer);
    await page.goto('/learning');
    const progress = page.getByRole('progressbar', { name: `Edistyminen: ${EMPLOYERS_COURSE}` });
    const percent = Number(await progress.getAttribute('aria-valuenow'));
    assert.ok(percent > 0 && percent < 100, `part-way through (${percent} %)`);
    await page.getByRole('link', { name: `Jatka siitä, mihin jäit: ${EMPLOYER_NEXT_LESSON}`, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: EMPLOYER_NEXT_LESSON }).waitFor();
    await context.close();
  });
});
