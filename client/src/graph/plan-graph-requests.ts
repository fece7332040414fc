/**
 * The /api/graph requests behind the graph view: the time window's graph, then one request per
 * expanded actor. An expansion spans every date, since within the window the actor's neighbours
 * are on screen already; it keeps the type, kind and sources filters.
 */
import type { GraphQueryParams } from '../../../server/contract/api.js';
import type { ViewState } from '../url-state.js';

/** The heaviest edges drawn for one window: the budget the explorer bench measures (5,000 actors / 20,000 edges). */
export const EDGE_LIMIT = 20_000;
const EXPANSION_LIMIT = 200;

/** The window's query first, then each expansion's. */
export function planGraphRequests(state: Pick<ViewState, 'from' | 'to' | 'types' | 'kinds' | 'minSources' | 'expand'>): GraphQueryParams[] {
  const filters = { types: state.types.join(','), kinds: state.kinds.join(','), minSources: String(state.minSources) };
  const window = { ...filters, from: state.from ?? undefined, to: state.to ?? undefined, limit: String(EDGE_LIMIT) };
  return [window, ...state.expand.map((id) => ({ ...filters, actors: id, limit: String(EXPANSION_LIMIT) }))];
}
