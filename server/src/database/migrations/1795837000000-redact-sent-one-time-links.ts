import type { MigrationInterface, QueryRunner } from 'typeorm';

// Why: mail sent before this release kept usable invitation and password-reset tokens in the mail log and the outbox; the mail job now stores them redacted, and this redacts what is already there.
export class RedactSentOneTimeLinks1795837000000 implements MigrationInterface {
  name = 'RedactSentOneTimeLinks1795837000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE mail_message
         SET text_body = regexp_replace(text_body, '(/(invitation|reset-password)/)[A-Za-z0-9_-]{20,}', '\\1…', 'g'),
             html_body = regexp_replace(html_body, '(/(invitation|reset-password)/)[A-Za-z0-9_-]{20,}', '\\1…', 'g')
       WHERE text_body ~ '/(invitation|reset-password)/[A-Za-z0-9_-]{20,}' OR html_body ~ '/(invitation|reset-password)/[A-Za-z0-9_-]{20,}'`);
    // Delivered, or older than the longest-lived token (7 days): the link has done its work either way.
    await q.query(`
      UPDATE outbox_message o
         SET payload = jsonb_set(o.payload, '{params,link}', to_jsonb(regexp_replace(o.payload #>> '{params,link}', '/[^/]*$', '/…')))
       WHERE o.queue = 'mail' AND o.job_name IN ('invitation', 'password_reset') AND o.payload #>> '{params,link}' NOT LIKE '%…'
         AND (EXISTS (SELECT 1 FROM mail_message m WHERE m.outbox_id = o.id) OR o.created_at < now() - interval '7 days')`);
  }

  async down(): Promise<void> {
    // A redacted token cannot be restored; nothing to undo.
  }
}
