import type { RateLimitCounter, RateLimitStore } from './rate-limit-store';

const SWEEP_EVERY_WRITES = 1000;

/** Single-node counters. Expired windows are dropped lazily so the map cannot grow without bound. */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private writes = 0;

  constructor(private readonly now: () => number = Date.now) {}

  async increment(key: string, windowMs: number): Promise<RateLimitCounter> {
    const now = this.now();
    if (++this.writes % SWEEP_EVERY_WRITES === 0) this.sweep(now);
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + windowMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    return { count: window.count, resetInMs: window.resetAt - now };
  }

  async peek(key: string): Promise<RateLimitCounter | null> {
    const now = this.now();
    const window = this.windows.get(key);
    if (!window || window.resetAt <= now) return null;
    return { count: window.count, resetInMs: window.resetAt - now };
  }

  async reset(key: string): Promise<void> {
    this.windows.delete(key);
  }

  async release(key: string): Promise<void> {
    const window = this.windows.get(key);
    if (window && window.resetAt > this.now() && window.count > 0) window.count -= 1;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}
