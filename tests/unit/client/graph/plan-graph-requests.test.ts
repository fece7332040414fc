import { describe, expect, it } from 'vitest';
import { EDGE_LIMIT, planGraphRequests } from '../../../../client/src/graph/plan-graph-requests.js';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../../client/src/url-state.js';

describe('planGraphRequests', () => {
  it("asks for the window's graph under the filters, up to the edge budget", () => {
    const state: ViewState = { ...DEFAULT_VIEW_STATE, from: '2016-02-01', to: '2016-02-07', types: ['talks', 'meeting'], kinds: ['state'], minSources: 2 };
    expect(planGraphRequests(state)).toEqual([
      { from: '2016-02-01', to: '2016-02-07', types: 'talks,meeting', kinds: 'state', minSources: '2', limit: String(EDGE_LIMIT) },
    ]);
  });

  it("asks for each expanded actor's neighbourhood at any date, keeping the type, kind and sources filters", () => {
    const [, expansion, ...rest] = planGraphRequests({ ...DEFAULT_VIEW_STATE, from: '2016-02-01', to: '2016-02-07', types: ['talks'], minSources: 3, expand: ['russia'] });
    expect(rest).toEqual([]);
    expect(expansion).toMatchObject({ actors: 'russia', types: 'talks', minSources: '3' });
    expect(expansion?.from).toBeUndefined();
    expect(expansion?.to).toBeUndefined();
  });
});
