/**
 * The graph view as a picture: a PNG at the screen's pixel ratio on white, or an SVG drawn by the
 * same painter through svgcanvas (a 2D context that records SVG), so both match what is on screen.
 */
import type { GraphCanvas } from '../graph/graph-canvas.js';

const BACKGROUND = '#ffffff';

/** The current view as a PNG. */
export function drawGraphPng(graph: GraphCanvas): Promise<Blob> {
  const { width, height } = graph.size();
  const ratio = devicePixelRatio;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('drawGraphPng: this browser cannot draw on a canvas'));
  graph.paintInto(ctx, ratio);
  // Painted under the drawing: the painter clears its canvas first.
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalCompositeOperation = 'destination-over';
  ctx.fillStyle = BACKGROUND;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('drawGraphPng: the canvas gave no image'))), 'image/png'));
}

/** The current view as an SVG document (svgcanvas is loaded on first use, out of the main bundle). */
export async function drawGraphSvg(graph: GraphCanvas): Promise<Blob> {
  const { Context: SvgContext } = await import('svgcanvas');
  const { width, height } = graph.size();
  const ctx = new SvgContext(width, height);
  graph.paintInto(ctx as unknown as CanvasRenderingContext2D, 1);
  return new Blob([ctx.getSerializedSvg()], { type: 'image/svg+xml' });
}
