import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@kotopaikka/contracts';

import { commonPasswordCount, isCommonPassword } from './common-passwords';
import { PasswordService } from './password.service';

describe('PasswordService', () => {
  const passwords = new PasswordService();

  describe('problem', () => {
    it('accepts 8 to 128 characters and refuses shorter and longer', () => {
      expect(PASSWORD_MIN_LENGTH).toBe(8);
      expect(PASSWORD_MAX_LENGTH).toBe(128);
      expect(passwords.problem('Vx9#kL2')).toBe('too_short');
      expect(passwords.problem('Vx9#kL2q')).toBeNull();
      expect(passwords.problem('Vx9#kL2q'.repeat(16))).toBeNull();
      expect(passwords.problem(`${'Vx9#kL2q'.repeat(16)}x`)).toBe('too_long');
    });

    it.each(['password', 'Password1', '12345678', 'qwerty123', 'iloveyou', 'sunshine', 'trustno1', 'football'])(
      'refuses the leaked common password %s',
      (pw) => {
        expect(passwords.problem(pw)).toBe('too_common');
      },
    );

    it.each([
      'salasana',
      'Salasana1',
      'salasana123',
      'kissa123',
      'perkele1',
      'Perkele123',
      'koira2020',
      'jyväskylä1',
      'suomi100',
      'qwerty12',
    ])('refuses the Finnish common password %s', (pw) => {
      expect(passwords.problem(pw)).toBe('too_common');
    });

    it('refuses a password equal to the e-mail address or name it is given', () => {
      expect(passwords.problem('Maija.Meikalainen', ['maija.meikalainen', 'maija.meikalainen@example.fi'])).toBe(
        'too_common',
      );
      expect(passwords.problem('unusual horse battery', ['maija.meikalainen'])).toBeNull();
    });

    it('holds several thousand common passwords', () => {
      expect(commonPasswordCount()).toBeGreaterThan(15_000);
      expect(isCommonPassword('correct horse battery staple kotopaikka')).toBe(false);
    });
  });

  describe('hash and verify', () => {
    it('hashes with argon2id at m=19456, t=2, p=1 and verifies only the right password', async () => {
      const hash = await passwords.hash('Lumi-Ukko-Talvella-7');
      const [, algorithm, version, params] = hash.split('$');
      expect(algorithm).toBe('argon2id');
      expect(version).toBe('v=19');
      expect(Object.fromEntries(params.split(',').map((kv) => kv.split('=')))).toEqual({ m: '19456', t: '2', p: '1' });
      await expect(passwords.verify(hash, 'Lumi-Ukko-Talvella-7')).resolves.toBe(true);
      await expect(passwords.verify(hash, 'lumi-ukko-talvella-7')).resolves.toBe(false);
    });

    it('answers false, not an error, for a missing or malformed hash', async () => {
      await expect(passwords.verify(null, 'anything-at-all')).resolves.toBe(false);
      await expect(passwords.verify('not-a-hash', 'anything-at-all')).resolves.toBe(false);
    });
  });
});
