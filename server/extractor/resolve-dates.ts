/** Stage 4: a date expression in an event's clause, resolved against the publication day. */
import * as chrono from 'chrono-node';
import type { EventDate } from '../contract/extraction.js';
import { addDays, addMonths, mondayOf, monthRange, nearestWeekday, pad2, toDate } from './calendar.js';
import { findRecentPeriods, findSeasons, findYears, NUMBERS, qualifyPeriod, type Direction, type Found } from './resolve-periods.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const day = (iso: string): EventDate => ({ start: iso, end: iso, precision: 'day' });

function findWeeks(clause: string, published: string): Found[] {
  const monday = mondayOf(published);
  return [...clause.matchAll(/\b(earlier |later )?(this|last|next) week\b/gi)].map((m) => {
    const which = (m[2] ?? '').toLowerCase();
    const start = which === 'last' ? addDays(monday, -7) : which === 'next' ? addDays(monday, 7) : monday;
    const earlier = /earlier/i.test(m[1] ?? '') && which === 'this';
    const end = earlier ? addDays(published, published === monday ? 0 : -1) : addDays(start, 6);
    return { index: m.index ?? 0, date: { start, end, precision: 'week' } };
  });
}

function findMonthsAndYears(clause: string, published: string): Found[] {
  const months = [...clause.matchAll(/\b(last|this|next) month\b/gi)].map((m) => {
    const offset = { last: -1, this: 0, next: 1 }[(m[1] ?? 'this').toLowerCase() as 'last' | 'this' | 'next'];
    const [start, end] = monthRange(published, offset);
    return { index: m.index ?? 0, date: { start, end, precision: 'month' as const } };
  });
  const years = [...clause.matchAll(/\b(last|this|next) year\b/gi)].map((m) => {
    const year = Number(published.slice(0, 4)) + ({ last: -1, this: 0, next: 1 }[(m[1] ?? 'this').toLowerCase() as 'last' | 'this' | 'next']);
    return { index: m.index ?? 0, date: { start: `${year}-01-01`, end: `${year}-12-31`, precision: 'year' as const } };
  });
  const within = [...clause.matchAll(/\bwithin (\d+|\w+) months\b/gi)].flatMap((m) => {
    const n = Number(m[1]) || NUMBERS[(m[1] ?? '').toLowerCase()];
    return n ? [{ index: m.index ?? 0, date: { start: published, end: addMonths(published, n), precision: 'month' as const } }] : [];
  });
  return [...months, ...years, ...within];
}

function findDeictic(clause: string, published: string): Found[] {
  const offsets: Record<string, number> = { today: 0, tonight: 0, 'this morning': 0, yesterday: -1, tomorrow: 1 };
  return [...clause.matchAll(/\b(today|tonight|this morning|yesterday|tomorrow)\b/gi)].map((m) => ({
    index: m.index ?? 0,
    date: day(addDays(published, offsets[(m[1] ?? '').toLowerCase()] ?? 0)),
  }));
}

function findWeekdays(clause: string, published: string, direction: Direction): Found[] {
  return [...clause.matchAll(/\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g)].map((m) => ({
    index: m.index ?? 0,
    date: day(nearestWeekday(published, WEEKDAYS.indexOf((m[1] ?? '').toLowerCase()), direction)),
  }));
}

/** How far a yearless date may lie against the tense: "set Feb. 25 for resuming talks", said on Feb. 3, still looks ahead. */
const TENSE_SLACK_DAYS = 31;

/**
 * The year of a month or day written without one: the nearest, unless the tense contradicts it by
 * more than a month ("launched in June", written in December, is last June, not next).
 */
function yearByTense(month: number, dayOfMonth: number | undefined, published: string, direction: Direction): number {
  const year = Number(published.slice(0, 4));
  const on = (y: number) => `${y}-${pad2(month)}-${pad2(dayOfMonth ?? 1)}`;
  const distance = (y: number) => Math.abs(toDate(on(y)).getTime() - toDate(published).getTime());
  const nearest = [year - 1, year, year + 1].reduce((best, y) => (distance(y) < distance(best) ? y : best));
  if (direction === 'past' && on(nearest) > addDays(published, TENSE_SLACK_DAYS)) return nearest - 1;
  if (direction === 'future' && on(nearest) < addDays(published, -TENSE_SLACK_DAYS)) return nearest + 1;
  return nearest;
}

/** Calendar dates written out ("31 July 2014", "Feb. 25", "September 2014"), read by chrono-node. */
function findCalendarDates(clause: string, published: string, direction: Direction): Found[] {
  const reference = { instant: new Date(`${published}T12:00:00Z`), timezone: 'UTC' };
  return chrono.parse(clause, reference).flatMap((r): Found[] => {
    const known = {
      year: r.start.isCertain('year') ? (r.start.get('year') ?? undefined) : undefined,
      month: r.start.isCertain('month') ? (r.start.get('month') ?? undefined) : undefined,
      day: r.start.isCertain('day') ? (r.start.get('day') ?? undefined) : undefined,
    };
    if (r.tags().has('result/relativeDate') || known.month === undefined) return [];
    if (/\b(until|till|through|to)\s+$/i.test(clause.slice(0, r.index)) && direction === 'past') return [];
    const year = known.year ?? yearByTense(known.month, known.day, published, direction);
    if (known.day === undefined) {
      const [start, end] = monthRange(`${year}-${pad2(known.month)}-01`, 0);
      return [{ index: r.index, date: { start, end, precision: 'month' as const } }];
    }
    const start = `${year}-${pad2(known.month)}-${pad2(known.day)}`;
    const end = r.end?.isCertain('day') ? `${year}-${pad2(r.end.get('month') ?? known.month)}-${pad2(r.end.get('day') ?? known.day)}` : start;
    return [{ index: r.index, date: { start, end: end < start ? start : end, precision: 'day' as const } }];
  });
}

/** The date expression of the clause nearest to `anchor` (an offset in the clause), or null if it has none. */
export function resolveDate(clause: string, anchor: number, published: string, direction: Direction): EventDate | null {
  const found = [
    ...findWeeks(clause, published),
    ...findMonthsAndYears(clause, published),
    ...findDeictic(clause, published),
    ...findCalendarDates(clause, published, direction),
    ...findWeekdays(clause, published, direction),
    ...findSeasons(clause, published, direction),
    ...findRecentPeriods(clause, published),
    ...findYears(clause),
  ].map((f) => qualifyPeriod(clause, f, published));
  // "an update to the European Council of 22-23 June": a date after "of" dates the noun before it, which only counts when that noun is the event's own.
  const ownOrFree = found.filter((f) => !/\bof\s+$/.test(clause.slice(0, f.index)) || /^\S+(?:\s+\S+)?\s+of\s+$/.test(clause.slice(anchor, f.index)));
  ownOrFree.sort((a, b) => Math.abs(a.index - anchor) - Math.abs(b.index - anchor));
  return ownOrFree[0]?.date ?? null;
}

/** "met on Monday and Wednesday": one day per weekday of a coordinated pair or list, or none when the clause has no such list. */
export function resolveCoordinatedDays(clause: string, published: string, direction: Direction): EventDate[] {
  const list = /\b(?:on\s+)?((?:(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday),?\s+)+and\s+(?:on\s+)?(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday))\b/.exec(clause);
  if (!list) return [];
  return findWeekdays(list[1] ?? '', published, direction).map((f) => f.date);
}

