/**
 * Writes one extraction document into the graph as one write transaction (cypher/README.md):
 * the same document twice changes nothing; a changed one replaces what its article said before;
 * a failure anywhere leaves nothing of that article; once committed, it counts as written.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Extraction } from '../contract/extraction.js';
import { CommitOutcomeUnknownError } from './commit-outcome-unknown-error.js';
import { loadCypher } from './cypher-files.js';
import { buildIngestParameters, type IngestParameters } from './ingest-parameters.js';
import { isDatabaseUnavailable } from './is-database-unavailable.js';

export interface IngestOptions {
  /**
   * Runs inside the article's transaction once its article and actors are written, before its
   * events. A seam for tests: throwing here shows that a failure mid-article rolls it all back.
   */
  afterActors?: (tx: ManagedTransaction) => Promise<void>;
}

export interface IngestedCounts {
  actors: number;
  events: number;
  relations: number;
}

// The statements of `cypher/ingest/` after the actors, in order, with the parameters each takes.
const STATEMENTS_AFTER_ACTORS: [string, (keyof IngestParameters)[]][] = [
  ['detach-article-events', ['articleId', 'eventIds']],
  ['merge-events', ['articleId', 'events']],
  ['merge-participations', ['participations']],
  ['create-reports', ['articleId', 'reports']],
  ['merge-placements', ['placements']],
  ['remove-article-relation-entries', ['articleId']],
  ['merge-relations', ['relations']],
];

/** Ingests one article's extraction (with its text, when known); returns what the document held. */
export async function ingestExtraction(
  driver: Driver,
  database: string,
  doc: Extraction,
  articleText?: string,
  options: IngestOptions = {},
): Promise<IngestedCounts> {
  const params = buildIngestParameters(doc, articleText ?? null);
  const session = driver.session({ database });
  // Set once an attempt's statements all ran: a connection lost after that may have lost only the commit's answer.
  let reachedCommit = false;
  try {
    // executeWrite retries transient failures (deadlocks with a concurrent ingest): the work is idempotent.
    await session.executeWrite(async (tx) => {
      await runStatement(tx, 'merge-article', params, ['article']);
      await runStatement(tx, 'merge-actors', params, ['actors']);
      await options.afterActors?.(tx);
      for (const [name, keys] of STATEMENTS_AFTER_ACTORS) await runStatement(tx, name, params, keys);
      reachedCommit = true;
    });
  } catch (error) {
    if (reachedCommit && isDatabaseUnavailable(error)) throw new CommitOutcomeUnknownError(doc.article.id, error);
    throw error;
  } finally {
    // The commit decides: a session that cannot close cleanly afterwards (the database gone) takes nothing back.
    await session.close().catch(() => {});
  }
  return { actors: doc.actors.length, events: doc.events.length, relations: doc.relations.length };
}

async function runStatement(
  tx: ManagedTransaction,
  name: string,
  params: IngestParameters,
  keys: (keyof IngestParameters)[],
): Promise<void> {
  await tx.run(loadCypher(`ingest/${name}`), Object.fromEntries(keys.map((key) => [key, params[key]])));
}
