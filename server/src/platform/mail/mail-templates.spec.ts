import { SUPPORTED_LOCALES } from '@kotopaikka/contracts';

import type { MailTemplate } from './mail.service';
import { renderMail } from './mail-templates';

const TEMPLATES: MailTemplate[] = [
  'invitation',
  'password_reset',
  'account_deactivated',
  'course_stalled',
  'course_due_soon',
  'live_session_reminder',
  'live_session_cancelled',
];
const CONTEXT = {
  category: 'account' as const,
  preferencesUrl: 'https://k.example/profile#email',
  unsubscribeUrl: null,
};

describe('mail templates', () => {
  it.each(TEMPLATES)(
    '%s renders in every supported locale with the reason, the preferences link and the action link',
    (template) => {
      const subjects = new Set<string>();
      for (const locale of SUPPORTED_LOCALES) {
        const mail = renderMail(
          template,
          { link: 'https://k.example/act?token=a&b=<c>', name: 'Aino' },
          { ...CONTEXT, locale },
        );
        subjects.add(mail.subject);
        expect(mail.text).toContain('https://k.example/profile#email');
        expect(mail.html).toContain('href="https://k.example/profile#email"');
        expect(mail.html).toContain(`lang="${locale}"`);
        if (template !== 'account_deactivated') {
          expect(mail.text).toContain('https://k.example/act?token=a&b=<c>');
          expect(mail.html).toContain('https://k.example/act?token=a&amp;b=&lt;c&gt;');
          expect(mail.html).not.toContain('<c>');
        }
      }
      expect(subjects.size).toBe(SUPPORTED_LOCALES.length);
    },
  );

  it('adds the unsubscribe link only when one is given', () => {
    const mail = renderMail(
      'password_reset',
      { link: 'https://k.example/x' },
      { ...CONTEXT, locale: 'fi', category: 'reminders', unsubscribeUrl: 'https://k.example/unsubscribe?token=t' },
    );
    expect(mail.text).toContain('https://k.example/unsubscribe?token=t');
    expect(mail.html).toContain('href="https://k.example/unsubscribe?token=t"');
    expect(
      renderMail('password_reset', { link: 'https://k.example/x' }, { ...CONTEXT, locale: 'fi' }).text,
    ).not.toContain('unsubscribe');
  });

  it.each(['live_registration', 'live_registration_promoted', 'live_registration_reminder'] as const)(
    '%s for someone without an account carries both links, in their language, and no preferences footer',
    (template) => {
      const params = {
        name: 'Amina',
        link: 'https://k.example/join/JT',
        cancelLink: 'https://k.example/s/aamupala/cancel/CT',
        sessionTitle: 'Aamupala',
        when: '1.12.2026 klo 9.00–10.00',
        waitlisted: 'no',
      };
      const fi = renderMail(template, params, { ...CONTEXT, preferencesUrl: null, locale: 'fi' });
      const en = renderMail(template, params, { ...CONTEXT, preferencesUrl: null, locale: 'en' });
      for (const mail of [fi, en]) {
        expect(mail.text).toContain('https://k.example/join/JT');
        expect(mail.text).toContain('https://k.example/s/aamupala/cancel/CT');
        expect(mail.html).toContain('href="https://k.example/s/aamupala/cancel/CT"');
        expect(mail.text).not.toContain('profile#email');
        expect(mail.text).toContain('Aamupala');
      }
      expect(fi.text).toContain('Hei Amina');
      expect(en.text).toContain('Hello Amina');
      expect(() => renderMail(template, { ...params, cancelLink: '' }, { ...CONTEXT, locale: 'en' })).toThrow();
    },
  );

  it('tells a registrant on the waiting list that the link works once they get a place', () => {
    const mail = renderMail(
      'live_registration',
      { link: 'https://k.example/join/J', cancelLink: 'https://k.example/s/x/cancel/C', waitlisted: 'yes' },
      { ...CONTEXT, preferencesUrl: null, locale: 'en' },
    );
    expect(mail.subject).toMatch(/waiting list/);
    expect(mail.text).toContain('works only when you get a place');
  });

  it("tells a registrant of the session's cancellation, with no link that would no longer work", () => {
    const params = { name: 'Amina', sessionTitle: 'Aamupala', when: '1.12.2026 klo 9.00–10.00' };
    const fi = renderMail('live_registration_cancelled', params, { ...CONTEXT, preferencesUrl: null, locale: 'fi' });
    const en = renderMail('live_registration_cancelled', params, { ...CONTEXT, preferencesUrl: null, locale: 'en' });
    expect(fi.subject).toBe('Peruttu: Aamupala');
    expect(en.subject).toBe('Cancelled: Aamupala');
    expect(en.text).toContain('1.12.2026 klo 9.00–10.00');
    expect(en.text).not.toContain('http');
  });

  it('refuses to render an action mail without its link', () => {
    expect(() => renderMail('invitation', {}, { ...CONTEXT, locale: 'en' })).toThrow();
  });
});
