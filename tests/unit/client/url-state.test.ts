import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, formatViewState, parseViewState, type ViewState } from '../../../client/src/url-state.js';

describe('view state in the URL', () => {
  it('restores every field from the query string it wrote', () => {
    const state: ViewState = {
      from: '2016-02-01',
      to: '2016-02-29',
      types: ['talks', 'ceasefire'],
      kinds: ['state'],
      minSources: 3,
      actor: 'russia',
      event: 'geneva-brief:e1',
      expand: ['syria', 'iran'],
      group: 'actor',
      panel: 'cypher',
      graph: 'cypher',
      query: 'MATCH (a:Actor) RETURN a LIMIT 5',
    };
    expect(parseViewState(formatViewState(state))).toEqual(state);
  });

  it('writes nothing for the default state', () => {
    expect(formatViewState(DEFAULT_VIEW_STATE)).toBe('');
    expect(parseViewState('')).toEqual(DEFAULT_VIEW_STATE);
  });

  it('ignores invalid parameters instead of failing', () => {
    const state = parseViewState('?from=2016-13-45&types=talks,nonsense&group=sideways&panel=x&actor=');
    expect(state.from).toBeNull();
    expect(state.types).toEqual([]);
    expect(state.group).toBe('type');
    expect(state.panel).toBe('details');
    expect(state.actor).toBeNull();
  });

  it('falls back to every event for a sources filter that is not a whole number from 1', () => {
    expect(parseViewState('?minSources=0').minSources).toBe(1);
    expect(parseViewState('?minSources=two').minSources).toBe(1);
    expect(parseViewState('?minSources=2').minSources).toBe(2);
  });

  it('keeps a valid list when a sibling parameter is invalid', () => {
    expect(parseViewState('?kinds=state,person&to=yesterday')).toMatchObject({ kinds: ['state', 'person'], to: null });
  });
});
