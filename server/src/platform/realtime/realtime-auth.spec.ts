import { sessionTokenFromCookieHeader } from '../auth/session.service';
import { originAllowed } from './realtime-auth';

describe('socket handshake checks', () => {
  it('accepts the configured origin, in any spelling of it, and a handshake without Origin', () => {
    expect(originAllowed('https://kotopaikka.example', 'https://kotopaikka.example')).toBe(true);
    expect(originAllowed('https://KOTOPAIKKA.example', 'https://kotopaikka.example/')).toBe(true);
    expect(originAllowed(undefined, 'https://kotopaikka.example')).toBe(true);
    expect(originAllowed('', 'https://kotopaikka.example')).toBe(true);
  });

  it('refuses any other origin: another host, scheme or port, or nonsense', () => {
    expect(originAllowed('https://evil.example', 'https://kotopaikka.example')).toBe(false);
    expect(originAllowed('http://kotopaikka.example', 'https://kotopaikka.example')).toBe(false);
    expect(originAllowed('https://kotopaikka.example:8443', 'https://kotopaikka.example')).toBe(false);
    expect(originAllowed('https://kotopaikka.example.evil.example', 'https://kotopaikka.example')).toBe(false);
    expect(originAllowed('null', 'https://kotopaikka.example')).toBe(false);
  });

  it('reads the session cookie among others', () => {
    expect(sessionTokenFromCookieHeader('a=1; kp_session=abc%3D; b=2')).toBe('abc=');
    expect(sessionTokenFromCookieHeader('a=1')).toBeUndefined();
  });
});
