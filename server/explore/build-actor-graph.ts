/**
 * The actor graph of a time window: actors active in it, edges from shared events (one per pair and
 * event type, weighted by how many) and from stated relations between those actors, heaviest first.
 * The whole years of the window are read from the year aggregates, its other whole months from the month
 * aggregates, the days at its edges from the events (pick-edge-read.ts: a window of one unit reads its rows
 * heaviest first); a window with no whole month in it, or filtered by sources, is read from the events alone.
 */
import type { Driver } from 'neo4j-driver';
import type { GraphEdge, GraphNode, GraphQuery, GraphResponse } from '../contract/api.js';
import { readRows, toCypherCount, type ReadOptions } from './read-rows.js';
import { toListParam, toWindowParams } from './time-window.js';
import { pickEdgeRead } from './pick-edge-read.js';
import { findWholeMonths, findWholeYears } from './whole-months.js';

type EdgeRow = Omit<GraphEdge, 'kind'>;

export interface ActorGraphOptions extends ReadOptions {
  /** false reads every event of the window, as before the aggregates (for the checks and the bench that compare both). */
  aggregates?: boolean;
}

/** Reads the window's event edges and actors, then its stated edges, and keeps the `limit` heaviest edges. */
export async function buildActorGraph(driver: Driver, database: string, query: GraphQuery, options: ActorGraphOptions = {}): Promise<GraphResponse> {
  const window = toWindowParams(query);
  // The month aggregates count every event: a graph of corroborated events only is read from the events.
  const months = options.aggregates === false || query.minSources > 1 ? null : findWholeMonths(window.from, window.to);
  const years = months && findWholeYears(months);
  const filters = {
    ...window,
    ...months,
    ...years,
    types: toListParam(query.types),
    kinds: toListParam(query.kinds),
    actors: toListParam(query.actors),
    minWeight: query.minWeight,
    minSources: query.minSources,
    fetch: toCypherCount(query.limit + 1),
  };
  const read = <Row>(name: string, params: Record<string, unknown> = filters) => readRows<Row>(driver, database, name, params, options);
  const actorsRead = months ? 'graph-actors-by-month' : 'graph-actors';
  const [shared, everyActive] = months
    ? [await read<EdgeRow>(pickEdgeRead(window, months, years!, query.actors)), null]
    : await Promise.all([read<EdgeRow>('graph-event-edges'), read<GraphNode>(actorsRead)]);
  // More event edges than the limit (the graph is capped whatever its stated edges), or actors asked for: only the
  // actors at the kept edges' ends (and those asked for) are shown, and only theirs are read. The read from the
  // events (the reference the aggregates are checked against) always reads every active actor.
  const asked = query.actors ?? [];
  const { active, stated } = months && (shared.length > query.limit || asked.length > 0)
    ? await readAtEdgeEnds(read, shared, asked, query, filters)
    : await readEveryActive(read, everyActive ?? (await read<GraphNode>(actorsRead)), filters);
  const ranked = [
    ...shared.map((edge): GraphEdge => ({ ...edge, kind: 'event' })),
    ...stated.map((edge): GraphEdge => ({ ...edge, kind: 'relation' })),
  ].sort(byWeightDescending);
  const edges = ranked.slice(0, query.limit);
  const capped = ranked.length > query.limit;
  return { nodes: pickNodes(active, edges, query.actors, capped), edges, capped };
}

type Read = <Row>(name: string, params?: Record<string, unknown>) => Promise<Row[]>;

/** The window's active actors as read, and the stated edges between them. */
async function readEveryActive(read: Read, active: GraphNode[], filters: Record<string, unknown>): Promise<{ active: GraphNode[]; stated: EdgeRow[] }> {
  return { active, stated: await read<EdgeRow>('graph-relation-edges', { ...filters, active: active.map((a) => a.id) }) };
}

/**
 * With $fetch event edges read, a stated edge lighter than the lightest of them ranks past the limit: only the
 * heavier ones are candidates (else every one of at least minWeight), kept when both their ends are active in the
 * window, the first $fetch of them in the order graph-relation-edges.cypher keeps. The actors read are those
 * ends, the event edges' and the asked ones.
 */
async function readAtEdgeEnds(read: Read, shared: EdgeRow[], asked: string[], query: GraphQuery, filters: Record<string, unknown>): Promise<{ active: GraphNode[]; stated: EdgeRow[] }> {
  const floor = shared.length > query.limit ? shared[shared.length - 1]!.weight : query.minWeight;
  const candidates = await read<EdgeRow>('graph-relation-edge-candidates', { ...filters, floor });
  const ids = new Set([...shared, ...candidates].flatMap((edge) => [edge.source, edge.target]).concat(asked));
  const active = await read<GraphNode>('graph-actors-among-by-month', { ...filters, ids: [...ids] });
  const activeIds = new Set(active.map((actor) => actor.id));
  const stated = candidates.filter((edge) => activeIds.has(edge.source) && activeIds.has(edge.target)).slice(0, query.limit + 1);
  return { active, stated };
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
