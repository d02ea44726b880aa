import { sessionTokenFromCookieHeader } from './session.service';

describe('sessionTokenFromCookieHeader', () => {
  it('finds kp_session among other cookies and decodes it, the first one when the header repeats it', () => {
    expect(sessionTokenFromCookieHeader('kp_csrf=abc; kp_session=tok%2Den; theme=dark')).toBe('tok-en');
    expect(sessionTokenFromCookieHeader('kp_session=first; kp_session=second')).toBe('first');
  });

  it('answers undefined when the header or the cookie is missing', () => {
    expect(sessionTokenFromCookieHeader(undefined)).toBeUndefined();
    expect(sessionTokenFromCookieHeader('')).toBeUndefined();
    expect(sessionTokenFromCookieHeader('kp_session_old=x; other=y')).toBeUndefined();
  });

  // A value that is not ours is looked up like any other and matches no session: it need not be refused here.
  it('passes a value it cannot decode through as it came', () => {
    expect(sessionTokenFromCookieHeader('kp_session=%E0%A4%A')).toBe('%E0%A4%A');
  });
});
