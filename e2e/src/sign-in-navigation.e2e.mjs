// Each demo role signs in and sees the navigation its role allows, and nothing more.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { DEMO, launchBrowser, login, mainNav, NAV, newPage } from './support/platform.mjs';

const MEMBERS = ['decision', 'employer', 'onboarding', 'guidance', 'mentor', 'mentee', 'participant'];

async function visibleLinks(page) {
  const nav = mainNav(page);
  await nav.getByRole('link', { name: NAV.home }).waitFor();
  const has = async (name) => (await nav.getByRole('link', { name }).count()) > 0;
  return {
    home: await has(NAV.home),
    profile: await has(NAV.profile),
    people: await has(NAV.people),
    invitations: await has(NAV.invitations),
    organisations: await has(NAV.organisations),
    auditLog: await has(NAV.auditLog),
    mailLog: await has(NAV.mailLog),
  };
}

describe('signing in shows the navigation of the role', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('an admin sees people, invitations, organisations, the audit log and the mail log', async () => {
    const { context, page } = await newPage(browser);
    await login(page, DEMO.admin);
    assert.deepEqual(await visibleLinks(page), {
      home: true,
      profile: true,
      people: true,
      invitations: true,
      organisations: true,
      auditLog: true,
      mailLog: true,
    });
    await context.close();
  });

  it('a coordinator sees people and invitations but not the audit log', async () => {
    const { context, page } = await newPage(browser);
    await login(page, DEMO.coordinator);
    const links = await visibleLinks(page);
    assert.equal(links.people, true);
    assert.equal(links.invitations, true);
    assert.equal(links.auditLog, false);
    assert.equal(links.mailLog, false);
    assert.equal(links.organisations, false);
    await context.close();
  });

  for (const who of MEMBERS) {
    it(`${who} (a member or mentor) sees their own pages but no administration`, async () => {
      const { context, page } = await newPage(browser);
      await login(page, DEMO[who]);
      assert.deepEqual(await visibleLinks(page), {
        home: true,
        profile: true,
        people: false,
        invitations: false,
        organisations: false,
        auditLog: false,
        mailLog: false,
      });
      await context.close();
    });
  }
});
