/**
 * Maps API events to vis-timeline items and groups: day-precision events are points, coarser ones
 * ranges over their whole week/month/year; grouped by event type or, one copy per participant, by actor.
 */
import type { TimelineEvent } from '../../../server/contract/api.js';
import { addDays, formatEventDate } from '../format-date.js';
import { EVENT_TYPES, humanize } from '../palette.js';

export type Grouping = 'type' | 'actor';

export interface TimelineItem {
  id: string;
  eventId: string;
  group: string;
  type: 'point' | 'range';
  start: string;
  end?: string;
  content: string;
  title: string;
  className: string;
}

export interface TimelineGroup {
  id: string;
  content: string;
  order: number;
}

/** Actor groups beyond this many are folded into one "other actors" row, to keep rows readable. */
export const MAX_ACTOR_GROUPS = 40;
const OTHER_ACTORS = '__other__';

/** Participants named in an item's label; the rest are counted ("+2"). */
const LABEL_NAMES = 2;

const isDated = (event: TimelineEvent) => event.start !== null && event.precision !== 'unknown';

/** Builds items and groups; events of unknown date cannot be placed: they come back as `undated`, for the tray. */
export function mapTimelineItems(
  events: readonly TimelineEvent[],
  grouping: Grouping,
  highlightActor: string | null,
): { items: TimelineItem[]; groups: TimelineGroup[]; undated: TimelineEvent[] } {
  const dated = events.filter(isDated);
  const undated = events.filter((event) => !isDated(event));
  return { ...(grouping === 'type' ? groupByType(dated, highlightActor) : groupByActor(dated, highlightActor)), undated };
}

/**
 * A label short enough for a timeline item: "Talks · United Nations, Syria +1 ×3", leaving out the lane's own
 * actor; "×3" when three articles report the event.
 */
export function labelEvent(event: TimelineEvent, laneActor: string | null = null): string {
  const names = event.participants.filter((p) => p.actor !== laneActor).map((p) => p.name);
  const unique = [...new Set(names)];
  const more = unique.length > LABEL_NAMES ? ` +${unique.length - LABEL_NAMES}` : '';
  const who = unique.slice(0, LABEL_NAMES).join(', ');
  const reports = event.reportCount > 1 ? ` ×${event.reportCount}` : '';
  return (who === '' ? humanize(event.type) : `${humanize(event.type)} · ${who}${more}`) + reports;
}

function groupByType(events: readonly TimelineEvent[], highlightActor: string | null) {
  const items = events.map((event) => toItem(event, event.id, event.type, null, highlightActor));
  const present = new Set(items.map((item) => item.group));
  const groups = EVENT_TYPES.filter((type) => present.has(type)).map((type) => ({
    id: type,
    content: humanize(type),
    order: EVENT_TYPES.indexOf(type),
  }));
  return { items, groups };
}

function groupByActor(events: readonly TimelineEvent[], highlightActor: string | null) {
  const counts = new Map<string, { name: string; count: number }>();
  for (const { participants } of events) {
    for (const p of participants) counts.set(p.actor, { name: p.name, count: (counts.get(p.actor)?.count ?? 0) + 1 });
  }
  const ranked = [...counts].sort((a, b) => b[1].count - a[1].count || a[1].name.localeCompare(b[1].name));
  const shown = new Set(ranked.slice(0, MAX_ACTOR_GROUPS).map(([id]) => id));
  const items = events.flatMap((event) => {
    const rows = new Set(event.participants.map((p) => (shown.has(p.actor) ? p.actor : OTHER_ACTORS)));
    return [...rows].map((row) => toItem(event, `${event.id}@${row}`, row, row, highlightActor));
  });
  const groups = ranked
    .filter(([id]) => shown.has(id))
    .map(([id, { name }], order) => ({ id, content: name, order }));
  if (shown.size < counts.size) groups.push({ id: OTHER_ACTORS, content: 'Other actors', order: groups.length });
  return { items, groups };
}

function toItem(event: TimelineEvent, id: string, group: string, laneActor: string | null, highlightActor: string | null): TimelineItem {
  const start = event.start ?? '';
  const isPoint = event.precision === 'day' && (event.end === null || event.end === event.start);
  const involved = highlightActor !== null && event.participants.some((p) => p.actor === highlightActor);
  const classes = ['ev', `ev-${event.type}`];
  if (event.status === 'planned') classes.push('ev-planned');
  if (highlightActor !== null) classes.push(involved ? 'ev-highlight' : 'ev-dim');
  return {
    id,
    eventId: event.id,
    group,
    type: isPoint ? 'point' : 'range',
    start,
    // vis-timeline ends are exclusive instants; an event's end day is inclusive.
    ...(isPoint ? {} : { end: addDays(event.end ?? start, 1) }),
    content: labelEvent(event, laneActor),
    title: describeEvent(event),
    className: classes.join(' '),
  };
}

/** The hover text: date, type, status, summary, who took part in which role, and how many reports and sources. */
export function describeEvent(event: TimelineEvent): string {
  const who = event.participants.map((p) => `${p.name} (${p.role})`).join(', ');
  const status = event.status === 'occurred' ? '' : ` · ${event.status}`;
  return `${formatEventDate(event.start, event.end, event.precision)} · ${humanize(event.type)}${status}\n${event.summary}\n${who}\n${describeCorroboration(event)}`;
}

/** "3 reports from 2 sources", "1 report". */
export function describeCorroboration({ reportCount, sourceCount }: Pick<TimelineEvent, 'reportCount' | 'sourceCount'>): string {
  const reports = `${reportCount} ${reportCount === 1 ? 'report' : 'reports'}`;
  return reportCount > 1 ? `${reports} from ${sourceCount} ${sourceCount === 1 ? 'source' : 'sources'}` : reports;
}
