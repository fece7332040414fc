/** The messages between the graph canvas and the layout worker. Nodes and links travel as indices. */

export interface LayoutNodeInit {
  x?: number | undefined;
  y?: number | undefined;
  radius: number;
  /** A pinned node's fixed position. */
  fx?: number | null | undefined;
  fy?: number | null | undefined;
}

export type LayoutRequest =
  /** `aspect`: the canvas's width over its height, which the layout's shape follows. */
  | { type: 'graph'; nodes: LayoutNodeInit[]; links: { source: number; target: number }[]; aspect: number }
  | { type: 'drag'; index: number; x: number; y: number }
  /** The end of a drag: the node stays pinned where it was dropped. */
  | { type: 'release'; index: number }
  | { type: 'unpin'; index: number };

/** Positions as x0, y0, x1, y1, … in node order; `alpha` says how far the layout is from rest. */
export interface LayoutTick {
  type: 'tick';
  positions: Float32Array;
  alpha: number;
}
