import { describe, expect, it } from 'vitest';
import { summarizeFrameTimes } from '../../../../scripts/bench/frame-times.js';

describe('summarizeFrameTimes', () => {
  it('gives the mean, the 95th percentile and the frame rate of the intervals', () => {
    const intervals = [...Array.from({ length: 19 }, () => 20), 100];
    expect(summarizeFrameTimes(intervals)).toEqual({ frames: 20, meanMs: 24, p95Ms: 100, fps: 41.7 });
  });

  it('does not depend on the order the frames came in', () => {
    expect(summarizeFrameTimes([50, 10, 30])).toEqual(summarizeFrameTimes([10, 30, 50]));
  });

  it('reports no frames as zeros rather than dividing by zero', () => {
    expect(summarizeFrameTimes([])).toEqual({ frames: 0, meanMs: 0, p95Ms: 0, fps: 0 });
  });
});
