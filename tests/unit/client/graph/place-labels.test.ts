import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../../../client/src/graph/place-labels.js';

const box = (x: number, y: number, width = 40, height = 14) => ({ x, y, width, height });

describe('placeLabels', () => {
  it('leaves out a label that would overlap one of higher priority', () => {
    expect(placeLabels([box(0, 0), box(20, 5), box(100, 0)], 10)).toEqual([0, 2]);
  });

  it('keeps labels that only touch at an edge', () => {
    expect(placeLabels([box(0, 0), box(40, 0), box(0, 14)], 10)).toEqual([0, 1, 2]);
  });

  it('stops at the limit, keeping the first ones', () => {
    expect(placeLabels([box(0, 0), box(50, 0), box(100, 0)], 2)).toEqual([0, 1]);
  });
});
