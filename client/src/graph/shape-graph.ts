/**
 * Turns API answers (the window's actor graph, expanded neighbourhoods, or a Cypher result) into
 * the nodes and links the force layout moves, keeping the positions of nodes already on screen.
 */
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import { scaleSqrt } from 'd3-scale';
import type { GraphResponse } from '../../../server/contract/api.js';
import type { CypherGraph } from '../store.js';

export interface GraphNodeDatum extends SimulationNodeDatum {
  id: string;
  name: string;
  /** An actor kind, or the label of a non-actor node from the console. */
  kind: string;
  activity: number;
  radius: number;
}

export interface GraphLinkDatum extends SimulationLinkDatum<GraphNodeDatum> {
  id: string;
  source: string | GraphNodeDatum;
  target: string | GraphNodeDatum;
  kind: 'event' | 'relation';
  type: string;
  weight: number;
}

export interface ShapedGraph {
  nodes: GraphNodeDatum[];
  links: GraphLinkDatum[];
}

export type Positions = ReadonlyMap<string, { x: number; y: number }>;

const MIN_RADIUS = 4;
const MAX_RADIUS = 22;

/** Merges graph answers (the window first, then expansions) into one deduplicated graph. */
export function shapeActorGraph(answers: readonly GraphResponse[], positions: Positions = new Map()): ShapedGraph {
  const nodes = new Map<string, Omit<GraphNodeDatum, 'radius'>>();
  const links = new Map<string, GraphLinkDatum>();
  for (const answer of answers) {
    // The first answer naming an actor sizes it: the window's count, not an expansion's all-time one.
    for (const node of answer.nodes) if (!nodes.has(node.id)) nodes.set(node.id, { ...node, ...positions.get(node.id) });
    for (const edge of answer.edges) {
      const id = `${edge.source}|${edge.target}|${edge.kind}|${edge.type}`;
      if (!links.has(id)) links.set(id, { id, ...edge });
    }
  }
  return withRadii([...nodes.values()], [...links.values()]);
}

/** Shapes the nodes and relationships a Cypher query returned; activity is the degree in the result. */
export function shapeCypherGraph(graph: CypherGraph, positions: Positions = new Map()): ShapedGraph {
  const degree = new Map<string, number>();
  for (const rel of graph.relationships) {
    degree.set(rel.source, (degree.get(rel.source) ?? 0) + 1);
    degree.set(rel.target, (degree.get(rel.target) ?? 0) + 1);
  }
  const nodes = graph.nodes.map((node) => ({
    id: node.id,
    name: nameOf(node.properties, node.labels),
    kind: kindOf(node.properties, node.labels),
    activity: degree.get(node.id) ?? 0,
    ...positions.get(node.id),
  }));
  const links = graph.relationships.map((rel): GraphLinkDatum => {
    const kind = rel.type === 'PARTICIPATED_IN' || rel.type === 'REPORTED_IN' ? 'event' : 'relation';
    return { id: rel.id, source: rel.source, target: rel.target, kind, type: rel.type, weight: 1 };
  });
  return withRadii(nodes, links);
}

/** Actors by their kind, events by their type (coloured as on the timeline), other nodes by their label. */
function kindOf(properties: Record<string, unknown>, labels: readonly string[]): string {
  const own = labels.includes('Actor') ? (properties.kind ?? 'other') : labels.includes('Event') ? properties.type : undefined;
  return typeof own === 'string' ? own : (labels[0] ?? 'node');
}

function nameOf(properties: Record<string, unknown>, labels: readonly string[]): string {
  const candidate = properties.name ?? properties.title ?? properties.summary ?? properties.id;
  return typeof candidate === 'string' ? candidate : (labels[0] ?? 'node');
}

/** Sizes nodes by activity (area proportional) and drops links whose ends are not in the graph. */
function withRadii(nodes: Omit<GraphNodeDatum, 'radius'>[], links: GraphLinkDatum[]): ShapedGraph {
  const maxActivity = nodes.reduce((max, node) => Math.max(max, node.activity), 1);
  const radius = scaleSqrt().domain([0, maxActivity]).range([MIN_RADIUS, MAX_RADIUS]);
  const ids = new Set(nodes.map((node) => node.id));
  return {
    nodes: nodes.map((node) => ({ ...node, radius: radius(node.activity) })),
    links: links.filter((link) => ids.has(endId(link.source)) && ids.has(endId(link.target))),
  };
}

/** The id of a link end, before or after the simulation replaced ids by node objects. */
export function endId(end: string | GraphNodeDatum): string {
  return typeof end === 'string' ? end : end.id;
}
