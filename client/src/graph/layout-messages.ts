/** The messages between the graph canvas and the layout worker. Nodes and links travel as indices. */

export interface LayoutNodeInit {
  x?: number | undefined;
  y?: number | undefined;
  radius: number;
}

export type LayoutRequest =
  | { type: 'graph'; nodes: LayoutNodeInit[]; links: { source: number; target: number }[] }
  | { type: 'drag'; index: number; x: number; y: number }
  | { type: 'release'; index: number };

/** Positions as x0, y0, x1, y1, … in node order; `alpha` says how far the layout is from rest. */
export interface LayoutTick {
  type: 'tick';
  positions: Float32Array;
  alpha: number;
}
