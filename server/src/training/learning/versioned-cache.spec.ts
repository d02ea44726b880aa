import { VersionedCache } from './versioned-cache';

describe('VersionedCache', () => {
  it('answers only for the version that was stored', () => {
    const cache = new VersionedCache<string>(4);
    cache.set('course', 'v1', 'old');
    expect(cache.get('course', 'v1')).toBe('old');
    expect(cache.get('course', 'v2')).toBeUndefined();
    cache.set('course', 'v2', 'new');
    expect(cache.get('course', 'v1')).toBeUndefined();
    expect(cache.get('course', 'v2')).toBe('new');
    expect(cache.size).toBe(1);
  });

  it('drops the least recently used key past its capacity', () => {
    const cache = new VersionedCache<number>(2);
    cache.set('a', '1', 1);
    cache.set('b', '1', 2);
    expect(cache.get('a', '1')).toBe(1); // a is now more recent than b
    cache.set('c', '1', 3);
    expect(cache.get('b', '1')).toBeUndefined();
    expect(cache.get('a', '1')).toBe(1);
    expect(cache.get('c', '1')).toBe(3);
    expect(cache.size).toBe(2);
  });
});
