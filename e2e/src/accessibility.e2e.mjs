// axe-core finds no serious or critical WCAG 2.1 AA violation on the login, home and profile pages.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import {
  DEMO,
  gotoLogin,
  launchBrowser,
  login,
  mainNav,
  NAV,
  newPage,
  seriousViolations,
} from './support/platform.mjs';

describe('accessibility of the core pages', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('the login page has no serious or critical violation', async () => {
    const { context, page } = await newPage(browser);
    await gotoLogin(page);
    assert.deepEqual(await seriousViolations(page), []);
    await context.close();
  });

  it('the home and profile pages of a member have no serious or critical violation', async () => {
    const { context, page } = await newPage(browser);
    await login(page, DEMO.participant);
    await mainNav(page).getByRole('link', { name: NAV.home }).waitFor();
    assert.deepEqual(await seriousViolations(page), [], 'home');
    await mainNav(page).getByRole('link', { name: NAV.profile }).click();
    await page.waitForURL(/\/profile/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.deepEqual(await seriousViolations(page), [], 'profile');
    await context.close();
  });

  it('the home page of an admin, with every navigation entry, has no serious or critical violation', async () => {
    const { context, page } = await newPage(browser);
    await login(page, DEMO.admin);
    await mainNav(page).getByRole('link', { name: NAV.auditLog }).waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await context.close();
  });
});
