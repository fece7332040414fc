/**
 * Paints the actor graph on a canvas. Edges and nodes are batched into one path per style, which
 * is what keeps 10,000 edges within a frame; labels are limited to what a reader can use.
 */
import type { ZoomTransform } from 'd3-zoom';
import { colourOfEventType, colourOfKind, colourOfRelation } from '../palette.js';
import type { GraphLinkDatum, GraphNodeDatum, ShapedGraph } from './shape-graph.js';

export interface DrawState {
  transform: ZoomTransform;
  width: number;
  height: number;
  pixelRatio: number;
  selected: string | null;
  hovered: string | null;
  /** Ids of the selected node and its neighbours; null when nothing is selected. */
  focus: ReadonlySet<string> | null;
}

/** Screen size (px) a node must reach before its label is drawn unasked. */
const LABEL_MIN_SCREEN_RADIUS = 9;
const MAX_LABELS = 80;

/** Draws one frame. */
export function drawGraph(ctx: CanvasRenderingContext2D, graph: ShapedGraph, view: DrawState): void {
  const { transform: t } = view;
  ctx.setTransform(view.pixelRatio, 0, 0, view.pixelRatio, 0, 0);
  ctx.clearRect(0, 0, view.width, view.height);
  ctx.translate(t.x, t.y);
  ctx.scale(t.k, t.k);
  drawLinks(ctx, graph.links, view);
  drawNodes(ctx, graph.nodes, view);
  drawLabels(ctx, graph.nodes, view);
}

function linkStyle(link: GraphLinkDatum): { colour: string; width: number; alpha: number } {
  const bucket = link.weight <= 1 ? 0 : link.weight <= 3 ? 1 : 2;
  if (link.kind === 'relation') return { colour: colourOfRelation(link.type), width: 1.6 + bucket, alpha: 0.9 };
  return { colour: colourOfEventType(link.type), width: 0.6 + bucket * 0.8, alpha: 0.35 };
}

function drawLinks(ctx: CanvasRenderingContext2D, links: readonly GraphLinkDatum[], view: DrawState): void {
  const batches = new Map<string, GraphLinkDatum[]>();
  for (const link of links) {
    const style = linkStyle(link);
    const touchesFocus = !view.focus || isFocused(link, view);
    const key = `${style.colour}|${style.width}|${style.alpha}|${touchesFocus}`;
    const batch = batches.get(key);
    if (batch) batch.push(link);
    else batches.set(key, [link]);
  }
  for (const [key, batch] of batches) {
    const [colour = '#888', width, alpha, focused] = key.split('|');
    ctx.strokeStyle = colour;
    ctx.globalAlpha = focused === 'true' ? Number(alpha) : 0.06;
    ctx.lineWidth = Number(width) / Math.sqrt(view.transform.k);
    ctx.beginPath();
    for (const link of batch) traceLink(ctx, link);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}

function isFocused(link: GraphLinkDatum, view: DrawState): boolean {
  const source = link.source as GraphNodeDatum;
  const target = link.target as GraphNodeDatum;
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
  const byColour = new Map<string, GraphNodeDatum[]>();
  for (const node of nodes) {
    const key = `${colourOfKind(node.kind)}|${!view.focus || view.focus.has(node.id)}`;
    const group = byColour.get(key);
    if (group) group.push(node);
    else byColour.set(key, [node]);
  }
  ctx.lineWidth = 1.2 / view.transform.k;
  ctx.strokeStyle = '#ffffff';
  for (const [key, group] of byColour) {
    const [colour = '#888', focused] = key.split('|');
    ctx.globalAlpha = focused === 'true' ? 1 : 0.18;
    ctx.fillStyle = colour;
    ctx.beginPath();
    for (const node of group) {
      ctx.moveTo((node.x ?? 0) + node.radius, node.y ?? 0);
      ctx.arc(node.x ?? 0, node.y ?? 0, node.radius, 0, 2 * Math.PI);
    }
    ctx.fill();
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  ringNode(ctx, nodes, view.hovered, '#1d2330', view.transform.k);
  ringNode(ctx, nodes, view.selected, '#f2b705', view.transform.k);
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

function drawLabels(ctx: CanvasRenderingContext2D, nodes: readonly GraphNodeDatum[], view: DrawState): void {
  const k = view.transform.k;
  const wanted = nodes
    .filter((node) => isLabelled(node, view) && isOnScreen(node, view))
    .sort((a, b) => labelPriority(b, view) - labelPriority(a, view))
    .slice(0, MAX_LABELS);
  ctx.font = `${12 / k}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.lineWidth = 3 / k;
  ctx.strokeStyle = 'rgba(255,255,255,0.9)';
  ctx.fillStyle = '#1d2330';
  for (const node of wanted) {
    const label = node.name.length > 28 ? `${node.name.slice(0, 27)}…` : node.name;
    const y = (node.y ?? 0) + node.radius + 2 / k;
    ctx.strokeText(label, node.x ?? 0, y);
    ctx.fillText(label, node.x ?? 0, y);
  }
}

function isLabelled(node: GraphNodeDatum, view: DrawState): boolean {
  if (node.id === view.selected || node.id === view.hovered) return true;
  if (view.focus) return view.focus.has(node.id);
  return node.radius * view.transform.k >= LABEL_MIN_SCREEN_RADIUS;
}

/** Selected and hovered labels first, then the largest nodes. */
function labelPriority(node: GraphNodeDatum, view: DrawState): number {
  return node.radius + (node.id === view.selected || node.id === view.hovered ? 1000 : 0);
}

function isOnScreen(node: GraphNodeDatum, view: DrawState): boolean {
  const [x, y] = view.transform.apply([node.x ?? 0, node.y ?? 0]);
  return x > -50 && y > -50 && x < view.width + 50 && y < view.height + 50;
}
