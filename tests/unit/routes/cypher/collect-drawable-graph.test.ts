import { describe, expect, it } from 'vitest';
import { collectDrawableGraph } from '../../../../server/routes/cypher/collect-drawable-graph.js';

const russia = { elementId: 'n1', labels: ['Actor'], id: 'russia', name: 'Russia' };
const syria = { elementId: 'n2', labels: ['Actor'], id: 'syrian_government', name: 'Syrian government' };
const backs = { elementId: 'r1', type: 'BACKS', startElementId: 'n1', endElementId: 'n2', evidence: ['…'] };

describe('collectDrawableGraph', () => {
  it('finds nodes and relationships in cells, lists and maps, once each', () => {
    const graph = collectDrawableGraph([{ a: russia, rels: [backs], m: { b: syria } }, { a: russia, rels: [backs], m: { b: syria } }]);
    expect(graph.nodes.map((n) => n.id)).toEqual(['n1', 'n2']);
    expect(graph.relationships).toEqual([{ id: 'r1', type: 'BACKS', source: 'n1', target: 'n2', properties: { evidence: ['…'] } }]);
  });

  it('walks paths into their nodes and relationships', () => {
    const path = { start: russia, end: syria, segments: [{ start: russia, relationship: backs, end: syria }] };
    const graph = collectDrawableGraph([{ p: path }]);
    expect(graph.nodes).toHaveLength(2);
    expect(graph.relationships).toHaveLength(1);
  });

  it('keeps the properties apart from the identifying keys', () => {
    const [node] = collectDrawableGraph([{ a: russia }]).nodes;
    expect(node).toEqual({ id: 'n1', labels: ['Actor'], properties: { id: 'russia', name: 'Russia' } });
  });

  it('draws nothing for scalar results', () => {
    expect(collectDrawableGraph([{ n: 1, s: 'text', l: [1, 2], m: { k: null } }])).toEqual({ nodes: [], relationships: [] });
  });
});
