/** Stage 6b: an event the article reports as done but never dates is dated by its publication day; news in the present perfect by the day the article reports on. */
import type { Segment } from '../document-model.js';
import type { MergedEvent } from '../events/merge-events.js';
import { nearestWeekday } from './calendar.js';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** "the envoy told reporters on Monday", "said on Saturday": the day the reported statements were made. */
const REPORTING_DAY = /\b(?:said|says|told [\w ]{1,20}?|announced|added|stated)\s+(?:on\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/;

/** The day of the article's reported statements, else its publication day. */
export function findReportDay(segments: Segment[], published: string): string {
  for (const s of segments.filter((x) => x.kind === 'body' || x.kind === 'headline')) {
    const day = REPORTING_DAY.exec(s.text)?.[1];
    if (day) return nearestWeekday(published, WEEKDAYS.indexOf(day), 'past');
  }
  return published;
}

/** News reports what happened up to its publication: undated events it reports as done or going on get that day (a "said Thursday" dates only the present-perfect news of the lead, in build-events). */
export function applyDefaultDates(events: MergedEvent[], published: string): MergedEvent[] {
  return events.map((e) => (e.date.start === null && e.status !== 'planned' ? { ...e, date: { start: published, end: published, precision: 'day' } } : e));
}
