/**
 * The window's actor graph as GraphML (http://graphml.graphdrawing.org/specification.html), as Gephi
 * and yEd read it: actors with their name (`label`), kind and activity; co-participation edges
 * undirected and stated relations directed, each with its kind, type (also its `label`) and `weight`.
 */
import { create } from 'xmlbuilder2';
import type { GraphResponse } from '../contract/api.js';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

// GraphML declares every attribute once, for nodes or edges; Gephi maps `label` and `weight` to its own.
const KEYS = [
  { id: 'label', for: 'node', name: 'label', type: 'string' },
  { id: 'kind', for: 'node', name: 'kind', type: 'string' },
  { id: 'activity', for: 'node', name: 'activity', type: 'int' },
  { id: 'edge_label', for: 'edge', name: 'label', type: 'string' },
  { id: 'edge_kind', for: 'edge', name: 'kind', type: 'string' },
  { id: 'type', for: 'edge', name: 'type', type: 'string' },
  { id: 'weight', for: 'edge', name: 'weight', type: 'double' },
] as const;

/** The graph as a GraphML document. */
export function writeGraphml(graph: GraphResponse): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(GRAPHML_NS, 'graphml', {
    'xmlns:xsi': XSI_NS,
    'xsi:schemaLocation': `${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd`,
  });
  for (const key of KEYS) root.ele('key', { id: key.id, for: key.for, 'attr.name': key.name, 'attr.type': key.type });
  const body = root.ele('graph', { id: 'actors', edgedefault: 'undirected' });
  for (const node of graph.nodes) {
    const element = body.ele('node', { id: node.id });
    addData(element, { label: node.name, kind: node.kind, activity: node.activity });
  }
  graph.edges.forEach((edge, i) => {
    const directed = edge.kind === 'relation' ? { directed: 'true' } : {};
    const element = body.ele('edge', { id: `e${i}`, source: edge.source, target: edge.target, ...directed });
    addData(element, { edge_label: edge.type, edge_kind: edge.kind, type: edge.type, weight: edge.weight });
  });
  return root.end({ prettyPrint: true });
}

function addData(element: ReturnType<typeof create>, values: Record<string, string | number>): void {
  for (const [key, value] of Object.entries(values)) element.ele('data', { key }).txt(String(value));
}
