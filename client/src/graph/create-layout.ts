/**
 * The force layout of the actor graph. Tuned by size: past a few hundred nodes the collision force
 * is dropped and Barnes–Hut is coarser, which is what keeps 2,000 nodes / 10,000 links interactive.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
} from 'd3-force';
import type { GraphLinkDatum, GraphNodeDatum, ShapedGraph } from './shape-graph.js';

const LARGE_GRAPH = 600;
/** New small graphs are laid out before their first frame, so they appear settled, not exploding. */
const SETTLE_FIRST_BELOW = 400;
const SETTLE_TICKS = 200;

export type Layout = Simulation<GraphNodeDatum, GraphLinkDatum>;

/** Creates a stopped simulation; `setGraph` gives it nodes and reheats it. */
export function createLayout(onTick: () => void): { layout: Layout; setGraph(graph: ShapedGraph): void } {
  const layout: Layout = forceSimulation<GraphNodeDatum, GraphLinkDatum>().stop().on('tick', onTick);
  return {
    layout,
    setGraph(graph) {
      const large = graph.nodes.length > LARGE_GRAPH;
      const fresh = graph.nodes.filter((node) => node.x === undefined).length;
      layout
        .nodes(graph.nodes)
        .force(
          'link',
          forceLink<GraphNodeDatum, GraphLinkDatum>(graph.links)
            .id((node) => node.id)
            .distance((link) => 24 + (link.source as GraphNodeDatum).radius + (link.target as GraphNodeDatum).radius),
        )
        .force('charge', forceManyBody<GraphNodeDatum>().strength(large ? -35 : -120).theta(large ? 1.1 : 0.9).distanceMax(600))
        .force('x', forceX<GraphNodeDatum>(0).strength(0.05))
        .force('y', forceY<GraphNodeDatum>(0).strength(0.05))
        .force('collide', large ? null : forceCollide<GraphNodeDatum>((node) => node.radius + 3))
        .alphaDecay(large ? 0.04 : 0.025)
        .alpha(fresh > graph.nodes.length / 3 ? 1 : 0.4);
      if (fresh > graph.nodes.length / 3 && graph.nodes.length < SETTLE_FIRST_BELOW) layout.tick(SETTLE_TICKS);
      layout.restart();
    },
  };
}
