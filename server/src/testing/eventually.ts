import { setTimeout as sleep } from 'node:timers/promises';

import type { QueueFactory } from '../platform/queue/queue.factory';
import type { QueueName } from '../platform/queue/queue-names';

export interface WaitOptions {
  /** How long the state may take to arrive. */
  timeoutMs?: number;
  intervalMs?: number;
  /** What is awaited, for the error when it never comes. */
  what?: string;
}

/**
 * Polls `probe` until it answers something truthy and returns that, instead of sleeping a fixed time and hoping the
 * awaited state has arrived. Throws after `timeoutMs`, naming `what`.
 */
export async function waitFor<T>(
  probe: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  options: WaitOptions = {},
): Promise<T> {
  const { timeoutMs = 15_000, intervalMs = 100, what = 'condition' } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what} not met within ${timeoutMs} ms`);
    await sleep(intervalMs);
  }
}

/** Waits until a queue has nothing waiting, delayed or running: every job added so far has been processed. */
export function queueDrained(factory: QueueFactory, queue: QueueName, options: WaitOptions = {}): Promise<true> {
  return waitFor(
    async () => {
      const counts = await factory
        .queue(queue)
        .getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
      return Object.values(counts).every((n) => n === 0) || null;
    },
    { what: `${queue} queue drained`, ...options },
  );
}
