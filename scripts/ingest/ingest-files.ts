/** Loads and ingests files one article at a time; a bad file is reported and skipped, the rest still load. */
import type { Driver } from 'neo4j-driver';
import { ingestExtraction } from '../../server/graph/ingest-extraction.js';
import { InputFileError } from './input-file-error.js';
import { loadInputFile } from './load-input-file.js';

export interface IngestTotals {
  articles: number;
  /** Distinct actor ids across the ingested articles. */
  actors: number;
  events: number;
  relations: number;
  failed: number;
}

export interface IngestReporter {
  fileDone(): void;
  fileFailed(error: InputFileError): void;
}

/** Ingests every file in order and returns what went in. */
export async function ingestFiles(driver: Driver, database: string, files: string[], reporter: IngestReporter): Promise<IngestTotals> {
  const actorIds = new Set<string>();
  const totals: IngestTotals = { articles: 0, actors: 0, events: 0, relations: 0, failed: 0 };
  for (const file of files) {
    try {
      const { doc, text } = await loadInputFile(file);
      const counts = await ingestExtraction(driver, database, doc, text);
      doc.actors.forEach((actor) => actorIds.add(actor.id));
      totals.articles += 1;
      totals.events += counts.events;
      totals.relations += counts.relations;
    } catch (error) {
      totals.failed += 1;
      reporter.fileFailed(error instanceof InputFileError ? error : new InputFileError(file, describeError(error)));
    }
    reporter.fileDone();
  }
  return { ...totals, actors: actorIds.size };
}

// Neo4j's errors carry a code worth showing ("Neo.ClientError.…"); others their message.
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: string }).code;
  return code ? `${code}: ${error.message}` : error.message;
}
