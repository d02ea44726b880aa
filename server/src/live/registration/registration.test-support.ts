import { LIVE_NAMESPACE } from '@kotopaikka/contracts';

import { io } from 'socket.io-client';
import type { DataSource } from 'typeorm';

import { MailTransport } from '../../platform/mail/mail-transport';
import { waitFor } from '../../testing/eventually';
import type { LiveTestClient } from '../../testing/live-client';
import type { TestApp } from '../../testing/test-app';
import { createLiveSession, type TestLiveSessionInput } from '../live.test-support';

/** An info session with a public registration page; returns its id and slug. */
export async function createInfoSession(
  db: DataSource,
  input: Partial<TestLiveSessionInput> & { hostIds: string[] },
): Promise<{ id: string; slug: string }> {
  const id = await createLiveSession(db, { kind: 'info_session', ...input });
  const slug = `aamupala-${id.slice(0, 8)}`;
  await db.query(`UPDATE live_session SET public_slug = $2, title = $3::jsonb WHERE id = $1`, [
    id,
    slug,
    JSON.stringify({ fi: 'Aamupala', en: 'Breakfast info' }),
  ]);
  return { id, slug };
}

export interface RegistrationMail {
  outboxId: string;
  template: string;
  text: string;
  /** What the mail log keeps. */
  loggedText: string;
  joinToken: string;
  cancelToken: string;
}

/**
 * The newest delivered registration mail to an address, as the log transport would have sent it (the database keeps
 * the links redacted), with the raw tokens of its join and cancel links.
 */
export async function registrationMail(
  t: TestApp,
  email: string,
  template = 'live_registration',
): Promise<RegistrationMail> {
  const row = await waitFor(
    async () => {
      const rows: { outbox_id: string; text_body: string }[] = await t.db.query(
        `SELECT m.outbox_id, m.text_body FROM mail_message m JOIN outbox_message o ON o.id = m.outbox_id
          WHERE m.to_address = $1 AND o.job_name = $2 ORDER BY m.created_at DESC LIMIT 1`,
        [email, template],
      );
      return rows[0];
    },
    { what: `${template} mail to ${email}` },
  );
  const sent = t.app
    .get(MailTransport)
    .unsent()
    .find((m) => m.outboxId === row.outbox_id);
  if (!sent) throw new Error(`mail ${row.outbox_id} was not sent by this app's log transport`);
  const join = /\/join\/([A-Za-z0-9_-]+)/.exec(sent.text)?.[1];
  const cancel = /\/cancel\/([A-Za-z0-9_-]+)/.exec(sent.text)?.[1];
  if (!join || !cancel) throw new Error('registration mail without its links');
  return {
    outboxId: row.outbox_id,
    template,
    text: sent.text,
    loggedText: row.text_body,
    joinToken: join,
    cancelToken: cancel,
  };
}

/** Someone filling in the registration form, at an address of their own unless given. */
export function aRegistrant(
  name: string,
  email = `${name.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@example.test`,
): { name: string; email: string; locale: 'fi' | 'en'; consent: boolean; website: string } {
  return { name, email, locale: 'fi', consent: true, website: '' };
}

/** How many rows `FROM …` (the rest of the query) finds. */
export async function countRows(db: DataSource, from: string, params: unknown[]): Promise<number> {
  const rows: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM ${from}`, params);
  return rows[0].n;
}

/** Waits until `FROM …` finds `n` rows (work done after a commit: mails sent, connections closed). */
export async function waitForRows(db: DataSource, from: string, params: unknown[], n: number): Promise<void> {
  await waitFor(async () => (await countRows(db, from, params)) === n, { what: `${from} to reach ${n} rows` });
}

/** A guest's socket: no cookie, the join link's token in the handshake. */
export function connectGuest(baseUrl: string, guestToken: string): LiveTestClient {
  return io(`${baseUrl}${LIVE_NAMESPACE}`, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth: { guestToken },
  }) as LiveTestClient;
}
