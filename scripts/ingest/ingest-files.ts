/**
 * Loads files and ingests them many articles per transaction; a bad file is reported and skipped, the
 * rest still load. When a batch fails, its articles are retried one by one, so a bad article never
 * takes good ones down with it. When the database is gone (several articles in a row cannot reach it)
 * the run stops early.
 */
import type { Driver } from 'neo4j-driver';
import { CommitOutcomeUnknownError } from '../../server/graph/commit-outcome-unknown-error.js';
import { ingestExtractions, type IngestBatchOutcome } from '../../server/graph/ingest-extraction.js';
import type { IngestDocument } from '../../server/graph/ingest-parameters.js';
import type { NlpClient } from '../../server/nlp/create-nlp-client.js';
import { isDatabaseUnavailable } from '../../server/graph/is-database-unavailable.js';
import { InputFileError } from './input-file-error.js';
import { loadInputFile, type LoadedInput } from './load-input-file.js';

/** Consecutive articles that cannot reach the database before the run stops: one may be a blip, three are an outage. */
export const OUTAGE_FAILURES = 3;

/** Driver settings for a batch: a database that is gone fails an article in about a second (one retry), not the server's ~7 s. */
export const INGEST_DRIVER_SETTINGS = { connectionTimeout: 2_000, maxTransactionRetryTime: 500 };

/**
 * A batch closes at this many articles or events, whichever comes first. With the batch's statements
 * pipelined, `npm run bench -- --only ingest` (2,000 documents of 10 events, quiet 2-core machine):
 * 50 articles 31.5 documents/s, 200 15.0 (a large batch's identity and aggregate reads grow faster
 * than its round trips shrink; on a machine loaded to 10-14, 200 was the faster). The event cap keeps
 * a batch of long documents short.
 */
export const INGEST_BATCH_ARTICLES = 50;
export const INGEST_BATCH_EVENTS = 5_000;

/** What the run left in the graph: an article given twice counts once, as its later version. */
export interface IngestTotals {
  articles: number;
  /** Of those, the ones the graph already held from the same document: nothing was written. */
  unchanged: number;
  /** Distinct actor ids across the ingested articles (actors are merged, never removed). */
  actors: number;
  events: number;
  relations: number;
  failed: number;
  /** Set when the run stopped because the database went away: why, and every file not loaded. */
  stopped: { reason: string; notLoaded: string[] } | null;
}

export interface IngestReporter {
  /** A file is done with (loaded or failed); `events` is how many its article brought in. */
  fileDone(events?: number): void;
  fileFailed(error: InputFileError): void;
  warn(message: string): void;
}

export interface IngestFilesOptions {
  /** Articles per transaction (1 writes each alone). */
  batchArticles?: number;
  /** Writes one batch in one transaction (`ingestExtractions`); a seam for tests that make an article fail. */
  ingestBatch?: (batch: IngestDocument[]) => Promise<IngestBatchOutcome>;
}

interface Loaded extends LoadedInput {
  file: string;
}

interface IngestedArticle {
  file: string;
  events: number;
  relations: number;
  unchanged: boolean;
}

/** Ingests every file in order (articles through the extractor, annotated by `nlp`) and returns what went in. */
export async function ingestFiles(
  driver: Driver,
  database: string,
  files: string[],
  reporter: IngestReporter,
  nlp: NlpClient,
  options: IngestFilesOptions = {},
): Promise<IngestTotals> {
  const run = createIngestRun(options.ingestBatch ?? ((batch) => ingestExtractions(driver, database, batch)), reporter);
  const batchArticles = options.batchArticles ?? INGEST_BATCH_ARTICLES;
  let batch: Loaded[] = [];
  for (const [index, file] of files.entries()) {
    const loaded = await loadFile(file, nlp, reporter, run);
    // Two inputs of one article cannot share a transaction: the earlier goes in first, then the later replaces it.
    if (loaded && batch.some((item) => item.doc.article.id === loaded.doc.article.id)) {
      batch = await run.write(batch);
      if (run.stopped()) return run.totals(files.slice(index));
    }
    if (loaded) batch.push(loaded);
    if (batch.length >= batchArticles || countEvents(batch) >= INGEST_BATCH_EVENTS) batch = await run.write(batch);
    if (run.stopped()) return run.totals(files.slice(index + 1));
  }
  await run.write(batch);
  return run.totals([]);
}

