import { CERTIFICATE_CODE_PATTERN, newCertificateCode } from './certificate-code';

describe('certificate codes', () => {
  it('are 32 base32 characters (160 random bits) and do not repeat', () => {
    const codes = Array.from({ length: 2000 }, () => newCertificateCode());
    for (const code of codes) expect(code).toMatch(CERTIFICATE_CODE_PATTERN);
    expect(new Set(codes).size).toBe(codes.length);
    // Every symbol of the alphabet turns up: no bit of the randomness is dropped.
    expect(new Set(codes.join('')).size).toBe(32);
  });
});
