import { snakeCase } from './table-row';

describe('snakeCase', () => {
  it('writes each capital as an underscore and its lower case, as the columns are named', () => {
    expect(['id', 'displayName', 'passMarkPercent', 'sha256'].map(snakeCase)).toEqual([
      'id',
      'display_name',
      'pass_mark_percent',
      'sha256',
    ]);
  });

  it('agrees with SnakeCase, the type TableRow names its keys by', () => {
    // The annotation is the assertion that matters: it fails the typecheck if SnakeCase disagrees.
    const key: 'last_login_at' = snakeCase('lastLoginAt');
    expect(key).toBe('last_login_at');
  });
});
