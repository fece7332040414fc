/** An event's confidence: 0.5, plus 0.1 for each supporting report up to three, plus 0.1 when it is dated. */
export function scoreConfidence(supports: number, dated: boolean): number {
  return Math.round((0.5 + Math.min(supports, 3) * 0.1 + (dated ? 0.1 : 0)) * 100) / 100;
}
