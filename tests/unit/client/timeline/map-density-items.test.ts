import { describe, expect, it } from 'vitest';
import { mapDensityItems, sampleDensityDays } from '../../../../client/src/timeline/map-density-items.js';
import { chooseDefaultWindow } from '../../../../client/src/timeline/choose-default-window.js';

const density = {
  unit: 'week' as const,
  total: 1_010,
  buckets: [
    { start: '2015-01-05', end: '2015-01-11', count: 10 },
    { start: '2016-02-01', end: '2016-02-07', count: 1_000 },
  ],
};

describe('mapDensityItems', () => {
  it('draws each bucket as a background item over its days, darker the busier it is', () => {
    const [quiet, busy] = mapDensityItems(density);
    expect(busy).toMatchObject({ type: 'background', start: '2016-02-01', end: '2016-02-08', title: expect.stringContaining('1,000 events') });
    const opacity = (style: string) => Number(/, ([\d.]+)\)/.exec(style)![1]);
    expect(opacity(busy!.style)).toBeGreaterThan(opacity(quiet!.style));
    expect(opacity(quiet!.style)).toBeGreaterThan(0);
  });
});

describe('sampleDensityDays', () => {
  it('weighs buckets by their events, so the default window opens where most are', () => {
    const window = chooseDefaultWindow(sampleDensityDays(density))!;
    expect(window.from > '2015-06-01').toBe(true);
    expect(window.to >= '2016-02-01').toBe(true);
  });
});
