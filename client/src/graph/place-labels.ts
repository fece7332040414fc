/**
 * Greedy label placement: labels are taken in priority order, and one that would overlap a label
 * already placed is left out, so that every label drawn can be read.
 */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The indices of the boxes kept, at most `limit`, in the order given (highest priority first). */
export function placeLabels(boxes: readonly LabelBox[], limit: number): number[] {
  const placed: LabelBox[] = [];
  const kept: number[] = [];
  for (const [i, box] of boxes.entries()) {
    if (kept.length === limit) break;
    if (placed.some((other) => overlaps(box, other))) continue;
    placed.push(box);
    kept.push(i);
  }
  return kept;
}

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
