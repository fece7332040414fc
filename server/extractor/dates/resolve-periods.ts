/** Vague periods in a clause ("this spring", "in recent days", "late last year", "since last month"), as calendar ranges. */
import type { EventDate } from '../../contract/extraction.js';
import { addDays, addMonths, mondayOf, monthRange, pad2 } from './calendar.js';

export type Direction = 'past' | 'future';

/** A date expression found from `index` to `end` in a text. */
export interface Found {
  index: number;
  end: number;
  date: EventDate;
  /** The date itself, where "since" stretched `date` to the publication day ("since late August, when …" is late August). */
  point?: EventDate;
}

export const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, eighteen: 18, few: 3, several: 3 };

/** Meteorological seasons of the northern hemisphere, where most news of this kind is written: first month, in a year. */
const SEASON_START: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

function seasonRange(name: string, year: number): [string, string] {
  const first = `${year}-${pad2(SEASON_START[name] ?? 1)}-01`;
  return [first, monthRange(first, 2)[1]];
}

/** Which season of that name "this", "last", "next" or a bare "in the" means, by the publication day and the tense. */
function pickSeason(name: string, which: string, published: string, direction: Direction): [string, string] {
  const year = Number(published.slice(0, 4));
  const candidates = [year - 2, year - 1, year, year + 1].map((y) => seasonRange(name, y));
  const current = candidates.find(([start, end]) => start <= published && published <= end);
  // "this autumn" is the calendar year's, unless the tense says otherwise ("collapsed this summer", written in January, is last summer);
  // "this winter" straddles two years and goes by the tense alone.
  const calendar = seasonRange(name, year);
  const fits = direction === 'past' ? calendar[0] <= published : calendar[1] >= published;
  if (which === 'this' && (current || (name !== 'winter' && fits))) return current ?? calendar;
  if (which === 'last') return candidates.filter(([, end]) => end < published).at(-1)!;
  if (which === 'next') return candidates.find(([start]) => start > published)!;
  // "this winter" or "in the summer" outside that season: the last one for past events, the coming one for plans.
  return direction === 'past' ? (current ?? candidates.filter(([, end]) => end < published).at(-1)!) : (current ?? candidates.find(([start]) => start > published)!);
}

/** "this spring", "last summer", "in the autumn of 2016", "winter 2015". */
export function findSeasons(clause: string, published: string, direction: Direction): Found[] {
  const pattern = /\b(?:(this|last|next|in the|in|during the|over the|by)\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(\d{4}))?\b/gi;
  return [...clause.matchAll(pattern)].flatMap((m) => {
    const name = (m[2] ?? '').toLowerCase();
    const which = (m[1] ?? '').toLowerCase();
    // A bare season word with no article or year ("a fall in oil prices") is no date.
    if (!which && !m[3]) return [];
    const [start, end] = m[3] ? seasonRange(name, Number(m[3])) : pickSeason(name, which, published, direction);
    return [{ index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, date: { start, end, precision: 'month' as const } }];
  });
}

