import type { Locale, LocalizedText } from '@kotopaikka/contracts';

import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { APP_CONFIG, type AppConfig } from '../../config/config';
import { MailService } from '../../platform/mail/mail.service';
import { newRegistrationLinks, type RegistrationLinks, registrationLinks } from './registration-links';

/** The mails a registrant gets; all but the cancellation carry their personal join and cancel links. */
export type GuestMailTemplate =
  | 'live_registration'
  | 'live_registration_promoted'
  | 'live_registration_reminder'
  | 'live_registration_cancelled';

/** What a guest's mail says of the session. */
export interface GuestMailSession {
  public_slug: string | null;
  title: Partial<LocalizedText>;
  starts_at: Date;
  ends_at: Date;
}

/** A registration as its mails need it. */
export interface Registrant {
  id: string;
  name: string;
  email: string;
  locale: Locale;
  link_salt: string | null;
}

/** `1.12.2026 klo 9.00–10.00` / `1 December 2026, 09:00–10:00`, Helsinki time, for the e-mails. */
export function formatWhen(startsAt: Date, endsAt: Date, locale: Locale): string {
  const tag = locale === 'fi' ? 'fi-FI' : 'en-GB';
  const zone = { timeZone: 'Europe/Helsinki' } as const;
  const day = new Intl.DateTimeFormat(tag, {
    ...zone,
    day: 'numeric',
    month: locale === 'fi' ? 'numeric' : 'long',
    year: 'numeric',
  });
  const time = new Intl.DateTimeFormat(tag, { ...zone, hour: '2-digit', minute: '2-digit' });
  const span = `${time.format(startsAt)}–${time.format(endsAt)}`;
  return locale === 'fi'
    ? `${day.format(startsAt)} klo ${span} (Suomen aikaa)`
    : `${day.format(startsAt)}, ${span} (Finnish time)`;
}

/**
 * Mails to registrants (people without an account), in their language and through the outbox of the caller's
 * transaction, with their personal links: registration, promotion, reminders, a resent mail, the cancellation.
 */
@Injectable()
export class GuestMail {
  constructor(
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Links for a new registration or a promotion, to store (salt, hashes) and mail. */
  newLinks(): RegistrationLinks {
    return newRegistrationLinks(this.config.sessionSecret);
  }

  /**
   * The registration's links as its first mail had them. A row from before link salts has no way back to its
   * tokens: it gets new links here, in the caller's transaction, and the earlier mail's stop working.
   */
  async linksOf(m: EntityManager, r: Registrant): Promise<RegistrationLinks> {
    if (r.link_salt) return registrationLinks(this.config.sessionSecret, r.link_salt);
    const links = this.newLinks();
    await m.query(
      `UPDATE live_registration SET link_salt = $2, join_token_hash = $3, cancel_token_hash = $4 WHERE id = $1`,
      [r.id, links.salt, links.joinHash, links.cancelHash],
    );
    return links;
  }

  async queue(
    m: EntityManager,
    template: GuestMailTemplate,
    s: GuestMailSession,
    to: Omit<Registrant, 'link_salt'>,
    links: RegistrationLinks | null,
    extra: Record<string, string> = {},
  ): Promise<void> {
    const base = this.config.publicUrl;
    const slug = encodeURIComponent(s.public_slug ?? '-');
    await this.mail.queue(m, {
      template,
      // Someone without an account has no preferences to honour: every category reaches them.
      category: template === 'live_registration_reminder' ? 'reminders' : 'account',
      userId: null,
      to: to.email,
      locale: to.locale,
      params: {
        name: to.name,
        ...(links
          ? { link: `${base}/join/${links.joinToken}`, cancelLink: `${base}/s/${slug}/cancel/${links.cancelToken}` }
          : {}),
        sessionTitle: s.title[to.locale] || s.title.fi || '',
        when: formatWhen(s.starts_at, s.ends_at, to.locale),
        ...extra,
      },
    });
  }
}
