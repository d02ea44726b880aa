import { KeyedBatches, type Settled } from './keyed-batches';

/** A batch runner whose batches finish when the test says so. */
function gatedRunner() {
  const batches: {
    key: string;
    items: number[];
    finish: (outcomes?: Settled<string>[]) => void;
    fail: (e: Error) => void;
  }[] = [];
  const run = (key: string, items: number[]) =>
    new Promise<Settled<string>[]>((resolve, reject) => {
      batches.push({
        key,
        items,
        finish: (outcomes) => resolve(outcomes ?? items.map((i) => ({ value: `${key}:${i}` }))),
        fail: reject,
      });
    });
  return { batches, run };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('KeyedBatches', () => {
  it('runs the first item of an idle key at once and takes what arrived meanwhile as the next batch', async () => {
    const { batches, run } = gatedRunner();
    const b = new KeyedBatches(run);
    const first = b.submit('room', 1);
    expect(batches.map((x) => x.items)).toEqual([[1]]);
    const rest = [2, 3, 4].map((i) => b.submit('room', i));
    await tick();
    expect(batches).toHaveLength(1); // one batch of a key at a time
    batches[0].finish();
    expect(await first).toBe('room:1');
    await tick();
    expect(batches.map((x) => x.items)).toEqual([[1], [2, 3, 4]]);
    batches[1].finish();
    expect(await Promise.all(rest)).toEqual(['room:2', 'room:3', 'room:4']);
  });

  it('keeps keys apart: another key does not wait', async () => {
    const { batches, run } = gatedRunner();
    const b = new KeyedBatches(run);
    void b.submit('a', 1);
    void b.submit('b', 2);
    expect(batches.map((x) => [x.key, x.items])).toEqual([
      ['a', [1]],
      ['b', [2]],
    ]);
  });

  it('fails an item alone when its outcome is an error, and a whole batch when the run throws', async () => {
    const { batches, run } = gatedRunner();
    const b = new KeyedBatches(run);
    const first = b.submit('room', 1);
    const refused = b.submit('room', 2);
    const kept = b.submit('room', 3);
    batches[0].fail(new Error('database down'));
    await expect(first).rejects.toThrow('database down');
    await tick();
    batches[1].finish([{ error: new Error('chat locked') }, { value: 'ok' }]);
    await expect(refused).rejects.toThrow('chat locked');
    expect(await kept).toBe('ok');
    // The key is idle again: the next item goes at once.
    void b.submit('room', 4);
    expect(batches.at(-1)?.items).toEqual([4]);
  });

  it('takes at most maxBatch items at a time', async () => {
    const { batches, run } = gatedRunner();
    const b = new KeyedBatches(run, 2);
    const all = [1, 2, 3, 4, 5, 6].map((i) => b.submit('room', i));
    for (let i = 0; i < 4; i++) {
      batches[i].finish();
      await tick();
    }
    await Promise.all(all);
    expect(batches.map((x) => x.items)).toEqual([[1], [2, 3], [4, 5], [6]]);
  });
});
