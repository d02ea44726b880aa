/** A fixed-window counter: how many hits since the window opened, and when it closes. */
export interface RateLimitCounter {
  count: number;
  /** Milliseconds until the window closes and the counter starts again from zero. */
  resetInMs: number;
}

/**
 * Short-lived counters for rate limits and login lockouts. Redis in scaled mode, so every node sees the
 * same counts; process memory in single-node mode.
 */
export interface RateLimitStore {
  /** Adds one hit; the window of `windowMs` opens with the first hit and is not extended by later ones. */
  increment(key: string, windowMs: number): Promise<RateLimitCounter>;
  /** The counter as it stands, or null when no window is open. */
  peek(key: string): Promise<RateLimitCounter | null>;
  reset(key: string): Promise<void>;
  /** Takes back one hit of an open window, never below zero; nothing when no window is open. */
  release(key: string): Promise<void>;
}

export const RATE_LIMIT_STORE = Symbol('RATE_LIMIT_STORE');
