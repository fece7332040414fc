/**
 * Windowed loading for the timeline: fetch a window padded by its own width on each side, and
 * fetch again only when the reader scrolls past what is loaded or the type filter changes.
 */
import { addDays, daysBetween } from '../format-date.js';

export interface LoadedRange {
  key: string;
  from: string | null;
  to: string | null;
  /** The server cut the answer off, so the range is not complete. */
  capped: boolean;
}

export interface FetchPlan {
  key: string;
  from: string | null;
  to: string | null;
}

/** What to fetch for the wanted window, or null when what is loaded already covers it. */
export function planTimelineFetch(
  loaded: LoadedRange | null,
  wanted: { from: string | null; to: string | null; types: readonly string[] },
): FetchPlan | null {
  const key = wanted.types.join(',');
  if (loaded && loaded.key === key && !loaded.capped && covers(loaded, wanted)) return null;
  if (wanted.from === null || wanted.to === null) return { key, from: null, to: null };
  const pad = Math.max(daysBetween(wanted.from, wanted.to), 7);
  return { key, from: addDays(wanted.from, -pad), to: addDays(wanted.to, pad) };
}

function covers(loaded: LoadedRange, wanted: { from: string | null; to: string | null }): boolean {
  const startsEarlyEnough = loaded.from === null || (wanted.from !== null && loaded.from <= wanted.from);
  const endsLateEnough = loaded.to === null || (wanted.to !== null && loaded.to >= wanted.to);
  return startsEarlyEnough && endsLateEnough;
}
