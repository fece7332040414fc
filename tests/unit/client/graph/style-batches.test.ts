import { describe, expect, it } from 'vitest';
import { shapeActorGraph } from '../../../../client/src/graph/shape-graph.js';
import { batchLinks, batchNodes, linkStyle } from '../../../../client/src/graph/style-batches.js';
import { generateGraph } from '../../../../scripts/bench/graph-frame.js';

const bench = shapeActorGraph([generateGraph(2_000, 10_000)]);

describe('batchLinks', () => {
  it('puts every link in exactly one batch, of links that look alike', () => {
    const batches = batchLinks(bench.links);
    expect(batches.reduce((sum, batch) => sum + batch.links.length, 0)).toBe(bench.links.length);
    for (const batch of batches) for (const link of batch.links) expect(linkStyle(link)).toEqual(batch.style);
  });

  it('paints 10,000 links in a few dozen paths, not one per link', () => {
    expect(batchLinks(bench.links).length).toBeLessThan(60);
  });
});

describe('linkStyle', () => {
  it('makes heavier shared-event links wider and more opaque', () => {
    const link = { id: 'a|b', source: 'a', target: 'b', kind: 'event' as const, type: 'talks', weight: 1 };
    const light = linkStyle(link);
    const heavy = linkStyle({ ...link, weight: 6 });
    expect(heavy.width).toBeGreaterThan(light.width);
    expect(heavy.alpha).toBeGreaterThan(light.alpha);
  });

});

describe('batchNodes', () => {
  it('groups nodes by the colour of their kind, one batch per kind', () => {
    const batches = batchNodes(bench.nodes);
    expect(batches.reduce((sum, batch) => sum + batch.nodes.length, 0)).toBe(bench.nodes.length);
    expect(new Set(batches.map((batch) => batch.colour)).size).toBe(batches.length);
    expect(batches.length).toBe(new Set(bench.nodes.map((node) => node.kind)).size);
  });
});
