/**
 * The nodes and relationships anywhere in a console result (in cells, lists, maps or paths),
 * deduplicated, in the form the client draws: relationships point at their nodes' ids.
 */
import type { CypherResponse, DrawableNode, DrawableRelationship } from '../../contract/api.js';
import type { PlainJson } from '../../graph/to-plain-json.js';

type PlainObject = { [key: string]: PlainJson };

/** Walks every value of every row; a relationship whose ends are not in the result still names them. */
export function collectDrawableGraph(rows: Record<string, PlainJson>[]): CypherResponse['graph'] {
  const nodes = new Map<string, DrawableNode>();
  const relationships = new Map<string, DrawableRelationship>();
  const visit = (value: PlainJson): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    const node = asNode(value);
    const relationship = node ? null : asRelationship(value);
    if (node) nodes.set(node.id, node);
    else if (relationship) relationships.set(relationship.id, relationship);
    else Object.values(value).forEach(visit);
  };
  rows.forEach((row) => Object.values(row).forEach(visit));
  return { nodes: [...nodes.values()], relationships: [...relationships.values()] };
}

function asNode(value: PlainObject): DrawableNode | null {
  const { elementId, labels, ...properties } = value;
  if (typeof elementId !== 'string' || !Array.isArray(labels)) return null;
  return { id: elementId, labels: labels.map(String), properties };
}

function asRelationship(value: PlainObject): DrawableRelationship | null {
  const { elementId, type, startElementId, endElementId, ...properties } = value;
  if (typeof elementId !== 'string' || typeof type !== 'string') return null;
  if (typeof startElementId !== 'string' || typeof endElementId !== 'string') return null;
  return { id: elementId, type, source: startElementId, target: endElementId, properties };
}
