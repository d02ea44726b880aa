import { rankCards } from './live-board';

const card = (id: string, votes: number, mergedInto: string | null = null) => ({ id, votes, mergedInto });

describe('rankCards', () => {
  it('ranks by votes, most first, ties sharing a rank and the next rank skipping (1, 1, 3), older first among equals', () => {
    const ranked = rankCards([card('a', 1), card('b', 3), card('c', 3), card('d', 0)]);
    expect(ranked.map((c) => [c.id, c.rank])).toEqual([
      ['b', 1],
      ['c', 1],
      ['a', 3],
      ['d', 4],
    ]);
  });

  it('puts merged cards last, unranked', () => {
    const ranked = rankCards([card('gone', 0, 'kept'), card('kept', 2)]);
    expect(ranked.map((c) => [c.id, c.rank])).toEqual([
      ['kept', 1],
      ['gone', null],
    ]);
  });
});
