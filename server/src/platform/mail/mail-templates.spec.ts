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

  it('refuses to render an action mail without its link', () => {
    expect(() => renderMail('invitation', {}, { ...CONTEXT, locale: 'en' })).toThrow();
  });
});
