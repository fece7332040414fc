/** Stage 6b: an event the article reports as done but never dates is dated by the article's own day. */
import type { MergedEvent } from './merge-events.js';

/** News reports what happened up to its publication: undated occurred events get the publication day. */
export function applyDefaultDates(events: MergedEvent[], published: string): MergedEvent[] {
  return events.map((e) => (e.date.start === null && e.status === 'occurred' ? { ...e, date: { start: published, end: published, precision: 'day' } } : e));
}
