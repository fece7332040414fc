/**
 * What a set of events adds to the pre-aggregated views (cypher/README.md, "Aggregates"): per actor
 * pair, event type and month span; per actor, type and month span; per actor pair, type and first
 * year; per actor, type and first year; per type and day span; per actor, type and day span; per actor
 * pair and type over all time (the whole history's graph reads its heaviest pairs in index order). Each row
 * counts events, and of them the cooperative and the conflictual ones. Spans (an event's first and last
 * month, or day) key the rows so that a window's count is a plain sum; a window reads years only for
 * the events starting in its whole years, so a year row needs no span.
 */
import { classifyStance, type StanceFacts } from './classify-stance.js';

/** An event as the aggregates see it: undated events (start null) count in none. */
export interface EventFacts extends StanceFacts {
  id: string;
  start: string | null;
  end: string | null;
  /** The distinct actors taking part, in any role. */
  actors: string[];
}

export type AggregateFamily = 'pairMonths' | 'actorMonths' | 'pairYears' | 'actorYears' | 'days' | 'actorDays' | 'pairTotals';
export const AGGREGATE_FAMILIES: AggregateFamily[] = ['pairMonths', 'actorMonths', 'pairYears', 'actorYears', 'days', 'actorDays', 'pairTotals'];

export interface AggregateRow {
  /** The row's key: ids, `type` and ISO days (`first`/`last` months or the `year` as their first day, or `start`/`end` days). */
  key: Record<string, string>;
  count: number;
  cooperation: number;
  conflict: number;
}

export type Tally = Record<AggregateFamily, Map<string, AggregateRow>>;

/** Counts the events into rows of every family. */
export function tallyEvents(events: Iterable<EventFacts>): Tally {
  const tally = createTally();
  for (const event of events) {
    if (event.start === null || event.end === null) continue;
    const stance = classifyStance(event);
    const add = (family: AggregateFamily, key: Record<string, string>) => addToRow(tally[family], key, 1, stance);
    const months = { first: toMonth(event.start), last: toMonth(event.end) };
    const year = toYear(event.start);
    const days = { start: event.start, end: event.end };
    const actors = [...new Set(event.actors)].sort();
    add('days', { type: event.type, ...days });
    actors.forEach((actor, i) => {
      add('actorMonths', { actor, type: event.type, ...months });
      add('actorYears', { actor, type: event.type, year });
      add('actorDays', { actor, type: event.type, ...days });
      for (const target of actors.slice(i + 1)) {
        add('pairMonths', { source: actor, target, type: event.type, ...months });
        add('pairYears', { source: actor, target, type: event.type, year });
        add('pairTotals', { source: actor, target, type: event.type });
      }
    });
  }
  return tally;
}

/** after − before, row by row: the rows whose counts change, with the change as their counts. */
export function diffTallies(before: Tally, after: Tally): Record<AggregateFamily, AggregateRow[]> {
  const diff = createTally();
  for (const family of AGGREGATE_FAMILIES) {
    for (const row of after[family].values()) addCounts(diff[family], row, 1);
    for (const row of before[family].values()) addCounts(diff[family], row, -1);
  }
  const changed = (rows: Map<string, AggregateRow>) => [...rows.values()].filter((r) => r.count !== 0 || r.cooperation !== 0 || r.conflict !== 0);
  return Object.fromEntries(AGGREGATE_FAMILIES.map((family) => [family, changed(diff[family])])) as Record<AggregateFamily, AggregateRow[]>;
}

function createTally(): Tally {
  return Object.fromEntries(AGGREGATE_FAMILIES.map((family) => [family, new Map()])) as Tally;
}

function addToRow(rows: Map<string, AggregateRow>, key: Record<string, string>, sign: number, stance: ReturnType<typeof classifyStance>): void {
  addCounts(rows, { key, count: 1, cooperation: stance === 'cooperation' ? 1 : 0, conflict: stance === 'conflict' ? 1 : 0 }, sign);
}

function addCounts(rows: Map<string, AggregateRow>, row: AggregateRow, sign: number): void {
  const id = JSON.stringify(row.key);
  const found = rows.get(id) ?? { key: row.key, count: 0, cooperation: 0, conflict: 0 };
  found.count += sign * row.count;
  found.cooperation += sign * row.cooperation;
  found.conflict += sign * row.conflict;
  rows.set(id, found);
}

/** An ISO day's month, as its first day. */
function toMonth(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

/** An ISO day's year, as its first day. */
function toYear(day: string): string {
  return `${day.slice(0, 4)}-01-01`;
}
