import { describe, expect, it } from 'vitest';
import { bucketDayCounts } from '../../../server/explore/bucket-day-counts.js';

describe('bucketDayCounts', () => {
  it('counts by day over the days that hold events, an event spanning days in each of them', () => {
    const density = bucketDayCounts([{ start: '2016-02-01', end: '2016-02-01', count: 3 }, { start: '2016-02-02', end: '2016-02-04', count: 1 }], '0001-01-01', '9999-12-31');
    expect(density).toEqual({
      unit: 'day',
      total: 4,
      buckets: [
        { start: '2016-02-01', end: '2016-02-01', count: 3 },
        { start: '2016-02-02', end: '2016-02-02', count: 1 },
        { start: '2016-02-03', end: '2016-02-03', count: 1 },
        { start: '2016-02-04', end: '2016-02-04', count: 1 },
      ],
    });
  });

  it('counts by week, Monday to Sunday, past a year of days', () => {
    const density = bucketDayCounts([{ start: '2015-01-07', end: '2015-01-07', count: 2 }, { start: '2016-02-03', end: '2016-02-03', count: 1 }, { start: '2016-02-07', end: '2016-02-08', count: 1 }], '2015-01-01', '2016-12-31');
    expect(density.unit).toBe('week');
    expect(density.buckets).toEqual([
      { start: '2015-01-05', end: '2015-01-11', count: 2 },
      { start: '2016-02-01', end: '2016-02-07', count: 2 },
      { start: '2016-02-08', end: '2016-02-14', count: 1 },
    ]);
  });

  it('counts only the days of a long event that fall in the window', () => {
    const density = bucketDayCounts([{ start: '2016-01-01', end: '2016-12-31', count: 1 }], '2016-03-10', '2016-03-11');
    expect(density.buckets.map((b) => b.start)).toEqual(['2016-03-10', '2016-03-11']);
  });
});
