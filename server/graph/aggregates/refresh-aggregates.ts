/**
 * Keeps the pre-aggregated views exact inside a write transaction. Every write path that changes
 * events (extraction ingest, GDELT import, identity merges) does, in its own transaction:
 *
 *   const before = await tallyStoredEvents(tx, idsItWillTouch);   // before changing them
 *   … the write …
 *   await refreshAggregates(tx, before, idsItTouched);             // events created, changed or kept
 *
 * Only the rows those events count in change, by the difference between what the events counted
 * before and after the write. An update of a row is `SET c.count = c.count + $delta` under Neo4j's
 * write lock on it, so concurrent writers touching one row do not lose each other's changes. Why a
 * difference rather than recounting each touched row from the events: a row of two busy actors (a
 * month of USA–Russia) holds thousands of events, which every batch would walk again.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { loadCypher } from '../cypher-files.js';
import { runPipelined, type NamedStatement } from '../run-pipelined.js';
import { AGGREGATE_FAMILIES, diffTallies, tallyEvents, type AggregateFamily, type EventFacts, type Tally } from './tally-events.js';

// Each family's statements (cypher/aggregates/apply-* and prune-*) are named after its file stem.
const FAMILY_FILE: Record<AggregateFamily, string> = {
  pairMonths: 'pair-months',
  actorMonths: 'actor-months',
  pairYears: 'pair-years',
  actorYears: 'actor-years',
  days: 'days',
  actorDays: 'actor-days',
  pairTotals: 'pair-totals',
};

/** What the given events (those in the graph now) count in the aggregates. */
export async function tallyStoredEvents(tx: ManagedTransaction, eventIds: Iterable<string>): Promise<Tally> {
  return tallyEvents(await readEventFacts(tx, eventIds));
}

/** Brings the aggregates from what `before` counted to what the given events count now. */
export async function refreshAggregates(tx: ManagedTransaction, before: Tally, eventIdsAfter: Iterable<string>): Promise<void> {
  await applyTallyChanges(tx, before, await tallyStoredEvents(tx, eventIdsAfter));
}

/**
 * Brings the aggregates from `before` to `after`, a tally the writer made of what it wrote without
 * reading it back (the GDELT import knows its events' facts): exact only if `after` is what the
 * events now count, as `refreshAggregates` would read it. The families' statements go in one round
 * trip: every change is applied, then the rows whose count fell are pruned when they reach zero (only
 * a fall can empty a row, so a batch of new events sends no prune).
 */
export async function applyTallyChanges(tx: ManagedTransaction, before: Tally, after: Tally): Promise<void> {
  const changes = diffTallies(before, after);
  const statements = AGGREGATE_FAMILIES.flatMap((family): NamedStatement[] => {
    const rows = changes[family].map(({ key, count, cooperation, conflict }) => ({ ...key, count, cooperation, conflict }));
    const fallen = rows.filter((row) => row.count < 0);
    return [
      ...(rows.length > 0 ? [[`aggregates/apply-${FAMILY_FILE[family]}`, { rows }] as NamedStatement] : []),
      ...(fallen.length > 0 ? [[`aggregates/prune-${FAMILY_FILE[family]}`, { rows: fallen }] as NamedStatement] : []),
    ];
  });
  await runPipelined(tx, statements);
}

/** The aggregates' view of the given events, for tallies and for the checks that recount them. */
export async function readEventFacts(tx: Pick<ManagedTransaction, 'run'>, eventIds: Iterable<string>): Promise<EventFacts[]> {
  const ids = [...new Set(eventIds)];
  if (ids.length === 0) return [];
  const result = await tx.run(loadCypher('aggregates/read-event-facts'), { ids });
  return result.records.map((record) => {
    const quadClass: unknown = record.get('quadClass');
    return {
      id: record.get('id'),
      type: record.get('type'),
      subtype: record.get('subtype'),
      cameo: record.get('cameo'),
      quadClass: neo4j.isInt(quadClass) ? quadClass.toNumber() : (quadClass as number | null),
      start: record.get('start'),
      end: record.get('end'),
      actors: record.get('actors'),
    };
  });
}
