import { describe, expect, it } from 'vitest';
import { listPairErrors } from '../../../../scripts/eval-identity/list-pair-errors.js';
import { scoreClusterings } from '../../../../scripts/eval-identity/score-clusterings.js';

const GOLD = [['a', 'b', 'c'], ['d', 'e']];

describe('scoreClusterings', () => {
  it('gives 1 everywhere when the prediction is the gold clustering in another order', () => {
    const scores = scoreClusterings(GOLD, [['e', 'd'], ['c', 'a', 'b']]);
    expect(scores).toMatchObject({ items: 5, goldPairs: 4, predictedPairs: 4, correctPairs: 4 });
    expect(scores.pairwise).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(scores.bcubed).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('counts the pairs a split and a wrong join get right: 2 of 4 joined, 2 of 4 found', () => {
    const scores = scoreClusterings(GOLD, [['a', 'b'], ['c', 'd', 'e']]);
    expect(scores).toMatchObject({ goldPairs: 4, predictedPairs: 4, correctPairs: 2 });
    expect(scores.pairwise).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
    // Per item precision a 1, b 1, c 1/3, d 2/3, e 2/3; recall a 2/3, b 2/3, c 1/3, d 1, e 1.
    expect(scores.bcubed.precision).toBeCloseTo(11 / 15, 12);
    expect(scores.bcubed.recall).toBeCloseTo(11 / 15, 12);
    expect(scores.bcubed.f1).toBeCloseTo(11 / 15, 12);
  });

  it('scores a prediction that joins nothing as precise but finding no pair', () => {
    const scores = scoreClusterings(GOLD, [['a'], ['b'], ['c'], ['d'], ['e']]);
    expect(scores.pairwise).toEqual({ precision: 1, recall: 0, f1: 0 });
    expect(scores.bcubed.precision).toBe(1);
    expect(scores.bcubed.recall).toBeCloseTo((1 / 3 + 1 / 3 + 1 / 3 + 1 / 2 + 1 / 2) / 5, 12);
  });

  it('scores one cluster of everything by the share of its pairs that are right', () => {
    const scores = scoreClusterings(GOLD, [['a', 'b', 'c', 'd', 'e']]);
    expect(scores).toMatchObject({ predictedPairs: 10, correctPairs: 4 });
    expect(scores.pairwise.precision).toBeCloseTo(0.4, 12);
    expect(scores.pairwise.recall).toBe(1);
    expect(scores.pairwise.f1).toBeCloseTo((2 * 0.4) / 1.4, 12);
    expect(scores.bcubed.precision).toBeCloseTo((3 * 3 + 2 * 2) / 25, 12);
  });

  it('counts no pair to find and none claimed as perfect', () => {
    expect(scoreClusterings([['a'], ['b']], [['b'], ['a']]).pairwise).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('refuses clusterings of different items, an item twice and an empty cluster', () => {
    expect(() => scoreClusterings(GOLD, [['a', 'b', 'c', 'd']])).toThrow(/predicted clustering lacks e/);
    expect(() => scoreClusterings(GOLD, [['a', 'b', 'c', 'd', 'e', 'f']])).toThrow(/gold clustering lacks f/);
    expect(() => scoreClusterings(GOLD, [['a', 'b', 'c'], ['c', 'd', 'e']])).toThrow(/holds c twice/);
    expect(() => scoreClusterings(GOLD, [['a', 'b', 'c', 'd', 'e'], []])).toThrow(/cluster 2 is empty/);
  });
});

describe('listPairErrors', () => {
  it('lists the pairs joined against the gold and the gold pairs left apart', () => {
    expect(listPairErrors(GOLD, [['b', 'a'], ['c', 'd', 'e']])).toEqual({
      wronglyJoined: [['c', 'd'], ['c', 'e']],
      missed: [['a', 'c'], ['b', 'c']],
    });
  });
});
