import { describe, expect, it } from 'vitest';
import type { GraphResponse } from '../../../../server/contract/api.js';
import { shapeActorGraph, shapeCypherGraph } from '../../../../client/src/graph/shape-graph.js';

const windowGraph: GraphResponse = {
  nodes: [
    { id: 'russia', name: 'Russia', kind: 'state', activity: 12 },
    { id: 'usa', name: 'United States', kind: 'state', activity: 3 },
    { id: 'un', name: 'United Nations', kind: 'organization', activity: 0 },
  ],
  edges: [
    { source: 'russia', target: 'usa', kind: 'event', type: 'talks', weight: 4 },
    { source: 'russia', target: 'usa', kind: 'relation', type: 'OPPOSES', weight: 1 },
    { source: 'russia', target: 'ghost', kind: 'event', type: 'talks', weight: 1 },
  ],
  capped: false,
};

describe('shapeActorGraph', () => {
  it('sizes nodes by activity, the most active largest', () => {
    const { nodes } = shapeActorGraph([windowGraph]);
    const radius = Object.fromEntries(nodes.map((node) => [node.id, node.radius]));
    expect(radius.russia).toBeGreaterThan(radius.usa!);
    expect(radius.usa).toBeGreaterThan(radius.un!);
  });

  it('keeps event and relation edges between the same pair apart and drops edges to absent actors', () => {
    const { links } = shapeActorGraph([windowGraph]);
    expect(links.map((link) => `${link.kind}:${link.type}`)).toEqual(['event:talks', 'relation:OPPOSES']);
  });

  it('merges an expanded neighbourhood without duplicating nodes or edges', () => {
    const expansion: GraphResponse = {
      nodes: [{ id: 'usa', name: 'United States', kind: 'state', activity: 3 }, { id: 'uk', name: 'United Kingdom', kind: 'state', activity: 1 }],
      edges: [
        { source: 'russia', target: 'usa', kind: 'event', type: 'talks', weight: 4 },
        { source: 'usa', target: 'uk', kind: 'relation', type: 'BACKS', weight: 2 },
      ],
      capped: false,
    };
    const { nodes, links } = shapeActorGraph([windowGraph, expansion]);
    expect(nodes.map((node) => node.id).sort()).toEqual(['russia', 'uk', 'un', 'usa']);
    expect(links).toHaveLength(3);
  });

  it("sizes an actor by its activity in the window, not by an expansion's count over every date", () => {
    const expansion: GraphResponse = { nodes: [{ id: 'usa', name: 'United States', kind: 'state', activity: 40 }], edges: [], capped: false };
    const { nodes } = shapeActorGraph([windowGraph, expansion]);
    expect(nodes.find((node) => node.id === 'usa')?.activity).toBe(3);
  });

  it('keeps the positions of nodes already drawn', () => {
    const { nodes } = shapeActorGraph([windowGraph], new Map([['usa', { x: 10, y: -5 }]]));
    expect(nodes.find((node) => node.id === 'usa')).toMatchObject({ x: 10, y: -5 });
    expect(nodes.find((node) => node.id === 'russia')?.x).toBeUndefined();
  });
});

describe('shapeCypherGraph', () => {
  it('draws actors by kind, events by type and other nodes by label, named by their best property', () => {
    const { nodes, links } = shapeCypherGraph({
      nodes: [
        { id: '4:a', labels: ['Actor'], properties: { id: 'russia', name: 'Russia', kind: 'state' } },
        { id: '4:e', labels: ['Event'], properties: { summary: 'Munich meeting', type: 'meeting' } },
        { id: '4:p', labels: ['Place'], properties: { name: 'Munich' } },
      ],
      relationships: [{ id: '5:r', type: 'PARTICIPATED_IN', source: '4:a', target: '4:e', properties: { role: 'participant' } }],
    });
    expect(nodes.map((node) => [node.name, node.kind, node.activity])).toEqual([
      ['Russia', 'state', 1],
      ['Munich meeting', 'meeting', 1],
      ['Munich', 'Place', 0],
    ]);
    expect(links[0]).toMatchObject({ kind: 'event', type: 'PARTICIPATED_IN' });
  });
});
