import { describe, expect, it } from 'vitest';
import { planTimelineFetch } from '../../../../client/src/timeline/plan-timeline-fetch.js';

describe('planTimelineFetch', () => {
  it('loads everything when no window is set', () => {
    expect(planTimelineFetch(null, { from: null, to: null, types: [], minSources: 1 })).toEqual({ key: '|1', from: null, to: null, types: '', minSources: 1 });
  });

  it('loads a window padded by its own width on each side', () => {
    expect(planTimelineFetch(null, { from: '2016-02-11', to: '2016-02-20', types: ['talks'], minSources: 1 })).toEqual({
      key: 'talks|1',
      from: '2016-02-02',
      to: '2016-02-29',
      types: 'talks',
      minSources: 1,
    });
  });

  it('does not fetch again while the window stays inside what is loaded', () => {
    const loaded = { key: '|1', from: '2016-02-01', to: '2016-03-01', capped: false };
    expect(planTimelineFetch(loaded, { from: '2016-02-10', to: '2016-02-20', types: [], minSources: 1 })).toBeNull();
    expect(planTimelineFetch({ ...loaded, from: null, to: null }, { from: '2016-02-10', to: '2016-02-20', types: [], minSources: 1 })).toBeNull();
  });

  it('fetches again when the window leaves the loaded range, the types or sources change or the answer was capped', () => {
    const loaded = { key: '|1', from: '2016-02-01', to: '2016-03-01', capped: false };
    expect(planTimelineFetch(loaded, { from: '2016-02-20', to: '2016-03-10', types: [], minSources: 1 })).not.toBeNull();
    expect(planTimelineFetch(loaded, { from: '2016-02-10', to: '2016-02-20', types: ['talks'], minSources: 1 })).not.toBeNull();
    expect(planTimelineFetch(loaded, { from: '2016-02-10', to: '2016-02-20', types: [], minSources: 2 })).toMatchObject({ key: '|2', minSources: 2 });
    expect(planTimelineFetch({ ...loaded, capped: true }, { from: '2016-02-10', to: '2016-02-20', types: [], minSources: 1 })).not.toBeNull();
  });
});
