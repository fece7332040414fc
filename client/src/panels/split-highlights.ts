/** Cuts an article's text into plain and highlighted runs from evidence offsets. */

export interface TextRun {
  text: string;
  highlighted: boolean;
}

/**
 * Splits `text` at the given [start, end) ranges; overlapping or touching ranges merge, and
 * ranges outside the text are clipped, so bad offsets never lose or duplicate text.
 */
export function splitHighlights(text: string, ranges: readonly { start: number; end: number }[]): TextRun[] {
  const merged = mergeRanges(ranges.map(({ start, end }) => ({ start: clamp(start, text.length), end: clamp(end, text.length) })));
  const runs: TextRun[] = [];
  let cursor = 0;
  for (const { start, end } of merged) {
    if (start > cursor) runs.push({ text: text.slice(cursor, start), highlighted: false });
    if (end > start) runs.push({ text: text.slice(start, end), highlighted: true });
    cursor = end;
  }
  if (cursor < text.length) runs.push({ text: text.slice(cursor), highlighted: false });
  return runs;
}

function clamp(offset: number, length: number): number {
  return Math.min(Math.max(offset, 0), length);
}

function mergeRanges(ranges: { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
