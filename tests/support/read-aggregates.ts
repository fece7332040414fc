/** The aggregates as stored, and as a recount from every event would make them, in one comparable form. */
import { readEventFacts } from '../../server/graph/aggregates/refresh-aggregates.js';
import { tallyEvents, AGGREGATE_FAMILIES, type AggregateFamily, type Tally } from '../../server/graph/aggregates/tally-events.js';
import { queryRows, type TestGraph } from './open-test-graph.js';

export type AggregateTable = Record<AggregateFamily, string[]>;

// Each family's rows as the graph holds them (a map's key order is not kept: rows are compared with sorted keys).
const STORED: Record<AggregateFamily, string> = {
  pairMonths: `MATCH (c:PairMonthCount)
    RETURN {source: c.source, target: c.target, type: c.type, first: toString(c.first), last: toString(c.last)} AS key, c.count AS count, c.cooperation AS cooperation, c.conflict AS conflict,
      c.spanLast IS NOT NULL = (c.first <> c.last) AND coalesce(c.spanLast = c.last, true)
        AND c.key = toString(c.first) + '|' + toString(c.last) + '|' + c.type + '|' + c.source + '|' + c.target AS spanMarked`,
  actorMonths: `MATCH (c:ActorMonthCount)
    RETURN {actor: c.actor, type: c.type, first: toString(c.first), last: toString(c.last)} AS key, c.count AS count, c.cooperation AS cooperation, c.conflict AS conflict,
      c.spanLast IS NOT NULL = (c.first <> c.last) AND coalesce(c.spanLast = c.last, true) AS spanMarked`,
  pairYears: `MATCH (c:PairYearCount)
    RETURN {source: c.source, target: c.target, type: c.type, year: toString(c.year)} AS key, c.count AS count, c.cooperation AS cooperation, c.conflict AS conflict,
      c.key = toString(c.year) + '|' + c.type + '|' + c.source + '|' + c.target AS spanMarked`,
  actorYears: `MATCH (c:ActorYearCount)
    RETURN {actor: c.actor, type: c.type, year: toString(c.year)} AS key, c.count AS count, c.cooperation AS cooperation, c.conflict AS conflict,
      c.key = toString(c.year) + '|' + c.type + '|' + c.actor AS spanMarked`,
  pairTotals: `MATCH (c:PairTotalCount)
    RETURN {source: c.source, target: c.target, type: c.type} AS key, c.count AS count, c.cooperation AS cooperation, c.conflict AS conflict,
      c.key = c.type + '|' + c.source + '|' + c.target AS spanMarked`,
  days: `MATCH (c:DayCount)
    RETURN {type: c.type, start: toString(c.start), end: toString(c.end)} AS key, c.count AS count, c.cooperation AS cooperation, c.conflict AS conflict,
      c.spanEnd IS NOT NULL = (c.start <> c.end) AND coalesce(c.spanEnd = c.end, true) AS spanMarked`,
  actorDays: `MATCH (c:ActorDayCount)
    RETURN {actor: c.actor, type: c.type, start: toString(c.start), end: toString(c.end)} AS key, c.count AS count, c.cooperation AS cooperation, c.conflict AS conflict,
      c.spanEnd IS NOT NULL = (c.start <> c.end) AND coalesce(c.spanEnd = c.end, true) AS spanMarked`,
};

/** Every stored row as one sorted line per row; a row whose span marker (or key) disagrees with its span says so. */
export async function readStoredAggregates(graph: TestGraph): Promise<AggregateTable> {
  const table = {} as AggregateTable;
  for (const family of AGGREGATE_FAMILIES) {
    const rows = await queryRows(graph, STORED[family]);
    table[family] = rows.map((row) => formatRow(row.key as Record<string, string>, row as { count: unknown; cooperation: unknown; conflict: unknown }, row.spanMarked ? '' : ' (span marker wrong)')).sort();
  }
  return table;
}

/** The rows a recount of every event in the graph gives. */
export async function recountAggregates(graph: TestGraph): Promise<AggregateTable> {
  const ids = (await queryRows(graph, 'MATCH (e:Event) RETURN e.id AS id')).map((row) => row.id as string);
  const session = graph.driver.session({ database: graph.database });
  try {
    const tally = tallyEvents(await session.executeRead((tx) => readEventFacts(tx, ids)));
    return toTable(tally);
  } finally {
    await session.close();
  }
}

function toTable(tally: Tally): AggregateTable {
  const table = {} as AggregateTable;
  for (const family of AGGREGATE_FAMILIES) table[family] = [...tally[family].values()].map((row) => formatRow(row.key, row, '')).sort();
  return table;
}

function formatRow(key: Record<string, string>, counts: { count: unknown; cooperation: unknown; conflict: unknown }, note: string): string {
  return `${JSON.stringify(Object.fromEntries(Object.entries(key).sort()))} count=${Number(counts.count)} cooperation=${Number(counts.cooperation)} conflict=${Number(counts.conflict)}${note}`;
}
