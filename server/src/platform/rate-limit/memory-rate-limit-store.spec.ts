import { MemoryRateLimitStore } from './memory-rate-limit-store';

describe('MemoryRateLimitStore', () => {
  it('counts hits in a fixed window that opens with the first hit and then starts over', async () => {
    let now = 1_000_000;
    const store = new MemoryRateLimitStore(() => now);
    expect(await store.increment('k', 1000)).toEqual({ count: 1, resetInMs: 1000 });
    now += 400;
    expect(await store.increment('k', 1000)).toEqual({ count: 2, resetInMs: 600 });
    expect(await store.peek('k')).toEqual({ count: 2, resetInMs: 600 });
    now += 600;
    expect(await store.peek('k')).toBeNull();
    expect(await store.increment('k', 1000)).toEqual({ count: 1, resetInMs: 1000 });
  });

  it('keeps keys apart and forgets a reset key', async () => {
    const store = new MemoryRateLimitStore();
    await store.increment('a', 60_000);
    await store.increment('a', 60_000);
    await store.increment('b', 60_000);
    await store.reset('a');
    expect(await store.peek('a')).toBeNull();
    expect((await store.peek('b'))?.count).toBe(1);
  });

  it('takes back a hit without going below zero or opening a window', async () => {
    const store = new MemoryRateLimitStore();
    await store.increment('k', 60_000);
    await store.increment('k', 60_000);
    await store.release('k');
    expect((await store.peek('k'))?.count).toBe(1);
    await store.release('k');
    await store.release('k');
    expect((await store.peek('k'))?.count).toBe(0);
    await store.release('none');
    expect(await store.peek('none')).toBeNull();
  });
});