/** "three years ago", "two weeks ago": the year, week, month or day that far back from the publication day. */
export function findAgo(clause: string, published: string): Found[] {
  const pattern = new RegExp(`\\b(${Object.keys(NUMBERS).join('|')}|\\d+)\\s+(day|week|month|year)s?\\s+ago\\b`, 'gi');
  return [...clause.matchAll(pattern)].map((m) => {
    const n = Number(m[1]) || (NUMBERS[(m[1] ?? '').toLowerCase()] ?? 1);
    const unit = (m[2] ?? '').toLowerCase();
    const found = { index: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
    if (unit === 'year') {
      const year = Number(published.slice(0, 4)) - n;
      return { ...found, date: { start: `${year}-01-01`, end: `${year}-12-31`, precision: 'year' as const } };
    }
    if (unit === 'month') {
      const [start, end] = monthRange(published, -n);
      return { ...found, date: { start, end, precision: 'month' as const } };
    }
    const back = addDays(published, unit === 'week' ? -7 * n : -n);
    const monday = mondayOf(back);
    return { ...found, date: unit === 'week' ? { start: monday, end: addDays(monday, 6), precision: 'week' as const } : { start: back, end: back, precision: 'day' as const } };
  });
}

/** How far back "recent days" and "a recent attack" reach. */
const RECENT_DAYS = 7;

/** "in recent days", "over the past few weeks": a span ending on the publication day. */
export function findRecentPeriods(clause: string, published: string): Found[] {
  const pattern = /\b(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+|several\s+)?(days|weeks|months)\b/gi;
  return [...clause.matchAll(pattern)].map((m) => {
    const unit = (m[1] ?? '').toLowerCase();
    const start = unit === 'days' ? addDays(published, -RECENT_DAYS) : unit === 'weeks' ? addDays(published, -28) : addMonths(published, -3);
    return { index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, date: { start, end: published, precision: unit === 'days' ? ('day' as const) : ('month' as const) } };
  });
}

/** "a recent attack", "the recent talks": an event of the last days before publication (the word dates only the noun the tree hangs it from). */
export function findRecentEvents(clause: string, published: string): Found[] {
  return [...clause.matchAll(/\b(?:a|the|its|their|this|these)\s+(recent)\b/gi)].map((m) => {
    const end = (m.index ?? 0) + m[0].length;
    return { index: end - (m[1] ?? '').length, end, date: { start: addDays(published, -RECENT_DAYS), end: published, precision: 'day' as const } };
  });
}

/** "in 2016", "since 2011", "mid-2016", "the 1974 invasion": a year, which dates only the word the tree hangs it from ("2015 people" dates no event). */
export function findYears(clause: string): Found[] {
  return [...clause.matchAll(/\b(?:(?:in|since|during|by|throughout|early|mid|late)[\s-]+)?((?:19|20)\d{2})\b(?![-–]\d)/gi)].map((m) => {
    const year = m[1] ?? '';
    const end = (m.index ?? 0) + m[0].length;
    return { index: end - year.length, end, date: { start: `${year}-01-01`, end: `${year}-12-31`, precision: 'year' as const } };
  });
}

/** The part of a month (its days) or of a year (its months) that "early", "mid" and "late" name. */
const PART: Record<string, { days: [number, number]; months: [number, number] }> = {
  early: { days: [1, 10], months: [1, 4] },
  mid: { days: [11, 20], months: [5, 8] },
  late: { days: [21, 31], months: [9, 12] },
};

function partOf(date: EventDate, part: { days: [number, number]; months: [number, number] }): EventDate {
  if (date.start === null || date.end === null) return date;
  if (date.precision === 'year') {
    const year = date.start.slice(0, 4);
    return { start: `${year}-${pad2(part.months[0])}-01`, end: monthRange(`${year}-${pad2(part.months[1])}-01`, 0)[1], precision: 'month' };
  }
  const month = date.start.slice(0, 7);
  const last = `${month}-${pad2(part.days[1])}`;
  return { start: `${month}-${pad2(part.days[0])}`, end: last < date.end ? last : date.end, precision: 'month' };
}

/**
 * A qualifier before a month or year narrows it ("late August", "mid-2016", "earlier this month" up to the publication day),
 * and "since" or an opening verb stretches it to the publication day ("since last month", "the talks opened on December 6").
 */
export function qualifyPeriod(clause: string, found: Found, published: string): Found {
  const before = clause.slice(0, found.index);
  const word = /\b(early|mid|late|earlier|later|since)(?:\s+|-)(?:(?:in|on)\s+)?$/i.exec(before)?.[1]?.toLowerCase();
  const coarse = found.date.precision === 'month' || found.date.precision === 'year';
  let date = found.date;
  if (word && coarse && PART[word]) date = partOf(date, PART[word]);
  if (word === 'earlier' && date.end !== null && date.end > published) date = { ...date, end: published };
  if (word === 'later' && date.start !== null && date.start < published) date = { ...date, start: published };
  const since = /\b(?:since|opened|began|begun|started|kicked off)\s+(?:(?:early|mid|late)[\s-]+)?(?:(?:in|on)\s+)?$/i.test(before);
  if (since && date.start !== null && date.start <= published) return { ...found, date: { ...date, end: published }, point: date };
  return { ...found, date };
}

/** "a week of talks", "after two days of negotiations", "more than a month of talks": how long the event noun that follows lasted (in the number words NUMBERS reads). */
const DURATION_BEFORE = new RegExp(`\\b(${Object.keys(NUMBERS).join('|')}|\\d+)\\s+(hour|day|week|month|year)s?\\s+of\\s+(?:[\\w-]+\\s+){0,3}$`, 'i');

/** The span an event lasted, when the words before its noun give its length, ending on `end` (the day it ended, or the report day). */
export function spanEndingAt(before: string, end: string): EventDate | null {
  const m = DURATION_BEFORE.exec(before);
  if (!m) return null;
  const n = Number(m[1]) || (NUMBERS[(m[1] ?? '').toLowerCase()] ?? 1);
  const unit = (m[2] ?? '').toLowerCase();
  if (unit === 'month' || unit === 'year') {
    return { start: addDays(addMonths(end, unit === 'month' ? -n : -12 * n), 1), end, precision: unit };
  }
  const days = unit === 'hour' ? 1 : unit === 'day' ? n : 7 * n;
  return { start: addDays(end, 1 - days), end, precision: 'day' };
}

