/**
 * The load test's mix of routes: what a crowd at the explorer asks for, each route with its share
 * of the connections and a few variants of its request, cycled by each connection.
 */

export interface LoadRoute {
  name: string;
  /** Share of the connections (the shares add up to 1). */
  share: number;
  paths: string[];
}

/** The mix; `actorIds` are the actors whose details are asked for (taken from the graph served). */
export function buildRouteMix(actorIds: string[]): LoadRoute[] {
  return [
    { name: 'graph', share: 0.3, paths: ['/api/graph', '/api/graph?from=2015-06-01&to=2015-06-30', '/api/graph?from=2015-01-01&to=2015-12-31'] },
    { name: 'timeline', share: 0.3, paths: ['/api/timeline', '/api/timeline?from=2015-06-01&to=2015-06-30', '/api/timeline?from=2015-01-01&to=2015-12-31'] },
    { name: 'search', share: 0.15, paths: ['/api/search?q=actor', '/api/search?q=russia', '/api/search?q=talks', '/api/search?q=meeting'] },
    { name: 'actor details', share: 0.15, paths: actorIds.map((id) => `/api/actors/${encodeURIComponent(id)}`) },
    { name: 'health', share: 0.1, paths: ['/api/health'] },
  ];
}

/** Whole connections per route, at least one each, summing to `total` (the largest share takes the rounding). */
export function splitConnections(routes: LoadRoute[], total: number): number[] {
  const counts = routes.map((route) => Math.max(1, Math.floor(route.share * total)));
  const largest = counts.indexOf(Math.max(...counts));
  counts[largest]! += total - counts.reduce((sum, n) => sum + n, 0);
  return counts;
}
