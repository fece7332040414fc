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

/** The days two reports of a type family may stand apart: the family's own allowance, else `adjacentDays`. */
export function allowedGapDays(family: string, rule: IdentityRule = IDENTITY_RULE): number {
  return rule.familyAdjacentDays[family] ?? rule.adjacentDays;
}

const isVague = (range: DatedRange, rule: IdentityRule): boolean =>
  range.start !== null && range.end !== null && toDay(range.end) - toDay(range.start) + 1 > rule.vagueRangeDays;

/**
 * For overlapping ranges, from 0.5 up to 1 as they share more of the span they cover together (a
 * week's planned window fits the two-day conference better than the one-day meeting on its eve);
 * 0.5 for ranges at most `allowedGap` days apart; null when they cannot be one event (further apart,
 * either undated or vaguer than `vagueRangeDays`: such a report joins no other, a known limit).
 */
export function scoreDates(a: DatedRange, b: DatedRange, allowedGap: number, rule: IdentityRule = IDENTITY_RULE): number | null {
  if (isVague(a, rule) || isVague(b, rule)) return null;
  const gap = measureDateGap(a, b);
  if (gap === null || gap > allowedGap) return null;
  if (gap > 0) return 0.5;
  const union = Math.max(toDay(a.end!), toDay(b.end!)) - Math.min(toDay(a.start!), toDay(b.start!)) + 1;
  return 0.5 + (0.5 * (1 - gap)) / union;
}

/** Shifts an ISO day by whole days: the window a candidate look-up searches around a report. */
export function shiftDay(iso: string, days: number): string {
  return new Date((toDay(iso) + days) * DAY_MS).toISOString().slice(0, 10);
}
