/** What one item of a batch came to: its value, or the error it alone is refused with. */
export type Settled<O> = { value: O } | { error: unknown };

interface Waiting<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for work that serialises on one key (a room's event log, ordered by its session row's lock):
 * items of a key run in batches, one batch of a key at a time. The first item of an idle key goes at once, so a
 * quiet room waits for nothing; items that arrive while a batch is in flight are taken together by the next one,
 * so a busy room pays one transaction (one lock wait, one commit) for many items instead of one each.
 *
 * `run` answers one outcome per item, in order; when it throws, every item of that batch fails with its error.
 */
export class KeyedBatches<I, O> {
  private readonly queues = new Map<string, Waiting<I, O>[]>();

  constructor(
    private readonly run: (key: string, items: I[]) => Promise<Settled<O>[]>,
    private readonly maxBatch = 100,
  ) {}

  submit(key: string, item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      const queue = this.queues.get(key);
      if (queue) {
        queue.push({ item, resolve, reject });
        return;
      }
      this.queues.set(key, [{ item, resolve, reject }]);
      void this.drain(key);
    });
  }

  /** Runs the key's batches until its queue is empty; the key's queue stays in the map while one is in flight. */
  private async drain(key: string): Promise<void> {
    const queue = this.queues.get(key) as Waiting<I, O>[];
    while (queue.length > 0) {
      const batch = queue.splice(0, this.maxBatch);
      try {
        const outcomes = await this.run(
          key,
          batch.map((w) => w.item),
        );
        batch.forEach((w, i) => {
          const outcome = outcomes[i];
          if (outcome && 'value' in outcome) w.resolve(outcome.value);
          else w.reject(outcome ? outcome.error : new Error('the batch gave no outcome for this item'));
        });
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
    this.queues.delete(key);
  }
}
