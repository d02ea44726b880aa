// Signing in with the keyboard alone: Tab to each field, type, Enter.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { DEMO, DEMO_PASSWORD, gotoLogin, LABEL, launchBrowser, mainNav, NAV, newPage } from './support/platform.mjs';

/** Presses Tab until the focused element is the field with this accessible label (at most 30 presses). */
async function tabTo(page, locator) {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await locator.evaluate((el) => el === document.activeElement)) return;
  }
  assert.fail('the field cannot be reached with Tab');
}

describe('keyboard-only sign-in', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('reaches the fields with Tab and signs in with Enter', async () => {
    const { context, page } = await newPage(browser);
    await gotoLogin(page);
    await tabTo(page, page.getByLabel(LABEL.email));
    await page.keyboard.type(DEMO.employer);
    await tabTo(page, page.getByLabel(LABEL.password));
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await mainNav(page).getByRole('link', { name: NAV.home }).waitFor();
    await context.close();
  });
});