async function loadFile(file: string, nlp: NlpClient, reporter: IngestReporter, run: IngestRun): Promise<Loaded | null> {
  try {
    return { ...(await loadInputFile(file, nlp)), file };
  } catch (error) {
    run.fail(file, error);
    reporter.fileDone();
    return null;
  }
}

type IngestRun = ReturnType<typeof createIngestRun>;

/** The run's state: what went in, and the files that failed for want of the database since the last one that reached it. */
function createIngestRun(ingestBatch: (batch: IngestDocument[]) => Promise<IngestBatchOutcome>, reporter: IngestReporter) {
  const actorIds = new Set<string>();
  const articles = new Map<string, IngestedArticle>();
  let failed = 0;
  let unreachable: string[] = [];
  let notTried: string[] = [];

  const succeed = (items: Loaded[], outcome: IngestBatchOutcome) => {
    const unchanged = new Set(outcome.unchanged);
    for (const { doc, file } of items) {
      const earlier = articles.get(doc.article.id);
      if (earlier) reporter.warn(`${file}: replaces what ${earlier.file} said (same article id "${doc.article.id}")`);
      articles.set(doc.article.id, { file, events: doc.events.length, relations: doc.relations.length, unchanged: unchanged.has(doc.article.id) });
      doc.actors.forEach((actor) => actorIds.add(actor.id));
      reporter.fileDone(doc.events.length);
    }
    unreachable = [];
  };

  const fail = (file: string, error: unknown) => {
    failed += 1;
    reporter.fileFailed(error instanceof InputFileError ? error : new InputFileError(file, describeError(error)));
    if (isDatabaseUnavailable(error) || error instanceof CommitOutcomeUnknownError) unreachable.push(file);
    else unreachable = [];
  };

  const writeOneByOne = async (items: Loaded[]) => {
    for (const [position, item] of items.entries()) {
      try {
        succeed([item], await ingestBatch([toDocument(item)]));
      } catch (error) {
        fail(item.file, error);
        reporter.fileDone();
      }
      if (unreachable.length >= OUTAGE_FAILURES) {
        notTried = items.slice(position + 1).map((rest) => rest.file);
        return;
      }
    }
  };

  return {
    fail,
    stopped: () => unreachable.length >= OUTAGE_FAILURES,
    /** Writes the batch (one by one when it fails as a whole); resolves with an empty batch to fill next. */
    async write(items: Loaded[]): Promise<Loaded[]> {
      if (items.length === 0) return [];
      try {
        succeed(items, await ingestBatch(items.map(toDocument)));
      } catch {
        await writeOneByOne(items);
      }
      return [];
    },
    totals(rest: string[]): IngestTotals {
      const ingested = [...articles.values()];
      const sum = (key: 'events' | 'relations') => ingested.reduce((total, article) => total + article[key], 0);
      const stopped = unreachable.length >= OUTAGE_FAILURES
        ? { reason: `the database could not be reached for ${unreachable.length} articles in a row`, notLoaded: [...unreachable, ...notTried, ...rest] }
        : null;
      return {
        articles: ingested.length,
        unchanged: ingested.filter((article) => article.unchanged).length,
        actors: actorIds.size,
        events: sum('events'),
        relations: sum('relations'),
        failed,
        stopped,
      };
    },
  };
}

const toDocument = ({ doc, text }: Loaded) => ({ doc, text: text ?? null });

const countEvents = (batch: Loaded[]) => batch.reduce((sum, { doc }) => sum + doc.events.length, 0);

// Neo4j's errors carry a code worth showing ("Neo.ClientError.…"); others their message.
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: string }).code;
  return code ? `${code}: ${error.message}` : error.message;
}
