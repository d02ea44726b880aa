import { unsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token';

const SECRET = 'a-session-secret-of-at-least-32-characters';
const USER = '3f1c2b9e-8f0a-4c1e-9a57-3d2b1e0f4a11';

describe('unsubscribe token', () => {
  it('verifies its own token and names the person and category', () => {
    expect(verifyUnsubscribeToken(SECRET, unsubscribeToken(SECRET, USER, 'reminders'))).toEqual({
      userId: USER,
      category: 'reminders',
    });
  });

  it('rejects a token signed with another secret, a changed category and garbage', () => {
    const token = unsubscribeToken(SECRET, USER, 'reminders');
    expect(verifyUnsubscribeToken('another-secret-of-at-least-32-characters!', token)).toBeNull();
    const [, mac] = token.split('.');
    const otherCategory = `${Buffer.from(`${USER}:notifications`).toString('base64url')}.${mac}`;
    expect(verifyUnsubscribeToken(SECRET, otherCategory)).toBeNull();
    const account = `${Buffer.from(`${USER}:account`).toString('base64url')}.${mac}`;
    expect(verifyUnsubscribeToken(SECRET, account)).toBeNull();
    for (const junk of ['', '.', 'abc', 'abc.def', `${token}x`])
      expect(verifyUnsubscribeToken(SECRET, junk)).toBeNull();
  });
});
