import type { ApiErrorBody, FieldProblem } from '@kotopaikka/contracts';

import type { DataSource } from 'typeorm';

import { MailTransport } from '../../platform/mail/mail-transport';
import { createUser, TEST_PASSWORD, type TestUserInput } from '../../testing/fixtures';
import type { TestAgent } from '../../testing/test-agent';
import { type TestApp, testAppOf } from '../../testing/test-app';

/** A person who is signed in through the real login route. */
export async function signedIn(
  t: TestApp,
  input: TestUserInput = {},
): Promise<{ agent: TestAgent; id: string; email: string }> {
  const user = await createUser(t.db, input);
  const agent = t.agent();
  const res = await agent.login(user.email, TEST_PASSWORD);
  if (res.status !== 200) throw new Error(`login of ${user.email} answered ${res.status}`);
  return { agent, id: user.id, email: user.email };
}

export interface QueuedMail {
  template: string;
  userId: string;
  params: Record<string, string>;
  locale?: string;
}

/**
 * The mail jobs written to the outbox for a person, oldest first. Once delivered, a row keeps its one-time link
 * as `…/…`; the usable link is then read from the mail as the log transport would have sent it.
 */
export async function mailsFor(db: DataSource, userId: string): Promise<QueuedMail[]> {
  const rows: { id: string; payload: QueuedMail }[] = await db.query(
    `SELECT id, payload FROM outbox_message WHERE queue = 'mail' AND payload->>'userId' = $1 ORDER BY created_at, id`,
    [userId],
  );
  return rows.map(({ id, payload }) => {
    const link = payload.params['link'];
    if (!link?.endsWith('…')) return payload;
    return { ...payload, params: { ...payload.params, link: deliveredLink(db, id, link.slice(0, -1)) } };
  });
}

function deliveredLink(db: DataSource, outboxId: string, prefix: string): string {
  const sent = testAppOf(db)
    ?.get(MailTransport)
    .unsent()
    .find((m) => m.outboxId === outboxId);
  const start = sent?.text.indexOf(prefix) ?? -1;
  if (!sent || start < 0)
    throw new Error(`outbox message ${outboxId} was delivered, but not by this test app's log transport`);
  return prefix + /^[A-Za-z0-9_-]*/.exec(sent.text.slice(start + prefix.length))?.[0];
}

/** The raw token at the end of the newest e-mailed link of a template (the database keeps only its hash). */
export async function tokenFromMail(db: DataSource, userId: string, template: string): Promise<string> {
  const mails = (await mailsFor(db, userId)).filter((m) => m.template === template);
  const link = mails[mails.length - 1]?.params['link'];
  if (!link) throw new Error(`no ${template} mail for ${userId}`);
  return link.slice(link.lastIndexOf('/') + 1);
}

export function fieldsOf(body: unknown): string[] {
  return ((body as ApiErrorBody).details as FieldProblem[]).map((d) => d.field).sort();
}

export async function count(db: DataSource, sql: string, params: unknown[] = []): Promise<number> {
  const rows: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM ${sql}`, params);
  return rows[0].n;
}
