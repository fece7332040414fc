/**
 * Writes a batch of mapped GDELT rows in one managed write transaction (retried on transient
 * failures: every statement is keyed, so a retry writes the same), as a few `UNWIND` statements
 * over the whole batch (cypher/import-gdelt/). Rows that map as they did before are left alone.
 */
import { createHash } from 'node:crypto';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { GdeltRecord } from '../gdelt/map-gdelt-row.js';
import type { ImportedActor } from '../gdelt/map-gdelt-actor.js';
import { refreshAggregates, tallyStoredEvents } from './aggregates/refresh-aggregates.js';
import { BULK_TRANSACTION_TIMEOUT_MS } from './bulk-transaction-timeout.js';
import { loadCypher } from './cypher-files.js';

export interface GdeltBatchOutcome {
  /** Events new or changed since the last import, which this batch wrote. */
  written: number;
}

/** Writes the batch; resolves once it committed. */
export async function writeGdeltBatch(driver: Driver, database: string, records: GdeltRecord[]): Promise<GdeltBatchOutcome> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite((tx) => runBatch(tx, records), { timeout: BULK_TRANSACTION_TIMEOUT_MS });
  } finally {
    await session.close();
  }
}

async function runBatch(tx: ManagedTransaction, records: GdeltRecord[]): Promise<GdeltBatchOutcome> {
  await tx.run(loadCypher('import-gdelt/merge-articles'), { articles: uniqueBy(records.map((r) => r.article), (a) => a.id) });
  await tx.run(loadCypher('import-gdelt/merge-actors'), { actors: mergeActors(records) });
  const events = records.map((record) => ({ ...record.event, importHash: hashRecord(record) }));
  const changed = await tx.run(loadCypher('aggregates/gdelt-changed-event-ids'), { events: events.map(({ id, importHash }) => ({ id, importHash })) });
  const before = await tallyStoredEvents(tx, changed.records[0]?.get('ids') ?? []);
  const result = await tx.run(loadCypher('import-gdelt/merge-events'), { events });
  const written = new Set<string>(result.records[0]?.get('written') ?? []);
  if (written.size === 0) return { written: 0 };
  const fresh = records.filter((record) => written.has(record.event.id));
  const participations = fresh.flatMap((record) => record.participants.map((p) => ({ ...p, event: record.event.id })));
  await tx.run(loadCypher('import-gdelt/create-participations'), { participations });
  const placed = fresh.filter((record) => record.place !== null);
  await tx.run(loadCypher('import-gdelt/merge-places'), { places: uniqueBy(placed.map((record) => record.place!), (p) => p.name) });
  await tx.run(loadCypher('import-gdelt/create-placements'), { placements: placed.map((record) => ({ event: record.event.id, name: record.place!.name })) });
  await refreshAggregates(tx, before, written);
  return { written: written.size };
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

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()];
}

// What the row maps to, mapping data included: editing a code's meaning and re-importing rewrites the events it touches.
function hashRecord(record: GdeltRecord): string {
  return createHash('sha1').update(JSON.stringify([record.event, record.participants, record.place])).digest('base64');
}
