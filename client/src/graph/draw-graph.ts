/**
 * Paints the actor graph on a canvas. Edges and nodes are batched into one path per style, and the
 * strokes of large graphs are kept under a device pixel, which is what keeps 10,000 edges within a
 * frame; labels are limited to what a reader can use, and never overlap.
 */
import type { ZoomTransform } from 'd3-zoom';
import type { GraphLinkDatum, GraphNodeDatum, ShapedGraph } from './shape-graph.js';
import { placeLabels } from './place-labels.js';
import { batchLinks, batchNodes, linkStyle, type LinkBatch, type LinkStyle, type NodeBatch } from './style-batches.js';

export interface DrawState {
  transform: ZoomTransform;
  width: number;
  height: number;
  pixelRatio: number;
  selected: string | null;
  hovered: string | null;
  /** Ids of the selected node and its neighbours, or of the selected event's participants; null when nothing is selected. */
  focus: ReadonlySet<string> | null;
  /** The focus is an event's participants: the links among them stand out, not every link of one node. */
  eventFocus: boolean;
  /** Pinned nodes, marked with a dot so the reader knows they will not move. */
  pinned: ReadonlyMap<string, unknown>;
}

/** Screen size (px) a node must reach before its label is drawn unasked. */
const LABEL_MIN_SCREEN_RADIUS = 9;
/** Layout size above which a node keeps its label at any zoom (radii run from 4 to 22): the main actors. */
const LABEL_MIN_RADIUS = 12;
const MAX_LABELS = 80;
const LABEL_FONT_PX = 12;
/** Links in graphs past this size are drawn as hairlines. */
const MANY_LINKS = 2_000;
/**
 * Under one device pixel, Skia paints a stroke as a hairline instead of tracing its outline, which
 * in software raster (no GPU) made a frame of 10,000 links about six times cheaper.
 */
const HAIRLINE_PX = 0.9;
/** Opacity of what lies outside the selected actor's neighbourhood. */
const FADED_ALPHA = 0.06;

/** Draws one frame; returns the ids of the nodes whose labels were drawn. */
export function drawGraph(ctx: CanvasRenderingContext2D, graph: ShapedGraph, view: DrawState): Set<string> {
  const { transform: t } = view;
  ctx.setTransform(view.pixelRatio, 0, 0, view.pixelRatio, 0, 0);
  ctx.clearRect(0, 0, view.width, view.height);
  ctx.translate(t.x, t.y);
  ctx.scale(t.k, t.k);
  drawLinks(ctx, graph.links, view);
  drawNodes(ctx, graph.nodes, view);
  return drawLabels(ctx, graph.nodes, view);
}

// Batches depend only on the graph's arrays, which stay the same objects while the layout moves them.
const linkBatches = new WeakMap<readonly GraphLinkDatum[], LinkBatch[]>();
const nodeBatches = new WeakMap<readonly GraphNodeDatum[], NodeBatch[]>();

function cached<K extends object, V>(cache: WeakMap<K, V>, key: K, build: (key: K) => V): V {
  const known = cache.get(key);
  if (known) return known;
  const value = build(key);
  cache.set(key, value);
  return value;
}

function drawLinks(ctx: CanvasRenderingContext2D, links: readonly GraphLinkDatum[], view: DrawState): void {
  for (const { style, links: batch } of cached(linkBatches, links, batchLinks)) {
    ctx.strokeStyle = style.colour;
    ctx.lineWidth = linkScreenWidth(style, links.length, view) / view.transform.k;
    if (!view.focus) {
      strokeLinks(ctx, batch, style.alpha);
      continue;
    }
    strokeLinks(ctx, batch.filter((link) => isFocused(link, view)), style.alpha);
    strokeLinks(ctx, batch.filter((link) => !isFocused(link, view)), FADED_ALPHA);
  }
  ctx.globalAlpha = 1;
}

/** A link's stroke width in screen pixels, in a graph of `linkCount` links. */
function linkScreenWidth(style: LinkStyle, linkCount: number, view: DrawState): number {
  const maxWidth = linkCount > MANY_LINKS ? HAIRLINE_PX / view.pixelRatio : Infinity;
  return Math.min(style.width * Math.sqrt(view.transform.k), maxWidth);
}

/** How each link is drawn in this view: its screen width, and whether it stands out (false: faded). */
export function describeLinks(links: readonly GraphLinkDatum[], view: DrawState): { width: number; emphasised: boolean }[] {
  return links.map((link) => ({ width: linkScreenWidth(linkStyle(link), links.length, view), emphasised: !view.focus || isFocused(link, view) }));
}

function strokeLinks(ctx: CanvasRenderingContext2D, links: readonly GraphLinkDatum[], alpha: number): void {
  if (links.length === 0) return;
  ctx.globalAlpha = alpha;
  ctx.beginPath();
  for (const link of links) traceLink(ctx, link);
  ctx.stroke();
}

function isFocused(link: GraphLinkDatum, view: DrawState): boolean {
  const source = link.source as GraphNodeDatum;
  const target = link.target as GraphNodeDatum;
  if (view.eventFocus) return view.focus !== null && view.focus.has(source.id) && view.focus.has(target.id);
  return source.id === view.selected || target.id === view.selected;
}

