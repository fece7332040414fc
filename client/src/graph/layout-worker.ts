/**
 * The force layout, off the main thread: a tick of 2,000 nodes / 10,000 links costs tens of
 * milliseconds, which on the main thread would stall every frame of a drag. Tuned by size: past a
 * few hundred nodes the collision force is dropped, Barnes–Hut is coarser and a drag does not
 * reheat the layout.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type { LayoutNodeInit, LayoutRequest, LayoutTick } from './layout-messages.js';

interface Node extends SimulationNodeDatum {
  radius: number;
}
type Link = SimulationLinkDatum<Node>;

const LARGE_GRAPH = 600;
/** New small graphs are laid out before their first frame, so they appear settled, not exploding. */
const SETTLE_FIRST_BELOW = 400;
const SETTLE_TICKS = 200;
const CENTRE_PULL = 0.05;
/** The most the layout's width-to-height ratio follows the canvas's. */
const MAX_STRETCH = 3;

const scope = self as unknown as {
  postMessage(message: LayoutTick, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
};

let nodes: Node[] = [];
const simulation = forceSimulation<Node, Link>().stop().on('tick', postPositions);

function postPositions() {
  const positions = new Float32Array(nodes.length * 2);
  nodes.forEach((node, i) => {
    positions[2 * i] = node.x ?? 0;
    positions[2 * i + 1] = node.y ?? 0;
  });
  scope.postMessage({ type: 'tick', positions, alpha: simulation.alpha() }, [positions.buffer]);
}

function setGraph(inits: LayoutNodeInit[], links: Link[], aspect: number) {
  nodes = inits.map((init) => ({ ...init }));
  const large = nodes.length > LARGE_GRAPH;
  const stretch = Math.min(MAX_STRETCH, Math.max(1 / MAX_STRETCH, aspect));
  const fresh = inits.filter((init) => init.x === undefined).length > nodes.length / 3;
  simulation
    .nodes(nodes)
    .force('link', forceLink<Node, Link>(links).distance((l) => 24 + (l.source as Node).radius + (l.target as Node).radius))
    .force('charge', forceManyBody<Node>().strength(large ? -35 : -120).theta(large ? 1.2 : 0.9).distanceMax(600))
    // The pull to the centre, weaker along the canvas's longer side, spreads the drawing to the
    // canvas's shape instead of a disc: a span goes roughly as one over the pull's square root.
    .force('x', forceX<Node>(0).strength(CENTRE_PULL / stretch))
    .force('y', forceY<Node>(0).strength(CENTRE_PULL * stretch))
    .force('collide', large ? null : forceCollide<Node>((node) => node.radius + 3))
    .alphaDecay(large ? 0.04 : 0.025)
    .alpha(fresh ? 1 : 0.4);
  if (fresh && nodes.length < SETTLE_FIRST_BELOW) simulation.tick(SETTLE_TICKS);
  postPositions();
  simulation.restart();
}

scope.onmessage = ({ data }) => {
  if (data.type === 'graph') return setGraph(data.nodes, data.links, data.aspect);
  const node = nodes[data.index];
  if (!node) return;
  if (data.type === 'drag') {
    node.fx = data.x;
    node.fy = data.y;
    // In a large graph the dragged node moves alone: reheating the layout would spend a tick of
    // thousands of nodes on every frame of the drag, and the neighbours' pull is lost among them.
    if (nodes.length <= LARGE_GRAPH) simulation.alphaTarget(0.3).restart();
  } else if (data.type === 'release') {
    simulation.alphaTarget(0);
  } else {
    node.fx = null;
    node.fy = null;
    simulation.alpha(Math.max(simulation.alpha(), 0.3)).restart();
  }
};
