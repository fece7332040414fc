/**
 * The interactive canvas of the actor graph: force layout, zoom/pan and zoom-to-fit, node drag
 * (which pins the node), hover tooltip, click, double-click and context menu. It knows nothing of the store; the graph view wires it.
 */
import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { createLayout } from './create-layout.js';
import { describeLinks, drawGraph, type DrawState } from './draw-graph.js';
import { endId, type GraphLinkDatum, type GraphNodeDatum, type Positions, type ShapedGraph } from './shape-graph.js';

export interface GraphCanvasEvents {
  onSelect(id: string | null): void;
  onExpand(id: string): void;
  /** A node's menu was asked for (right click), at these coordinates relative to the canvas's host. */
  onMenu(id: string, x: number, y: number): void;
  /** The hover tooltip's text for a node: what its size counts depends on where the graph came from. */
  describe(node: GraphNodeDatum): string;
}

export interface GraphCanvas {
  setGraph(graph: ShapedGraph): void;
  setSelected(id: string | null): void;
  /** Zooms so that every node is in view, and keeps following the layout until the reader zooms or pans. */
  fit(): void;
  /** Pinned nodes stay where they are, through layouts and reloads, until unpinned. */
  isPinned(id: string): boolean;
  pin(id: string): void;
  unpin(id: string): void;
  /** Brings out an event's participants and the links among them (null: back to the selected actor's neighbourhood). */
  setHighlighted(ids: readonly string[] | null): void;
  positions(): Positions;
  /** Whether the layout has come to rest, for tests that click nodes. */
  atRest(): boolean;
  /** Screen positions (relative to the canvas) of the drawn nodes, for tests and benchmarks. */
  nodesOnScreen(): { id: string; name: string; kind: string; x: number; y: number; radius: number; labelled: boolean; pinned: boolean }[];
  /** How the links are drawn (ends, weight, screen width, emphasised or faded), for tests. */
  linksOnScreen(): { source: string; target: string; kind: GraphLinkDatum['kind']; weight: number; width: number; emphasised: boolean }[];
  /** The drawing's size in CSS pixels. */
  size(): { width: number; height: number };
  /** Paints the current view (no hover) into another context, e.g. for a PNG at `pixelRatio` or an SVG at 1. */
  paintInto(target: CanvasRenderingContext2D, pixelRatio: number): void;
  destroy(): void;
}

/** d3-force's default alphaMin: the simulation stops below it. */
const LAYOUT_ALPHA_MIN = 0.001;

