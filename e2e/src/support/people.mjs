// People a spec owns: invited by the demo admin through the real invitation API and activated through the link in the
// e-mail the harness's mailbox received, so no flow signs in as a demo account it changes, and each flow runs alone in any order.
import { readFileSync } from 'node:fs';

import { DEMO, DEMO_PASSWORD, eventually } from './platform.mjs';
import { apiAs } from './training.mjs';

let counter = 0;

/** A fresh e-mail address, unique across runs and specs. */
export function uniqueEmail(prefix) {
  counter += 1;
  return `${prefix}.${Date.now().toString(36)}${counter}@e2e.kotopaikka.test`;
}

/** The decoded texts of every mail the platform has sent to this address (the harness's SMTP mailbox). */
export function mailsTo(email) {
  const file = process.env.E2E_MAILBOX;
  if (!file) throw new Error('E2E_MAILBOX is not set: run specs through e2e/run.mjs');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .filter((mail) => mail.to.includes(email.toLowerCase()))
    .map((mail) => mail.text);
}

/** The id of a municipality by its name ("Äänekoski"). */
export async function municipalityId(api, name) {
  const { items } = await api.get('/api/municipalities');
  const found = items.find((m) => m.name === name);
  if (!found) throw new Error(`no municipality ${name}`);
  return found.id;
}

/**
 * Invites a person as the demo admin and accepts the invitation with the demo password, as the person would through
 * the e-mailed link. Answers `{ email, password, name, userId }`; sign in with `login(page, person.email)`.
 */
export async function createPerson({
  name,
  municipality = 'Äänekoski',
  audience = 'employer',
  role = 'member',
  prefix = 'learner',
}) {
  const admin = await apiAs(DEMO.admin);
  try {
    const email = uniqueEmail(prefix);
    const invitation = await admin.post('/api/invitations', {
      email,
      displayName: name,
      audience,
      role,
      municipalityId: await municipalityId(admin, municipality),
      locale: 'fi',
    });
    // The mail is written by a queued job from the invitation's outbox row, moments after the answer.
    const token = await eventually(
      async () =>
        mailsTo(email)
          .map((text) => /\/invitation\/([A-Za-z0-9_-]+)/.exec(text)?.[1])
          .find(Boolean),
      `the invitation mail to ${email}`,
    );
    const visitor = await apiAs(null);
    await visitor.post('/api/invitations/accept', { token, password: DEMO_PASSWORD });
    await visitor.dispose();
    return { email, password: DEMO_PASSWORD, name, userId: invitation.userId };
  } finally {
    await admin.dispose();
  }
}
