/**
 * How links and nodes look, grouped by look so that each group is painted as one canvas path.
 * The groups depend only on the graph, so they are built once per graph, not once per frame.
 */
import { colourOfEventType, colourOfKind, colourOfRelation } from '../palette.js';
import type { GraphLinkDatum, GraphNodeDatum } from './shape-graph.js';

export interface LinkStyle {
  colour: string;
  /** Stroke width in screen pixels at zoom 1; it grows with the square root of the zoom. */
  width: number;
  alpha: number;
}

export interface LinkBatch {
  style: LinkStyle;
  links: GraphLinkDatum[];
}

export interface NodeBatch {
  colour: string;
  nodes: GraphNodeDatum[];
}

/** The look of a link: stated relations stand out; shared events show their weight by width and, in hairlines, by opacity. */
export function linkStyle(link: GraphLinkDatum): LinkStyle {
  const bucket = link.weight <= 1 ? 0 : link.weight <= 3 ? 1 : 2;
  if (link.kind === 'relation') return { colour: colourOfRelation(link.type), width: 1.6 + bucket, alpha: 0.9 };
  return { colour: colourOfEventType(link.type), width: 0.6 + bucket * 0.8, alpha: 0.3 + bucket * 0.2 };
}

/** Links grouped by style, in first-seen order. */
export function batchLinks(links: readonly GraphLinkDatum[]): LinkBatch[] {
  const batches = new Map<string, LinkBatch>();
  for (const link of links) {
    const style = linkStyle(link);
    const key = `${style.colour}|${style.width}|${style.alpha}`;
    const batch = batches.get(key);
    if (batch) batch.links.push(link);
    else batches.set(key, { style, links: [link] });
  }
  return [...batches.values()];
}

/** Nodes grouped by the colour of their kind, in first-seen order. */
export function batchNodes(nodes: readonly GraphNodeDatum[]): NodeBatch[] {
  const batches = new Map<string, NodeBatch>();
  for (const node of nodes) {
    const colour = colourOfKind(node.kind);
    const batch = batches.get(colour);
    if (batch) batch.nodes.push(node);
    else batches.set(colour, { colour, nodes: [node] });
  }
  return [...batches.values()];
}
