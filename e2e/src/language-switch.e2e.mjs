// Switching Finnish → English changes the UI and <html lang> at once, without a reload, and is saved on the user — a
// person of the spec's own, so no demo account is left in English.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { createPerson } from './support/people.mjs';
import { launchBrowser, login, mainNav, newPage, switchLanguage } from './support/platform.mjs';

describe('language switch', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('changes the texts and <html lang> without a reload and keeps English after signing in again', async () => {
    const person = await createPerson({ name: 'Kaisa Kielenvaihtaja', municipality: 'Keuruu' });
    const first = await newPage(browser);
    const page = first.page;
    await login(page, person.email);
    const nav = mainNav(page);
    await nav.getByRole('link', { name: 'Etusivu', exact: true }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'fi');

    // A marker on window survives only if the page is not reloaded.
    await page.evaluate(() => {
      window.__kpNoReload = true;
    });
    await switchLanguage(page, 'en');
    await nav.getByRole('link', { name: 'Home', exact: true }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await nav.getByRole('link', { name: 'Etusivu', exact: true }).count(), 0);
    assert.equal(await page.evaluate(() => window.__kpNoReload), true);
    await first.context.close();

    // A new browser context has no local storage: English must come from the saved user.
    const second = await newPage(browser);
    await login(second.page, person.email);
    await mainNav(second.page).getByRole('link', { name: 'Home', exact: true }).waitFor();
    assert.equal(await second.page.locator('html').getAttribute('lang'), 'en');
    await second.context.close();
  });
});
