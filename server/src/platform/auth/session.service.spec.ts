import { sessionTokenFromCookieHeader } from './session.service';

describe('sessionTokenFromCookieHeader', () => {
  it('finds kp_session among other cookies and decodes it', () => {
    expect(sessionTokenFromCookieHeader('kp_csrf=abc; kp_session=tok%2Den; theme=dark')).toBe('tok-en');
    expect(sessionTokenFromCookieHeader('kp_session="quoted"')).toBe('quoted');
  });

  it('answers undefined when the header or the cookie is missing or broken', () => {
    expect(sessionTokenFromCookieHeader(undefined)).toBeUndefined();
    expect(sessionTokenFromCookieHeader('')).toBeUndefined();
    expect(sessionTokenFromCookieHeader('kp_session_old=x; other=y')).toBeUndefined();
    expect(sessionTokenFromCookieHeader('kp_session=%E0%A4%A')).toBeUndefined();
  });
});
