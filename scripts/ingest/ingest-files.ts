/**
 * Loads and ingests files one article at a time; a bad file is reported and skipped, the rest still
 * load. When the database is gone (several articles in a row cannot reach it) the run stops early.
 */
import type { Driver } from 'neo4j-driver';
import { CommitOutcomeUnknownError } from '../../server/graph/commit-outcome-unknown-error.js';
import { ingestExtraction, type IngestedCounts } from '../../server/graph/ingest-extraction.js';
import type { NlpClient } from '../../server/nlp/create-nlp-client.js';
import { isDatabaseUnavailable } from '../../server/graph/is-database-unavailable.js';
import { InputFileError } from './input-file-error.js';
import { loadInputFile } from './load-input-file.js';

/** Consecutive articles that cannot reach the database before the run stops: one may be a blip, three are an outage. */
export const OUTAGE_FAILURES = 3;

/** Driver settings for a batch: a database that is gone fails an article in about a second (one retry), not the server's ~7 s. */
export const INGEST_DRIVER_SETTINGS = { connectionTimeout: 2_000, maxTransactionRetryTime: 500 };

/** What the run left in the graph: an article given twice counts once, as its later version. */
export interface IngestTotals {
  articles: number;
  /** Distinct actor ids across the ingested articles (actors are merged, never removed). */
  actors: number;
  events: number;
  relations: number;
  failed: number;
  /** Set when the run stopped because the database went away: why, and every file not loaded. */
  stopped: { reason: string; notLoaded: string[] } | null;
}

export interface IngestReporter {
  fileDone(): void;
  fileFailed(error: InputFileError): void;
  warn(message: string): void;
}

interface IngestedArticle extends IngestedCounts {
  file: string;
}

/** Ingests every file in order (articles through the extractor, annotated by `nlp`) and returns what went in. */
export async function ingestFiles(driver: Driver, database: string, files: string[], reporter: IngestReporter, nlp: NlpClient): Promise<IngestTotals> {
  const actorIds = new Set<string>();
  const articles = new Map<string, IngestedArticle>();
  let failed = 0;
  // The files that failed for want of the database since the last one that reached it.
  let unreachable: string[] = [];
  for (const [index, file] of files.entries()) {
    try {
      const { doc, text } = await loadInputFile(file, nlp);
      const counts = await ingestExtraction(driver, database, doc, text);
      const earlier = articles.get(doc.article.id);
      // Two inputs of one article (its gold file and the article itself): the later one replaces the earlier.
      if (earlier) reporter.warn(`${file}: replaces what ${earlier.file} said (same article id "${doc.article.id}")`);
      articles.set(doc.article.id, { ...counts, file });
      doc.actors.forEach((actor) => actorIds.add(actor.id));
      unreachable = [];
    } catch (error) {
      failed += 1;
      reporter.fileFailed(error instanceof InputFileError ? error : new InputFileError(file, describeError(error)));
      if (isDatabaseUnavailable(error) || error instanceof CommitOutcomeUnknownError) unreachable.push(file);
      else unreachable = [];
    }
    reporter.fileDone();
    if (unreachable.length >= OUTAGE_FAILURES) {
      const reason = `the database could not be reached for ${unreachable.length} articles in a row`;
      return { ...sumUp(articles, actorIds, failed), stopped: { reason, notLoaded: [...unreachable, ...files.slice(index + 1)] } };
    }
  }
  return { ...sumUp(articles, actorIds, failed), stopped: null };
}

function sumUp(articles: Map<string, IngestedArticle>, actorIds: Set<string>, failed: number): Omit<IngestTotals, 'stopped'> {
  const ingested = [...articles.values()];
  const sum = (key: 'events' | 'relations') => ingested.reduce((total, article) => total + article[key], 0);
  return { articles: ingested.length, actors: actorIds.size, events: sum('events'), relations: sum('relations'), failed };
}

// Neo4j's errors carry a code worth showing ("Neo.ClientError.…"); others their message.
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: string }).code;
  return code ? `${code}: ${error.message}` : error.message;
}
