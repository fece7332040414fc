/**
 * The actor graph of a time window: actors active in it, edges from shared events (one per pair and
 * event type, weighted by how many) and from stated relations between those actors, heaviest first.
 * The whole years of the window are read from the year aggregates, its other whole months from the month
 * aggregates, the days at its edges from the events; a window with no whole month in it, or filtered by sources, is read from the events alone.
 */
import type { Driver } from 'neo4j-driver';
import type { GraphEdge, GraphNode, GraphQuery, GraphResponse } from '../contract/api.js';
import { readRows, toCypherCount, type ReadOptions } from './read-rows.js';
import { toListParam, toWindowParams } from './time-window.js';
import { findWholeMonths, findWholeYears } from './whole-months.js';

type EdgeRow = Omit<GraphEdge, 'kind'>;

export interface ActorGraphOptions extends ReadOptions {
  /** false reads every event of the window, as before the aggregates (for the checks and the bench that compare both). */
  aggregates?: boolean;
}

/** Reads the window's actors, then its two kinds of edges, and keeps the `limit` heaviest edges. */
export async function buildActorGraph(driver: Driver, database: string, query: GraphQuery, options: ActorGraphOptions = {}): Promise<GraphResponse> {
  const window = toWindowParams(query);
  // The month aggregates count every event: a graph of corroborated events only is read from the events.
  const months = options.aggregates === false || query.minSources > 1 ? null : findWholeMonths(window.from, window.to);
  const suffix = months ? '-by-month' : '';
  const filters = {
    ...window,
    ...months,
    ...(months && findWholeYears(months)),
    types: toListParam(query.types),
    kinds: toListParam(query.kinds),
    actors: toListParam(query.actors),
    minWeight: query.minWeight,
    minSources: query.minSources,
    fetch: toCypherCount(query.limit + 1),
  };
  const active = await readRows<GraphNode>(driver, database, `graph-actors${suffix}`, filters, options);
  const [shared, stated] = await Promise.all([
    readRows<EdgeRow>(driver, database, `graph-event-edges${suffix}`, filters, options),
    readRows<EdgeRow>(driver, database, 'graph-relation-edges', { ...filters, active: active.map((a) => a.id) }, options),
  ]);
  const ranked = [
    ...shared.map((edge): GraphEdge => ({ ...edge, kind: 'event' })),
    ...stated.map((edge): GraphEdge => ({ ...edge, kind: 'relation' })),
  ].sort(byWeightDescending);
  const edges = ranked.slice(0, query.limit);
  const capped = ranked.length > query.limit;
  return { nodes: pickNodes(active, edges, query.actors, capped), edges, capped };
}

function byWeightDescending(a: GraphEdge, b: GraphEdge): number {
  return b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target);
}

/**
 * The edges' ends, plus the actors asked for; when nothing was cut and no actor was asked for,
 * also the window's actors without an edge (an actor acting alone still acted).
 */
function pickNodes(active: GraphNode[], edges: GraphEdge[], asked: string[] | undefined, capped: boolean): GraphNode[] {
  const keep = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
  asked?.forEach((id) => keep.add(id));
  const everyone = !capped && !(asked && asked.length > 0);
  return active
    .filter((node) => everyone || keep.has(node.id))
    .sort((a, b) => b.activity - a.activity || a.name.localeCompare(b.name));
}
