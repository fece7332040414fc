/** Whether two reports' dates can be one event's: their ranges overlap or stand at most `adjacentDays` apart. */
import { IDENTITY_RULE, type IdentityRule } from './identity-rule.js';

interface DatedRange {
  start: string | null;
  end: string | null;
}

const DAY_MS = 86_400_000;

const toDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/**
 * Days between the two ranges (0 or less when they overlap), or null when either is undated. A
 * range already spans its precision (a month-precise date is the whole month), so the precision
 * of each report is in it.
 */
export function measureDateGap(a: DatedRange, b: DatedRange): number | null {
  if (a.start === null || a.end === null || b.start === null || b.end === null) return null;
  return Math.max(toDay(a.start), toDay(b.start)) - Math.min(toDay(a.end), toDay(b.end));
}

/**
 * 1 for overlapping ranges, 0.5 for adjacent ones, null when they cannot be one event (too far
 * apart, or either undated: an undated report joins no other, a known limit).
 */
export function scoreDates(a: DatedRange, b: DatedRange, rule: IdentityRule = IDENTITY_RULE): number | null {
  const gap = measureDateGap(a, b);
  if (gap === null || gap > rule.adjacentDays) return null;
  return gap <= 0 ? 1 : 0.5;
}

/** Shifts an ISO day by whole days: the window a candidate look-up searches around a report. */
export function shiftDay(iso: string, days: number): string {
  return new Date((toDay(iso) + days) * DAY_MS).toISOString().slice(0, 10);
}
