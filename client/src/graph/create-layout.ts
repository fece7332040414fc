/**
 * The main-thread side of the layout: sends the graph to the layout worker, copies the positions
 * it reports back into the drawn nodes, and holds a dragged or pinned node where the reader put it.
 */
import type { LayoutRequest, LayoutTick } from './layout-messages.js';
import { endId, type GraphLinkDatum, type GraphNodeDatum, type ShapedGraph } from './shape-graph.js';

export interface Layout {
  /** Replaces the graph; link ends become node objects, as the drawing expects. */
  /** `aspect`: the canvas's width over its height. Nodes with `fx`/`fy` set stay pinned. */
  setGraph(graph: ShapedGraph, aspect: number): void;
  drag(node: GraphNodeDatum, x: number, y: number): void;
  /** Ends a drag; the node stays pinned where it was dropped. */
  release(node: GraphNodeDatum): void;
  unpin(node: GraphNodeDatum): void;
  /** How far the layout is from rest, as the worker last reported; d3 stops below 0.001. */
  alpha(): number;
  destroy(): void;
}

/** Starts the worker; `onTick` runs after each batch of new positions. */
export function createLayout(onTick: () => void): Layout {
  const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  let nodes: GraphNodeDatum[] = [];
  let alpha = 0;
  const send = (request: LayoutRequest) => worker.postMessage(request);

  worker.onmessage = ({ data }: MessageEvent<LayoutTick>) => {
    if (data.positions.length !== nodes.length * 2) return; // a tick of the previous graph
    nodes.forEach((node, i) => {
      node.x = node.fx ?? data.positions[2 * i];
      node.y = node.fy ?? data.positions[2 * i + 1];
    });
    alpha = data.alpha;
    onTick();
  };

  return {
    setGraph(graph, aspect) {
      nodes = graph.nodes;
      // Moving until the worker reports otherwise: its first positions may take a while to come.
      alpha = 1;
      const index = new Map(nodes.map((node, i) => [node.id, i]));
      for (const link of graph.links) resolveEnds(link, nodes, index);
      send({
        type: 'graph',
        nodes: nodes.map((node) => ({ x: node.x, y: node.y, radius: node.radius, fx: node.fx, fy: node.fy })),
        links: graph.links.map((link) => ({ source: index.get(endId(link.source))!, target: index.get(endId(link.target))! })),
        aspect,
      });
    },
    drag(node, x, y) {
      node.fx = node.x = x;
      node.fy = node.y = y;
      send({ type: 'drag', index: nodes.indexOf(node), x, y });
    },
    release(node) {
      send({ type: 'release', index: nodes.indexOf(node) });
    },
    unpin(node) {
      node.fx = null;
      node.fy = null;
      send({ type: 'unpin', index: nodes.indexOf(node) });
    },
    alpha: () => alpha,
    destroy: () => worker.terminate(),
  };
}

function resolveEnds(link: GraphLinkDatum, nodes: GraphNodeDatum[], index: Map<string, number>) {
  link.source = nodes[index.get(endId(link.source))!]!;
  link.target = nodes[index.get(endId(link.target))!]!;
}