/** Mounts a canvas filling `host`. */
export function createGraphCanvas(host: HTMLElement, events: GraphCanvasEvents): GraphCanvas {
  const canvas = document.createElement('canvas');
  canvas.dataset.testid = 'graph-canvas';
  const tooltip = document.createElement('div');
  tooltip.className = 'graph-tooltip';
  tooltip.dataset.testid = 'graph-tooltip';
  tooltip.hidden = true;
  host.append(canvas, tooltip);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('createGraphCanvas: this browser cannot draw on a canvas');

  let graph: ShapedGraph = { nodes: [], links: [] };
  let transform: ZoomTransform = zoomIdentity;
  let selected: string | null = null;
  let hovered: string | null = null;
  let focus: Set<string> | null = null;
  let highlighted: ReadonlySet<string> | null = null;
  let size = { width: 0, height: 0 };
  /** The view follows the layout until the reader zooms or pans. */
  let autoFit = true;
  let frame = 0;
  let labelled = new Set<string>();
  /** Where the reader pinned nodes, by id, so that a reloaded graph keeps them there. */
  const pinned = new Map<string, { x: number; y: number }>();
  const syncPinned = () => (host.dataset.pinned = [...pinned.keys()].join(','));
  const pinNode = (node: GraphNodeDatum) => {
    pinned.set(node.id, { x: node.x ?? 0, y: node.y ?? 0 });
    node.fx = node.x;
    node.fy = node.y;
    syncPinned();
  };

  const drawState = (pixelRatio: number, hover: string | null): DrawState =>
    ({ transform, ...size, pixelRatio, selected, hovered: hover, focus, eventFocus: highlighted !== null, pinned });
  const draw = () => {
    frame = 0;
    labelled = drawGraph(ctx, graph, drawState(devicePixelRatio, hovered));
  };
  const requestDraw = () => {
    if (frame === 0) frame = requestAnimationFrame(draw);
  };
  const layout = createLayout(() => {
    if (autoFit) fitToContent();
    requestDraw();
  });

  const zoomBehaviour = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([0.05, 8])
    .on('zoom', (event: { transform: ZoomTransform; sourceEvent: unknown }) => {
      transform = event.transform;
      if (event.sourceEvent) autoFit = false;
      requestDraw();
    });

  const nodeAt = (clientX: number, clientY: number): GraphNodeDatum | undefined => {
    const rect = canvas.getBoundingClientRect();
    const [x, y] = transform.invert([clientX - rect.left, clientY - rect.top]);
    const slack = 3 / transform.k;
    for (let i = graph.nodes.length - 1; i >= 0; i--) {
      const node = graph.nodes[i]!;
      if (Math.hypot((node.x ?? 0) - x, (node.y ?? 0) - y) <= node.radius + slack) return node;
    }
    return undefined;
  };

  const dragBehaviour = drag<HTMLCanvasElement, unknown, GraphNodeDatum | undefined>()
    .subject((event: { sourceEvent: MouseEvent }) => nodeAt(event.sourceEvent.clientX, event.sourceEvent.clientY))
    .on('drag', (event: { subject: GraphNodeDatum; dx: number; dy: number }) => {
      const node = event.subject;
      autoFit = false;
      layout.drag(node, (node.x ?? 0) + event.dx / transform.k, (node.y ?? 0) + event.dy / transform.k);
      requestDraw();
    })
    .on('end', (event: { subject: GraphNodeDatum }) => {
      const dropped = event.subject;
      // A click is a drag without movement: only a node that moved gets pinned.
      if (dropped.fx === undefined || dropped.fx === null) return;
      // A graph reloaded mid-drag holds new node objects: the drop pins that graph's node of the same id.
      const node = graph.nodes.find((n) => n.id === dropped.id) ?? dropped;
      if (node !== dropped) layout.drag(node, dropped.x ?? 0, dropped.y ?? 0);
      pinNode(node);
      layout.release(node);
      requestDraw();
    });

  select(canvas).call(dragBehaviour).call(zoomBehaviour).on('dblclick.zoom', null);

  canvas.addEventListener('click', (event) => events.onSelect(nodeAt(event.clientX, event.clientY)?.id ?? null));
  canvas.addEventListener('dblclick', (event) => {
    const node = nodeAt(event.clientX, event.clientY);
    if (node) events.onExpand(node.id);
  });
  canvas.addEventListener('contextmenu', (event) => {
    const node = nodeAt(event.clientX, event.clientY);
    if (!node) return;
    event.preventDefault();
    const rect = host.getBoundingClientRect();
    events.onMenu(node.id, event.clientX - rect.left, event.clientY - rect.top);
  });
  // The keyboard's way to the same menu: the context-menu key or Shift+F10 on the selected node.
  canvas.tabIndex = 0;
  canvas.setAttribute('aria-label', 'Actor graph; the menu key opens the selected actor’s menu');
  canvas.addEventListener('keydown', (event) => {
    if (event.key !== 'ContextMenu' && !(event.shiftKey && event.key === 'F10')) return;
    const node = graph.nodes.find((n) => n.id === selected);
    if (!node) return;
    event.preventDefault();
    const [x, y] = transform.apply([node.x ?? 0, node.y ?? 0]);
    events.onMenu(node.id, x, y);
  });
  canvas.addEventListener('pointermove', (event) => showHover(nodeAt(event.clientX, event.clientY), event));
  canvas.addEventListener('pointerleave', () => showHover(undefined));

  function showHover(node: GraphNodeDatum | undefined, event?: PointerEvent) {
    const id = node?.id ?? null;
    canvas.style.cursor = node ? 'pointer' : 'grab';
    tooltip.hidden = !node;
    if (node && event) {
      const rect = host.getBoundingClientRect();
      tooltip.textContent = events.describe(node);
      tooltip.style.transform = `translate(${event.clientX - rect.left + 14}px, ${event.clientY - rect.top + 14}px)`;
    }
    if (id !== hovered) {
      hovered = id;
      requestDraw();
    }
  }

  function fitToContent() {
    const xs = graph.nodes.map((n) => n.x ?? 0);
    const ys = graph.nodes.map((n) => n.y ?? 0);
    if (xs.length === 0 || size.width === 0) return;
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const k = Math.min(2, 0.9 / Math.max((maxX - minX + 60) / size.width, (maxY - minY + 60) / size.height));
    const next = zoomIdentity.translate(size.width / 2, size.height / 2).scale(k).translate(-(minX + maxX) / 2, -(minY + maxY) / 2);
    select(canvas).call(zoomBehaviour.transform, next);
  }

  function refocus() {
    if (highlighted !== null) return (focus = new Set(highlighted));
    if (selected === null) return (focus = null);
    focus = new Set([selected]);
    for (const link of graph.links) {
      const [s, t] = [endId(link.source), endId(link.target)];
      if (s === selected) focus.add(t);
      if (t === selected) focus.add(s);
    }
    return focus;
  }

  const resize = new ResizeObserver(() => {
    size = { width: host.clientWidth, height: host.clientHeight };
    canvas.width = Math.round(size.width * devicePixelRatio);
    canvas.height = Math.round(size.height * devicePixelRatio);
    canvas.style.width = `${size.width}px`;
    canvas.style.height = `${size.height}px`;
    // A small graph can come to rest before the canvas has a size, with nothing fitted yet.
    if (autoFit) fitToContent();
    requestDraw();
  });
  resize.observe(host);

  return {
    setGraph(next) {
      graph = next;
      for (const node of graph.nodes) {
        const at = pinned.get(node.id);
        if (at) [node.x, node.y, node.fx, node.fy] = [at.x, at.y, at.x, at.y];
      }
      layout.setGraph(graph, size.height > 0 ? size.width / size.height : 1);
      if (autoFit) fitToContent();
      refocus();
      requestDraw();
    },
    fit() {
      autoFit = true;
      fitToContent();
    },
    isPinned: (id) => pinned.has(id),
    pin(id) {
      const node = graph.nodes.find((n) => n.id === id);
      if (!node) return;
      pinNode(node);
      layout.drag(node, node.x ?? 0, node.y ?? 0);
      layout.release(node);
      requestDraw();
    },
    unpin(id) {
      pinned.delete(id);
      syncPinned();
      const node = graph.nodes.find((n) => n.id === id);
      if (node) layout.unpin(node);
      requestDraw();
    },
    setSelected(id) {
      selected = id;
      refocus();
      requestDraw();
    },
    setHighlighted(ids) {
      highlighted = ids === null ? null : new Set(ids);
      refocus();
      requestDraw();
    },
    atRest: () => layout.alpha() < LAYOUT_ALPHA_MIN,
    positions: () => new Map(graph.nodes.map((node) => [node.id, { x: node.x ?? 0, y: node.y ?? 0 }])),
    nodesOnScreen: () =>
      graph.nodes.map((node) => {
        const [x, y] = transform.apply([node.x ?? 0, node.y ?? 0]);
        return { id: node.id, name: node.name, kind: node.kind, x, y, radius: node.radius * transform.k, labelled: labelled.has(node.id), pinned: pinned.has(node.id) };
      }),
    size: () => ({ ...size }),
    linksOnScreen: () => {
      const drawn = describeLinks(graph.links, drawState(devicePixelRatio, hovered));
      return graph.links.map((link, i) => ({ source: endId(link.source), target: endId(link.target), kind: link.kind, weight: link.weight, ...drawn[i]! }));
    },
    paintInto: (target, pixelRatio) => void drawGraph(target, graph, drawState(pixelRatio, null)),
    destroy() {
      layout.destroy();
      resize.disconnect();
      cancelAnimationFrame(frame);
      canvas.remove();
      tooltip.remove();
    },
  };
}
