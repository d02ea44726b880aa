import { randomBytes } from 'node:crypto';

/** 160 random bits in RFC 4648 base32 (no padding): 32 characters, unambiguous to read aloud or type. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function newCertificateCode(): string {
  const bytes = randomBytes(20);
  let bits = 0;
  let value = 0;
  let code = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      code += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return code;
}

/** Codes as issued: the route rejects anything else before touching the database. */
export const CERTIFICATE_CODE_PATTERN = /^[A-Z2-7]{32}$/;
