import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';

import { APP_CONFIG, type AppConfig } from '../../config/config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/** SMTP when `SMTP_URL` is set; otherwise mail is only recorded (transport `log`) for admins to read. */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private transporter: Transporter | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get kind(): 'smtp' | 'log' {
    return this.config.smtpUrl ? 'smtp' : 'log';
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (!this.config.smtpUrl) return;
    this.transporter ??= createTransport(this.config.smtpUrl, { from: this.config.mailFrom });
    await this.transporter.sendMail({ ...mail, from: this.config.mailFrom });
  }

  onApplicationShutdown(): void {
    this.transporter?.close();
  }
}
