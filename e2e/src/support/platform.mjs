// What every e2e spec needs: the running platform's address, a real Chromium, the demo accounts and a login helper.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://localhost:3000';
export const DEMO_PASSWORD = 'Kotopaikka-demo-2026';

export const DEMO = {
  admin: 'admin@demo.kotopaikka.fi',
  coordinator: 'coordinator@demo.kotopaikka.fi',
  decision: 'decision@demo.kotopaikka.fi',
  employer: 'employer@demo.kotopaikka.fi',
  onboarding: 'onboarding@demo.kotopaikka.fi',
  guidance: 'guidance@demo.kotopaikka.fi',
  mentor: 'mentor@demo.kotopaikka.fi',
  mentee: 'mentee@demo.kotopaikka.fi',
  participant: 'participant@demo.kotopaikka.fi',
};

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROME_BIN || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** A fresh browser context (own cookies and storage) and page, with a default timeout generous enough for 2 shared cores. */
export async function newPage(browser) {
  const context = await browser.newContext({ baseURL: BASE_URL, locale: 'fi-FI', timezoneId: 'Europe/Helsinki' });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  return { context, page };
}

// Labels and names in either UI language, so a spec does not depend on which language is showing.
export const LABEL = {
  email: /sähköposti|e-?mail/i,
  password: /^\s*(salasana|password)/i,
  login: /^(kirjaudu( sisään)?|log ?in|sign in)$/i,
  logout: /^(kirjaudu ulos|log ?out|sign out)$/i,
};

export async function gotoLogin(page) {
  await page.goto('/login');
  await page.getByLabel(LABEL.email).waitFor();
}

export async function login(page, email, password = DEMO_PASSWORD) {
  await gotoLogin(page);
  await page.getByLabel(LABEL.email).fill(email);
  await page.getByLabel(LABEL.password).fill(password);
  await page.getByRole('button', { name: LABEL.login }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

// Navigation entries of the shell (client/src/app/shell/shell.i18n.ts), Finnish or English.
export const NAV = {
  home: /^(Etusivu|Home)$/,
  learning: /^(Oma oppiminen|My learning)$/,
  profile: /^(Profiili|Profile)$/,
  people: /^(Henkilöt|People)$/,
  invitations: /^(Kutsut|Invitations)$/,
  organisations: /^(Organisaatiot|Organisations)$/,
  auditLog: /^(Tapahtumaloki|Audit log)$/,
  mailLog: /^(Sähköpostiloki|Mail log)$/,
};

/** The main navigation landmark of the signed-in shell. */
export function mainNav(page) {
  return page.getByRole('navigation', { name: /^(Päävalikko|Main navigation)$/ });
}

/** Opens the language menu in the top bar and picks a language by its own name. */
export async function switchLanguage(page, locale) {
  // By its test id: a course titled "Language-aware guidance …" is a button whose name starts the same way.
  await page.getByTestId('language-switcher').click();
  await page.getByRole('menuitemradio', { name: locale === 'en' ? 'English' : 'Suomi' }).click();
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core's serious and critical WCAG 2.1 AA violations on the page as it stands, one line per element. */
export async function seriousViolations(page) {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    WCAG_21_AA,
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${[...n.any, ...n.all].map((c) => c.message).join('; ')}`,
      ),
    );
}

/**
 * Polls `check` until it answers something truthy and answers that; fails with `what` after `timeoutMs`. For states a
 * locator cannot wait for (a queued job's result through the API); the pause between checks grows from 100 ms to 1 s.
 */
export async function eventually(check, what, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (let pause = 100; ; pause = Math.min(pause * 2, 1000)) {
    const value = await check();
    if (value) return value;
    if (Date.now() + pause > deadline) assert.fail(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

/** The focused element as a person would hear it: tag, role, accessible name (roughly) and text, for failure messages. */
export function describeFocus(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body (focus was lost)';
    const labelled = el.getAttribute('aria-labelledby');
    const name =
      el.getAttribute('aria-label') ??
      (labelled
        ? labelled
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' ')
        : null) ??
      (el.labels?.length ? Array.from(el.labels, (l) => l.textContent).join(' ') : null) ??
      el.textContent ??
      '';
    return `<${el.tagName.toLowerCase()}${el.getAttribute('role') ? ` role="${el.getAttribute('role')}"` : ''}> "${name.replace(/\s+/g, ' ').trim().slice(0, 120)}"`;
  });
}

/**
 * Waits until keyboard focus is on one of `targets` (locators; `{ within: locator }` also accepts focus inside it) and
 * fails naming where focus is instead. Focus moves after a render, so it is polled, not read once.
 */
export async function expectFocus(page, targets, what, timeoutMs = 5_000) {
  const isFocused = async (target) => {
    // A plain `{ within }` object, not a Locator (which has a `within` method of its own).
    const within = typeof target.evaluateAll !== 'function';
    const locator = within ? target.within : target;
    return locator.evaluateAll(
      (els, inside) =>
        els.some((el) => el === document.activeElement || (inside && el.contains(document.activeElement))),
      within,
    );
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const target of targets) if (await isFocused(target)) return;
    if (Date.now() > deadline) assert.fail(`${what}: focus is on ${await describeFocus(page)}`);
    // One animation frame: the next render has had its chance to move focus.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
  }
}
