/**
 * Writes a batch of mapped GDELT rows in one managed write transaction (retried on transient
 * failures: a retry looks the batch up again, so it writes the same), as a few `UNWIND` statements
 * over the whole batch (cypher/import-gdelt/). One look-up splits the rows: those that map as they
 * did before are left alone (and write nothing, not even their articles or actors), changed ones are
 * deleted and created again, new ones created.
 */
import { createHash } from 'node:crypto';
import { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { GdeltRecord } from '../gdelt/map-gdelt-row.js';
import type { ImportedActor } from '../gdelt/map-gdelt-actor.js';
import { applyTallyChanges, tallyStoredEvents } from './aggregates/refresh-aggregates.js';
import { tallyEvents, type EventFacts } from './aggregates/tally-events.js';
import { BULK_TRANSACTION_TIMEOUT_MS } from './bulk-transaction-timeout.js';
import { loadCypher } from './cypher-files.js';

export interface GdeltBatchOutcome {
  /** Events new or changed since the last import, which this batch wrote. */
  written: number;
}

/** Writes the batch; resolves once it committed. */
export async function writeGdeltBatch(driver: Driver, database: string, records: GdeltRecord[]): Promise<GdeltBatchOutcome> {
  const session = driver.session({ database });
  const write = () => session.executeWrite((tx) => runBatch(tx, records), { timeout: BULK_TRANSACTION_TIMEOUT_MS });
  try {
    return await write();
  } catch (error) {
    // Another import created one of these events after this batch looked it up: looked up again, it is found.
    if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return await write();
    throw error;
  } finally {
    await session.close();
  }
}

async function runBatch(tx: ManagedTransaction, batch: GdeltRecord[]): Promise<GdeltBatchOutcome> {
  // A GLOBALEVENTID given twice in one batch: the later row stands, as it would in a later batch.
  const records = uniqueBy(batch, (record) => record.event.id);
  const hashes = new Map(records.map((record) => [record.event.id, hashRecord(record)]));
  const found = await tx.run(loadCypher('import-gdelt/find-stored-events'), { ids: [...hashes.keys()] });
  const stored = new Map(found.records.map((record) => [record.get('id') as string, record.get('importHash') as string | null]));
  const toWrite = records.filter((record) => stored.get(record.event.id) !== hashes.get(record.event.id));
  if (toWrite.length === 0) return { written: 0 };
  const changed = toWrite.map((record) => record.event.id).filter((id) => stored.has(id));
  const before = await tallyStoredEvents(tx, changed);
  await tx.run(loadCypher('import-gdelt/merge-articles'), { articles: uniqueBy(toWrite.map((r) => r.article), (a) => a.id) });
  await tx.run(loadCypher('import-gdelt/merge-actors'), { actors: mergeActors(toWrite) });
  const placed = toWrite.flatMap((record) => (record.place === null ? [] : [record.place]));
  await tx.run(loadCypher('import-gdelt/merge-places'), { places: uniqueBy(placed, (p) => p.name) });
  if (changed.length > 0) await tx.run(loadCypher('import-gdelt/delete-events'), { ids: changed });
  const events = toWrite.map((record) => ({ ...record.event, importHash: hashes.get(record.event.id), participants: record.participants }));
  await tx.run(loadCypher('import-gdelt/create-events'), { events });
  // The events were just created from these records: their facts are the records', no need to read them back.
  await applyTallyChanges(tx, before, tallyEvents(toWrite.map(toEventFacts)));
  return { written: toWrite.length };
}

/** What the aggregates count of the event created from a record (as read-event-facts would read it back). */
function toEventFacts({ event, participants }: GdeltRecord): EventFacts {
  const { id, type, subtype, cameo, quadClass, day } = event;
  return { id, type, subtype, cameo, quadClass, start: day, end: day, actors: [...new Set(participants.map((p) => p.actor))] };
}

/** The batch's actors once each, with every name they were given in it. */
function mergeActors(records: GdeltRecord[]): ImportedActor[] {
  const byId = new Map<string, ImportedActor>();
  for (const actor of records.flatMap((record) => record.actors)) {
    const seen = byId.get(actor.id);
    if (!seen) byId.set(actor.id, { ...actor, aliases: [...actor.aliases] });
    else for (const alias of actor.aliases) if (!seen.aliases.includes(alias)) seen.aliases.push(alias);
  }
  return [...byId.values()];
}

/** One item per key, the last given for it. */
function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()];
}

// What the row maps to, mapping data included: editing a code's meaning and re-importing rewrites the events it touches.
function hashRecord(record: GdeltRecord): string {
  return createHash('sha1').update(JSON.stringify([record.event, record.participants, record.place])).digest('base64');
}
