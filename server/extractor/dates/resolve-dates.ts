/** Stage 4: a date expression in an event's clause, resolved against the publication day. */
import * as chrono from 'chrono-node';
import type { EventDate } from '../../contract/extraction.js';
import { addDays, addMonths, mondayOf, monthRange, nearestWeekday, pad2, toDate } from './calendar.js';
import { findAnchoredDates } from './resolve-anchored.js';
import { findAgo, findRecentEvents, findRecentPeriods, findSeasons, findYears, NUMBERS, qualifyPeriod, type Direction, type Found } from './resolve-periods.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const day = (iso: string): EventDate => ({ start: iso, end: iso, precision: 'day' });

function findWeeks(clause: string, published: string): Found[] {
  const monday = mondayOf(published);
  return [...clause.matchAll(/\b(earlier |later )?(this|last|next) week\b/gi)].map((m) => {
    const which = (m[2] ?? '').toLowerCase();
    const start = which === 'last' ? addDays(monday, -7) : which === 'next' ? addDays(monday, 7) : monday;
    const earlier = /earlier/i.test(m[1] ?? '') && which === 'this';
    const end = earlier ? addDays(published, published === monday ? 0 : -1) : addDays(start, 6);
    return { index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, date: { start, end, precision: 'week' } };
  });
}

function findMonthsAndYears(clause: string, published: string): Found[] {
  const months = [...clause.matchAll(/\b(last|this|next) month\b/gi)].map((m) => {
    const offset = { last: -1, this: 0, next: 1 }[(m[1] ?? 'this').toLowerCase() as 'last' | 'this' | 'next'];
    const [start, end] = monthRange(published, offset);
    return { index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, date: { start, end, precision: 'month' as const } };
  });
  const years = [...clause.matchAll(/\b(last|this|next) year\b/gi)].map((m) => {
    const year = Number(published.slice(0, 4)) + ({ last: -1, this: 0, next: 1 }[(m[1] ?? 'this').toLowerCase() as 'last' | 'this' | 'next']);
    return { index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, date: { start: `${year}-01-01`, end: `${year}-12-31`, precision: 'year' as const } };
  });
  const within = [...clause.matchAll(/\bwithin (\d+|\w+) months\b/gi)].flatMap((m) => {
    const n = Number(m[1]) || NUMBERS[(m[1] ?? '').toLowerCase()];
    return n ? [{ index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, date: { start: published, end: addMonths(published, n), precision: 'month' as const } }] : [];
  });
  return [...months, ...years, ...within];
}

function findDeictic(clause: string, published: string): Found[] {
  const offsets: Record<string, number> = { today: 0, tonight: 0, 'this morning': 0, yesterday: -1, 'last night': -1, tomorrow: 1 };
  return [...clause.matchAll(/\b(today|tonight|this morning|yesterday|last night|tomorrow)\b/gi)].map((m) => ({
    index: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    date: day(addDays(published, offsets[(m[1] ?? '').toLowerCase()] ?? 0)),
  }));
}

/** "until Friday", "by Friday", "next Friday" look ahead whatever the tense; "last Friday" looks back. */
const FORWARD_WEEKDAY = /\b(?:until|till|by|before|next|from|starting|beginning|effective)\s+(?:on\s+)?$/i;

