/** Dates as the explorer shows and exchanges them: ISO days are calendar days, never instants. */
import type { DatePrecision } from '../../server/contract/extraction.js';

const DAY_MS = 86_400_000;

const formatters = {
  day: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  year: new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' }),
};

/** "2016-02-03" plus `days` (negative allowed), as an ISO day. */
export function addDays(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar day a local `Date` (as vis-timeline reports them) falls on. */
export function toIsoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Local midnight of an ISO day, the instant vis-timeline draws it at. */
export function toLocalDate(isoDay: string): Date {
  const [year = 1970, month = 1, day = 1] = isoDay.split('-').map(Number);
  return new Date(year, month - 1, day);
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** A human label for an event's date at its precision ("3 Feb 2016", "February 2016", "week of 1 Feb 2016"). */
export function formatEventDate(start: string | null, end: string | null, precision: DatePrecision): string {
  if (start === null || precision === 'unknown') return 'date unknown';
  const day = (iso: string) => formatters.day.format(Date.parse(`${iso}T00:00:00Z`));
  if (precision === 'month') return formatters.month.format(Date.parse(`${start}T00:00:00Z`));
  if (precision === 'year') return formatters.year.format(Date.parse(`${start}T00:00:00Z`));
  if (precision === 'week') return `week of ${day(start)}`;
  return end !== null && end !== start ? `${day(start)} – ${day(end)}` : day(start);
}
