import { describe, expect, it } from 'vitest';
import { DEFAULT_SHARE, clampShare } from '../../../../client/src/layout/split-handle.js';

describe('clampShare', () => {
  it('keeps both the workspace and the timeline usable', () => {
    expect(clampShare(0.01)).toBeGreaterThan(0.1);
    expect(clampShare(0.99)).toBeLessThan(0.9);
    expect(clampShare(0.5)).toBe(0.5);
  });

  it('falls back to the default for a value that is not a number', () => {
    expect(clampShare(Number.NaN)).toBe(DEFAULT_SHARE);
  });
});