function findWeekdays(clause: string, published: string, direction: Direction): Found[] {
  return [...clause.matchAll(/\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g)].map((m) => {
    const before = clause.slice(0, m.index);
    const weekday = WEEKDAYS.indexOf((m[1] ?? '').toLowerCase());
    const next = /\bnext\s+$/i.test(before);
    const way = /\blast\s+$/i.test(before) ? 'past' : FORWARD_WEEKDAY.test(before) ? 'future' : direction;
    return { index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, date: day(nearestWeekday(next ? addDays(published, 1) : published, weekday, way)) };
  });
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

/** "March of last year", "last March", "next June": the year a yearless month's neighbours name, if any. */
function namedYear(clause: string, from: number, to: number, published: string): number | undefined {
  const year = Number(published.slice(0, 4));
  const after = /^\s*(?:of\s+)?(last|this|next)\s+year\b/i.exec(clause.slice(to))?.[1]?.toLowerCase();
  if (after) return year + { last: -1, this: 0, next: 1 }[after as 'last' | 'this' | 'next'];
  const before = /\b(last|next)\s+$/i.exec(clause.slice(0, from))?.[1]?.toLowerCase();
  return before === 'last' ? year - 1 : before === 'next' ? year + 1 : undefined;
}

/** Mid-year of a leap year, so that chrono's own guess of a year can hold any day. */
const LEAP_YEAR_REFERENCE = '2020-06-15T12:00:00Z';
/** A day in another month of the same leap year: a month or day chrono reads differently against it was counted from the reference ("the end of the month"), not written. */
const SECOND_REFERENCE = '2020-01-20T12:00:00Z';

/** The month and day chrono reads at each place of a text against the second reference, to tell written dates from counted ones. */
function readAgainstSecond(clause: string): Map<number, string> {
  const results = chrono.parse(clause, { instant: new Date(SECOND_REFERENCE), timezone: 'UTC' });
  return new Map(results.map((r) => [r.index, `${r.start.get('month')}-${r.start.get('day')}`]));
}

/** Calendar dates written out ("31 July 2014", "Feb. 25", "September 2014", "March of last year"), read by chrono-node. */
function findCalendarDates(clause: string, published: string, direction: Direction): Found[] {
  // The year of a yearless date is chosen below (namedYear, yearByTense), never by chrono; its reference only has to let every
  // day parse: against a day in a common year chrono drops "February 29" as invalid.
  const reference = { instant: new Date(LEAP_YEAR_REFERENCE), timezone: 'UTC' };
  const second = readAgainstSecond(clause);
  return chrono.parse(clause, reference).flatMap((r): Found[] => {
    const known = {
      year: r.start.isCertain('year') ? (r.start.get('year') ?? undefined) : undefined,
      month: r.start.isCertain('month') ? (r.start.get('month') ?? undefined) : undefined,
      day: r.start.isCertain('day') ? (r.start.get('day') ?? undefined) : undefined,
    };
    // "today", "last night", "for now" count from chrono's stand-in reference, not the report: findDeictic reads them.
    const deictic = [...r.tags()].some((t) => t.startsWith('parser/ENCasual') || t.startsWith('casualReference/'));
    // "march" and "may" are verbs; a month is written with a capital.
    const counted = known.day !== undefined && second.has(r.index) && second.get(r.index) !== `${r.start.get('month')}-${r.start.get('day')}`;
    if (deictic || counted || r.tags().has('result/relativeDate') || known.month === undefined || !/[A-Z0-9]/.test(r.text)) return [];
    if (/\b(until|till|through|to)\s+$/i.test(clause.slice(0, r.index)) && direction === 'past') return [];
    const span = { index: r.index, end: r.index + r.text.length };
    const named = known.year === undefined && known.day === undefined ? namedYear(clause, r.index, span.end, published) : undefined;
    const year = known.year ?? named ?? yearByTense(known.month, known.day, published, direction);
    if (known.day === undefined) {
      const [start, end] = monthRange(`${year}-${pad2(known.month)}-01`, 0);
      return [{ ...span, date: { start, end, precision: 'month' as const } }];
    }
    const start = `${year}-${pad2(known.month)}-${pad2(known.day)}`;
    const end = r.end?.isCertain('day') ? `${year}-${pad2(r.end.get('month') ?? known.month)}-${pad2(r.end.get('day') ?? known.day)}` : start;
    return [{ ...span, date: { start, end: end < start ? start : end, precision: 'day' as const } }];
  });
}

/**
 * Every date expression of a text (a sentence), resolved against the publication day, and those told from the story's time
 * ("the day before") against the last date set before them, else `story()` (the time the text before it has reached), else
 * the publication day; one inside another ("March" in "March of last year") is dropped.
 */
export function findDateExpressions(text: string, published: string, direction: Direction, story: () => EventDate | null = () => null): Found[] {
  const found = [
    ...findWeeks(text, published),
    ...findMonthsAndYears(text, published),
    ...findDeictic(text, published),
    ...findCalendarDates(text, published, direction),
    ...findWeekdays(text, published, direction),
    ...findSeasons(text, published, direction),
    ...findRecentPeriods(text, published),
    ...findRecentEvents(text, published),
    ...findAgo(text, published),
    ...findYears(text),
  ].map((f) => qualifyPeriod(text, f, published));
  // `story` is asked only when an expression counts from the story's time and nothing before it in the text set a date.
  const byEnd = [...found].sort((a, b) => a.end - b.end);
  const anchorAt = (index: number) => byEnd.filter((f) => f.end <= index).at(-1)?.date ?? story() ?? day(published);
  const all = [...found, ...findAnchoredDates(text, anchorAt)];
  const inside = (f: Found, o: Found) => o !== f && o.index <= f.index && f.end <= o.end && o.end - o.index > f.end - f.index;
  return all.filter((f) => !all.some((o) => inside(f, o))).sort((a, b) => a.index - b.index);
}
