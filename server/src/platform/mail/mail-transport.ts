import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';

import { APP_CONFIG, type AppConfig } from '../../config/config';

export interface OutgoingMail {
  /** The outbox message this mail delivers. */
  outboxId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/** How many unsent mails the `log` transport keeps in memory. */
const KEPT_UNSENT = 100;

/** SMTP when `SMTP_URL` is set; otherwise mail is only recorded (transport `log`) for admins to read. */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private transporter: Transporter | null = null;
  private readonly kept: OutgoingMail[] = [];

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get kind(): 'smtp' | 'log' {
    return this.config.smtpUrl ? 'smtp' : 'log';
  }

  /**
   * The last mails the `log` transport did not send, as they would have gone out, in this process only: the
   * mail log keeps one-time links redacted, so a test (or a debugger) reads a usable link here or nowhere.
   */
  unsent(): readonly OutgoingMail[] {
    return this.kept;
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (!this.config.smtpUrl) {
      this.kept.push(mail);
      if (this.kept.length > KEPT_UNSENT) this.kept.shift();
      return;
    }
    this.transporter ??= createTransport(this.config.smtpUrl, { from: this.config.mailFrom });
    await this.transporter.sendMail({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: mail.headers,
      from: this.config.mailFrom,
    });
  }

  onApplicationShutdown(): void {
    this.transporter?.close();
  }
}
