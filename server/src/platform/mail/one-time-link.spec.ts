import type { MailJobPayload } from './mail.service';
import { redactOneTimeLink, withoutOneTimeLink } from './one-time-link';

describe('one-time links at rest', () => {
  it('shows the token of a link as …', () => {
    expect(redactOneTimeLink('https://k.example/reset-password/abcDEF_123-x')).toBe(
      'https://k.example/reset-password/…',
    );
  });

  it('redacts invitations and resets, and leaves every other mail (course links) as it is', () => {
    const reset: MailJobPayload = {
      template: 'password_reset',
      category: 'account',
      userId: 'u',
      params: { link: 'https://k.example/reset-password/t0ken' },
    };
    expect(withoutOneTimeLink('password_reset', reset).params).toEqual({ link: 'https://k.example/reset-password/…' });
    expect(reset.params['link']).toBe('https://k.example/reset-password/t0ken');
    const stalled: MailJobPayload = {
      template: 'course_stalled',
      category: 'reminders',
      userId: 'u',
      params: { link: 'https://k.example/learn/c1', courseTitle: 'C' },
    };
    expect(withoutOneTimeLink('course_stalled', stalled)).toBe(stalled);
  });

  it('redacts both the join and the cancel link of an info-session registration', () => {
    const registration: MailJobPayload = {
      template: 'live_registration',
      category: 'account',
      userId: null,
      to: 'a@example.com',
      params: { link: 'https://k.example/join/J0in', cancelLink: 'https://k.example/s/aamu/cancel/C4ncel', name: 'A' },
    };
    expect(withoutOneTimeLink('live_registration', registration).params).toEqual({
      link: 'https://k.example/join/…',
      cancelLink: 'https://k.example/s/aamu/cancel/…',
      name: 'A',
    });
  });
});
