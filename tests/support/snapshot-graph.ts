/** The whole graph (but the migration records) as sorted JSON lines, keys sorted: equal snapshots, equal graphs. */
import { toPlainJson, type PlainJson } from '../../server/graph/to-plain-json.js';
import { queryRows, type TestGraph } from './open-test-graph.js';

export async function snapshotGraph(graph: TestGraph): Promise<string[]> {
  const nodes = await queryRows(graph, 'MATCH (n) WHERE NOT n:Migration RETURN labels(n) AS labels, properties(n) AS properties');
  const relationships = await queryRows(
    graph,
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(r) AS properties, coalesce(a.id, a.name) AS from, coalesce(b.id, b.name) AS to',
  );
  return [...nodes, ...relationships].map((row) => JSON.stringify(sortKeys(toPlainJson(row)))).sort();
}

// Neo4j returns a node's properties in no guaranteed order; the snapshot compares values only.
function sortKeys(value: PlainJson): PlainJson {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys(value[key]!)]));
}
