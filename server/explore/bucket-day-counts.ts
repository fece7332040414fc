/** The timeline's overview: counts of events by day span, spread into day or week buckets over a window. */
import type { TimelineDensity } from '../contract/api.js';

/** Events of one day span (`start`–`end`, ISO days) and how many. */
export interface DaySpanCount {
  start: string;
  end: string;
  count: number;
}

// Past a year of days the band would hold more bars than a screen has pixels for them.
const MOST_DAY_BUCKETS = 366;
const DAY_MS = 86_400_000;

/**
 * Buckets over the part of the window that holds events: days when that is at most a year, else weeks
 * (Monday to Sunday). An event spanning several buckets counts in each; `total` counts it once.
 */
export function bucketDayCounts(spans: DaySpanCount[], from: string, to: string): TimelineDensity {
  const total = spans.reduce((sum, span) => sum + span.count, 0);
  if (spans.length === 0) return { unit: 'day', total, buckets: [] };
  const first = Math.max(toDayNumber(from), spans.reduce((min, span) => Math.min(min, toDayNumber(span.start)), Infinity));
  const last = Math.min(toDayNumber(to), spans.reduce((max, span) => Math.max(max, toDayNumber(span.end)), -Infinity));
  const unit = last - first + 1 <= MOST_DAY_BUCKETS ? 'day' : 'week';
  // Day numbers count from 1970-01-01, a Thursday: (n + 3) mod 7 is days since Monday.
  const origin = unit === 'day' ? first : first - ((((first + 3) % 7) + 7) % 7);
  const width = unit === 'day' ? 1 : 7;
  const counts = new Map<number, number>();
  for (const span of spans) {
    const lastBucket = Math.floor((Math.min(toDayNumber(span.end), last) - origin) / width);
    for (let b = Math.floor((Math.max(toDayNumber(span.start), first) - origin) / width); b <= lastBucket; b += 1) counts.set(b, (counts.get(b) ?? 0) + span.count);
  }
  const buckets = [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([b, count]) => ({ start: toIsoDay(origin + b * width), end: toIsoDay(origin + b * width + width - 1), count }));
  return { unit, total, buckets };
}

function toDayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

function toIsoDay(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}
