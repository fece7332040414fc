/**
 * Writes extraction documents into the graph, many articles per write transaction (cypher/README.md):
 * the same document twice changes nothing (an unchanged content hash is not even written); a changed
 * one replaces what its article said before; a failure anywhere leaves nothing of the batch; once
 * committed, every article of it counts as written.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Extraction } from '../contract/extraction.js';
import { refreshAggregates, tallyStoredEvents } from './aggregates/refresh-aggregates.js';
import { BULK_TRANSACTION_TIMEOUT_MS } from './bulk-transaction-timeout.js';
import { CommitOutcomeUnknownError } from './commit-outcome-unknown-error.js';
import { loadCypher } from './cypher-files.js';
import { buildIngestParameters, hashDocument, type IngestDocument, type IngestParameters } from './ingest-parameters.js';
import { isDatabaseUnavailable } from './is-database-unavailable.js';

export interface IngestOptions {
  /**
   * Runs inside the batch's transaction once its articles and actors are written, before its
   * events. A seam for tests: throwing here shows that a failure mid-batch rolls it all back.
   */
  afterActors?: (tx: ManagedTransaction) => Promise<void>;
}

export interface IngestedCounts {
  actors: number;
  events: number;
  relations: number;
}

/** The batch's article ids: written, or left alone because the graph already held the same document. */
export interface IngestBatchOutcome {
  written: string[];
  unchanged: string[];
}

// The statements of `cypher/ingest/` after the actors, in order, with the parameters each takes.
const STATEMENTS_AFTER_ACTORS: [string, (keyof IngestParameters)[]][] = [
  ['detach-articles-events', ['articles']],
  ['merge-events', ['events']],
  ['merge-participations', ['participations']],
  ['create-reports', ['reports']],
  ['merge-placements', ['placements']],
  ['remove-articles-relation-entries', ['articleIds']],
  ['merge-relations', ['relations']],
];

/** Ingests a batch of documents (distinct article ids) in one transaction. */
export async function ingestExtractions(driver: Driver, database: string, batch: IngestDocument[], options: IngestOptions = {}): Promise<IngestBatchOutcome> {
  const session = driver.session({ database });
  // Set once an attempt's statements all ran: a connection lost after that may have lost only the commit's answer.
  let reachedCommit = false;
  try {
    // executeWrite retries transient failures (deadlocks with a concurrent ingest): the work is idempotent.
    return await session.executeWrite(async (tx) => {
      const outcome = await writeBatch(tx, batch, options);
      reachedCommit = true;
      return outcome;
    }, { timeout: BULK_TRANSACTION_TIMEOUT_MS });
  } catch (error) {
    if (reachedCommit && isDatabaseUnavailable(error)) throw new CommitOutcomeUnknownError(batch.map(({ doc }) => doc.article.id), error);
    throw error;
  } finally {
    // The commit decides: a session that cannot close cleanly afterwards (the database gone) takes nothing back.
    await session.close().catch(() => {});
  }
}

/** Ingests one article's extraction (with its text, when known); returns what the document held. */
export async function ingestExtraction(driver: Driver, database: string, doc: Extraction, articleText?: string, options: IngestOptions = {}): Promise<IngestedCounts> {
  await ingestExtractions(driver, database, [{ doc, text: articleText ?? null }], options);
  return { actors: doc.actors.length, events: doc.events.length, relations: doc.relations.length };
}

async function writeBatch(tx: ManagedTransaction, batch: IngestDocument[], options: IngestOptions): Promise<IngestBatchOutcome> {
  const hashes = batch.map((input) => ({ id: input.doc.article.id, contentHash: hashDocument(input) }));
  const found = await tx.run(loadCypher('ingest/find-unchanged-articles'), { articles: hashes });
  const unchanged = new Set<string>(found.records[0]?.get('unchanged') ?? []);
  const changed = batch.filter(({ doc }) => !unchanged.has(doc.article.id));
  if (changed.length > 0) {
    const params = buildIngestParameters(changed);
    const before = await tallyStoredEvents(tx, await readArticlesEventIds(tx, params.articleIds));
    await runStatement(tx, 'merge-articles', params, ['articles']);
    await runStatement(tx, 'merge-actors', params, ['actors']);
    await options.afterActors?.(tx);
    for (const [name, keys] of STATEMENTS_AFTER_ACTORS) await runStatement(tx, name, params, keys);
    await refreshAggregates(tx, before, params.events.map((event) => event.id as string));
  }
  return { written: changed.map(({ doc }) => doc.article.id), unchanged: [...unchanged] };
}

async function readArticlesEventIds(tx: ManagedTransaction, articleIds: string[]): Promise<string[]> {
  const result = await tx.run(loadCypher('aggregates/article-event-ids'), { articleIds });
  return result.records[0]?.get('ids') ?? [];
}

async function runStatement(tx: ManagedTransaction, name: string, params: IngestParameters, keys: (keyof IngestParameters)[]): Promise<void> {
  await tx.run(loadCypher(`ingest/${name}`), Object.fromEntries(keys.map((key) => [key, params[key]])));
}
