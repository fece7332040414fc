/**
 * Windowed loading for the timeline: fetch a window padded by its own width on each side, and
 * fetch again only when the reader scrolls past what is loaded or the type or sources filter changes.
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
  /** The filters the fetch answers (types and sources): a range loaded under another key is stale. */
  key: string;
  from: string | null;
  to: string | null;
  types: string;
  minSources: number;
}

/** What to fetch for the wanted window, or null when what is loaded already covers it. */
export function planTimelineFetch(
  loaded: LoadedRange | null,
  wanted: { from: string | null; to: string | null; types: readonly string[]; minSources: number },
): FetchPlan | null {
  const filters = { types: wanted.types.join(','), minSources: wanted.minSources };
  const key = `${filters.types}|${filters.minSources}`;
  if (loaded && loaded.key === key && !loaded.capped && covers(loaded, wanted)) return null;
  if (wanted.from === null || wanted.to === null) return { key, from: null, to: null, ...filters };
  const pad = Math.max(daysBetween(wanted.from, wanted.to), 7);
  return { key, from: addDays(wanted.from, -pad), to: addDays(wanted.to, pad), ...filters };
}

function covers(loaded: LoadedRange, wanted: { from: string | null; to: string | null }): boolean {
  const startsEarlyEnough = loaded.from === null || (wanted.from !== null && loaded.from <= wanted.from);
  const endsLateEnough = loaded.to === null || (wanted.to !== null && loaded.to >= wanted.to);
  return startsEarlyEnough && endsLateEnough;
}
