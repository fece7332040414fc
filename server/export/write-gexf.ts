/**
 * The window's actor graph as GEXF 1.3 (https://gexf.net/schema.html), Gephi's own format: actors with
 * their name as label and their kind and activity as attributes; co-participation edges undirected and
 * stated relations directed, each with its type as label and `kind` (so parallel edges of two types stay
 * apart), its weight, and its edge kind and type as attributes.
 */
import { create } from 'xmlbuilder2';
import type { GraphResponse } from '../contract/api.js';

const GEXF_NS = 'http://gexf.net/1.3';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

/** The graph as a GEXF document. */
export function writeGexf(graph: GraphResponse): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(GEXF_NS, 'gexf', {
    'xmlns:xsi': XSI_NS,
    'xsi:schemaLocation': `${GEXF_NS} ${GEXF_NS}/gexf.xsd`,
    version: '1.3',
  });
  root.ele('meta').ele('creator').txt('Diplomatic graph explorer').up().ele('description').txt('Actors of a time window, linked by shared events and stated relations');
  const body = root.ele('graph', { mode: 'static', defaultedgetype: 'undirected' });
  declareAttributes(body, 'node', [['kind', 'string'], ['activity', 'integer']]);
  declareAttributes(body, 'edge', [['edge_kind', 'string'], ['type', 'string']]);
  const nodes = body.ele('nodes', { count: graph.nodes.length });
  for (const node of graph.nodes) {
    addValues(nodes.ele('node', { id: node.id, label: node.name }), { kind: node.kind, activity: node.activity });
  }
  const edges = body.ele('edges', { count: graph.edges.length });
  graph.edges.forEach((edge, i) => {
    const type = edge.kind === 'relation' ? 'directed' : 'undirected';
    const element = edges.ele('edge', { id: i, source: edge.source, target: edge.target, type, kind: edge.type, label: edge.type, weight: edge.weight });
    addValues(element, { edge_kind: edge.kind, type: edge.type });
  });
  return root.end({ prettyPrint: true });
}

type Element = ReturnType<typeof create>;

function declareAttributes(graph: Element, owner: 'node' | 'edge', attributes: [string, string][]): void {
  const list = graph.ele('attributes', { class: owner });
  for (const [id, type] of attributes) list.ele('attribute', { id, title: id.replace('edge_', ''), type });
}

function addValues(element: Element, values: Record<string, string | number>): void {
  const list = element.ele('attvalues');
  for (const [key, value] of Object.entries(values)) list.ele('attvalue', { for: key, value: String(value) });
}
