/**
 * Dates told from the story's own time, not from the report's: "the day before", "the following week", "two days later",
 * "in the same month". They count from the last date the text has set (earlier in the sentence, else in the one before).
 */
import * as chrono from 'chrono-node';
import type { EventDate } from '../../contract/extraction.js';
import { addDays, mondayOf, monthRange, toIso } from './calendar.js';
import type { Found } from './resolve-periods.js';

const STORY_UNIT = /\b(?:the\s+(previous|following|same)|(that))\s+(day|week|month|year)\b/gi;
const OFFSETS: Record<string, number> = { previous: -1, following: 1, same: 0, that: 0 };
/** chrono's relative dates that count from a time already told ("the day before", "a week later"), unlike "last week", told from the report. */
const COUNTED_FROM_STORY = /\b(?:before|after|later|earlier)$|\bnext day$/i;
/** "the day after the attack", "a week after they began" count from what follows; "the day before," from the story's time. */
const ENDS_WITH_PREPOSITION = /\b(?:before|after)$/i;
const ENDS_PHRASE = /^\s*(?:[,.;:!?)"“”'—–]|$)/;

/** The period `offset` units from the anchor's, when the anchor is at least as precise as the unit. */
function shift(anchor: EventDate, unit: string, offset: number): EventDate | null {
  const at = anchor.start;
  const fine = ['day', 'week', 'month', 'year'];
  if (at === null || fine.indexOf(anchor.precision) < 0 || fine.indexOf(anchor.precision) > fine.indexOf(unit)) return null;
  if (unit === 'day') return { start: addDays(at, offset), end: addDays(at, offset), precision: 'day' };
  if (unit === 'week') {
    const monday = addDays(mondayOf(at), 7 * offset);
    return { start: monday, end: addDays(monday, 6), precision: 'week' };
  }
  if (unit === 'month') {
    const [start, end] = monthRange(at, offset);
    return { start, end, precision: 'month' };
  }
  const year = Number(at.slice(0, 4)) + offset;
  return { start: `${year}-01-01`, end: `${year}-12-31`, precision: 'year' };
}

/** "three days later": chrono counts it from the anchor day. */
function countFrom(phrase: string, anchor: EventDate): EventDate | null {
  if (anchor.precision !== 'day' || anchor.start === null) return null;
  const day = chrono.parseDate(phrase, { instant: new Date(`${anchor.start}T12:00:00Z`), timezone: 'UTC' });
  return day ? { start: toIso(day), end: toIso(day), precision: 'day' } : null;
}

/** The story-anchored dates of a text; `anchorAt(index)` is the last date told before that point. */
export function findAnchoredDates(text: string, anchorAt: (index: number) => EventDate | null): Found[] {
  const units = [...text.matchAll(STORY_UNIT)].flatMap((m) => {
    const anchor = anchorAt(m.index ?? 0);
    const date = anchor && shift(anchor, (m[3] ?? '').toLowerCase(), OFFSETS[(m[1] ?? m[2] ?? '').toLowerCase()] ?? 0);
    return date ? [{ index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, date }] : [];
  });
  const counted = chrono.parse(text, { instant: new Date(0), timezone: 'UTC' }).flatMap((r) => {
    const end = r.index + r.text.length;
    if (!r.tags().has('result/relativeDate') || !COUNTED_FROM_STORY.test(r.text) || (ENDS_WITH_PREPOSITION.test(r.text) && !ENDS_PHRASE.test(text.slice(end)))) return [];
    const anchor = anchorAt(r.index);
    const date = anchor && countFrom(r.text, anchor);
    return date ? [{ index: r.index, end, date }] : [];
  });
  return [...units, ...counted];
}
