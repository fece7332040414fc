/**
 * Writes extraction documents into the graph, many articles per write transaction (cypher/README.md):
 * the same document twice changes nothing (an unchanged content hash is not even written); a changed
 * one replaces what its article said before; a failure anywhere leaves nothing of the batch; once
 * committed, every article of it counts as written.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Extraction } from '../contract/extraction.js';
import { BULK_TRANSACTION_TIMEOUT_MS } from './bulk-transaction-timeout.js';
import { CommitOutcomeUnknownError } from './commit-outcome-unknown-error.js';
import { loadCypher } from './cypher-files.js';
import { fromReportRow } from './identity/report-rows.js';
import { removeArticleReports } from './identity/remove-article-reports.js';
import { resolveIdentity, type IdentityChange } from './identity/resolve-identity.js';
import { buildIngestParameters, hashDocument, type IngestDocument, type IngestParameters } from './ingest-parameters.js';
import { isDatabaseUnavailable } from './is-database-unavailable.js';
import { runPipelined, type NamedStatement } from './run-pipelined.js';

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
  const stored = new Set<string>(found.records[0]?.get('stored') ?? []);
  const changed = batch.filter(({ doc }) => !unchanged.has(doc.article.id));
  if (changed.length > 0) {
    const params = buildIngestParameters(changed);
    await runPipelined(tx, [statement('ingest/merge-articles', params, ['articles']), statement('ingest/merge-actors', params, ['actors'])]);
    await options.afterActors?.(tx);
    await writeReports(tx, params, params.articleIds.filter((id) => stored.has(id)));
  }
  return { written: changed.map(({ doc }) => doc.article.id), unchanged: [...unchanged] };
}

// What the articles the graph held (`stored`) reported before leaves; their new reports come in (and
// their relation entries are replaced, sent along in the same round trip); identity rewrites every
// event either touched. An article new to the graph has nothing to remove: the removal of relation
// entries, which walks every relation, is not sent for a batch of new articles.
async function writeReports(tx: ManagedTransaction, params: IngestParameters, stored: string[]): Promise<IdentityChange> {
  const removeEntries: NamedStatement[] = stored.length > 0 ? [['ingest/remove-articles-relation-entries', { articleIds: stored }]] : [];
  const [removed] = await Promise.all([
    removeArticleReports(tx, stored),
    runPipelined(tx, [
      statement('ingest/merge-places', params, ['places']),
      statement('identity/create-reports', params, ['reports']),
      ...removeEntries,
      statement('ingest/merge-relations', params, ['relations']),
    ]),
  ]);
  return resolveIdentity(tx, {
    present: params.reports.map((row) => ({ report: fromReportRow(row), event: null })),
    removed: removed.reports,
    eventsBefore: removed.events,
    passages: params.passages,
  });
}

function statement(name: string, params: IngestParameters, keys: (keyof IngestParameters)[]): NamedStatement {
  return [name, Object.fromEntries(keys.map((key) => [key, params[key]]))];
}