/** A straight line; stated (directed) relations get an arrowhead at the target's rim. */
function traceLink(ctx: CanvasRenderingContext2D, link: GraphLinkDatum): void {
  const s = link.source as GraphNodeDatum;
  const t = link.target as GraphNodeDatum;
  const sx = s.x ?? 0, sy = s.y ?? 0, tx = t.x ?? 0, ty = t.y ?? 0;
  ctx.moveTo(sx, sy);
  ctx.lineTo(tx, ty);
  if (link.kind !== 'relation') return;
  const angle = Math.atan2(ty - sy, tx - sx);
  const tipX = tx - Math.cos(angle) * t.radius;
  const tipY = ty - Math.sin(angle) * t.radius;
  for (const side of [-1, 1]) {
    ctx.moveTo(tipX, tipY);
    ctx.lineTo(tipX - 7 * Math.cos(angle + side * 0.45), tipY - 7 * Math.sin(angle + side * 0.45));
  }
}

function drawNodes(ctx: CanvasRenderingContext2D, nodes: readonly GraphNodeDatum[], view: DrawState): void {
  // A white hairline rim keeps overlapping nodes apart at the same cost as no rim.
  ctx.lineWidth = HAIRLINE_PX / view.pixelRatio / view.transform.k;
  ctx.strokeStyle = '#ffffff';
  for (const { colour, nodes: batch } of cached(nodeBatches, nodes, batchNodes)) {
    ctx.fillStyle = colour;
    const focus = view.focus;
    if (!focus) {
      paintNodes(ctx, batch, 1);
      continue;
    }
    paintNodes(ctx, batch.filter((node) => focus.has(node.id)), 1);
    paintNodes(ctx, batch.filter((node) => !focus.has(node.id)), 0.18);
  }
  ctx.globalAlpha = 1;
  ringNode(ctx, nodes, view.hovered, '#1d2330', view.transform.k);
  ringNode(ctx, nodes, view.selected, '#f2b705', view.transform.k);
  markPinned(ctx, nodes, view);
}

function markPinned(ctx: CanvasRenderingContext2D, nodes: readonly GraphNodeDatum[], view: DrawState): void {
  if (view.pinned.size === 0) return;
  ctx.fillStyle = '#1d2330';
  ctx.beginPath();
  const r = 2.5 / view.transform.k;
  for (const node of nodes) {
    if (!view.pinned.has(node.id)) continue;
    ctx.moveTo((node.x ?? 0) + r, node.y ?? 0);
    ctx.arc(node.x ?? 0, node.y ?? 0, r, 0, 2 * Math.PI);
  }
  ctx.fill();
}

function paintNodes(ctx: CanvasRenderingContext2D, nodes: readonly GraphNodeDatum[], alpha: number): void {
  if (nodes.length === 0) return;
  ctx.globalAlpha = alpha;
  ctx.beginPath();
  for (const node of nodes) {
    ctx.moveTo((node.x ?? 0) + node.radius, node.y ?? 0);
    ctx.arc(node.x ?? 0, node.y ?? 0, node.radius, 0, 2 * Math.PI);
  }
  ctx.fill();
  ctx.stroke();
}

function ringNode(ctx: CanvasRenderingContext2D, nodes: readonly GraphNodeDatum[], id: string | null, colour: string, k: number) {
  const node = id === null ? undefined : nodes.find((n) => n.id === id);
  if (!node) return;
  ctx.strokeStyle = colour;
  ctx.lineWidth = 3 / k;
  ctx.beginPath();
  ctx.arc(node.x ?? 0, node.y ?? 0, node.radius + 3 / k, 0, 2 * Math.PI);
  ctx.stroke();
}

function drawLabels(ctx: CanvasRenderingContext2D, nodes: readonly GraphNodeDatum[], view: DrawState): Set<string> {
  const k = view.transform.k;
  ctx.font = `${LABEL_FONT_PX / k}px system-ui, sans-serif`;
  // Measuring costs: only the likeliest few times the number drawn are measured.
  const candidates = nodes
    .filter((node) => isLabelled(node, view) && isOnScreen(node, view))
    .sort((a, b) => labelPriority(b, view) - labelPriority(a, view))
    .slice(0, MAX_LABELS * 4)
    .map((node) => {
      const text = node.name.length > 28 ? `${node.name.slice(0, 27)}…` : node.name;
      const width = ctx.measureText(text).width;
      const y = (node.y ?? 0) + node.radius + 2 / k;
      return { id: node.id, text, x: node.x ?? 0, y, box: { x: (node.x ?? 0) - width / 2, y, width, height: (LABEL_FONT_PX + 2) / k } };
    });
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.lineWidth = 3 / k;
  ctx.strokeStyle = 'rgba(255,255,255,0.9)';
  ctx.fillStyle = '#1d2330';
  const drawn = new Set<string>();
  for (const i of placeLabels(candidates.map((label) => label.box), MAX_LABELS)) {
    const { id, text, x, y } = candidates[i]!;
    ctx.strokeText(text, x, y);
    ctx.fillText(text, x, y);
    drawn.add(id);
  }
  return drawn;
}

function isLabelled(node: GraphNodeDatum, view: DrawState): boolean {
  if (node.id === view.selected || node.id === view.hovered) return true;
  if (view.focus) return view.focus.has(node.id);
  return node.radius >= LABEL_MIN_RADIUS || node.radius * view.transform.k >= LABEL_MIN_SCREEN_RADIUS;
}

/** Selected and hovered labels first, then the largest nodes. */
function labelPriority(node: GraphNodeDatum, view: DrawState): number {
  return node.radius + (node.id === view.selected || node.id === view.hovered ? 1000 : 0);
}

function isOnScreen(node: GraphNodeDatum, view: DrawState): boolean {
  const [x, y] = view.transform.apply([node.x ?? 0, node.y ?? 0]);
  return x > -50 && y > -50 && x < view.width + 50 && y < view.height + 50;
}
