/**
 * Imports GDELT export files: each row parsed, filtered, mapped and written in batches, one batch
 * writing while the next is read. A malformed row is reported with its line and skipped; a file that
 * cannot be read is reported and the others still load; a batch the database refuses stops the run
 * (re-running it is safe: the import is keyed by GLOBALEVENTID).
 */
import type { Driver } from 'neo4j-driver';
import { gdeltCodebook } from '../../server/gdelt/load-gdelt-codebook.js';
import { mapGdeltRow, type GdeltRecord } from '../../server/gdelt/map-gdelt-row.js';
import { GdeltRowError, parseGdeltRow, type GdeltRow } from '../../server/gdelt/parse-gdelt-row.js';
import { writeGdeltBatch } from '../../server/graph/write-gdelt-batch.js';
import { readGdeltLines } from './read-gdelt-lines.js';

/**
 * Rows per write transaction. On 10,000 resampled rows (shared machine, load ~23): 1,000 rows 310
 * events/s, 2,500 486, 5,000 430; a 5,000-row batch also ran past the server's 30-s transaction
 * timeout on a freshly started Neo4j under that load.
 */
export const GDELT_BATCH_SIZE = 2_500;

export interface GdeltImportOptions {
  /** CAMEO root codes to keep ("01" … "20"); all when absent. */
  roots?: Set<string>;
  /** CAMEO country codes: a row is kept when either actor's country is one of them; all when absent. */
  countries?: Set<string>;
  batchSize?: number;
}

export interface GdeltImportReporter {
  rowSkipped(file: string, line: number, reason: string): void;
  fileFailed(file: string, reason: string): void;
  /** A batch committed: its events (new, changed or unchanged) and how many it wrote. */
  batchDone(events: number, written: number): void;
  fileDone(): void;
}

export interface GdeltImportTotals {
  /** Rows kept by the filters and loaded (new, changed or already there). */
  events: number;
  /** Of those, the events new or changed, which were written. */
  written: number;
  malformed: number;
  filteredOut: number;
  failedFiles: number;
}

/** Imports every file in order; resolves with what went in. */
export async function importGdeltFiles(
  driver: Driver,
  database: string,
  files: string[],
  options: GdeltImportOptions,
  reporter: GdeltImportReporter,
): Promise<GdeltImportTotals> {
  const totals: GdeltImportTotals = { events: 0, written: 0, malformed: 0, filteredOut: 0, failedFiles: 0 };
  const writer = createPipelinedWriter(async (batch) => {
    const { written } = await writeGdeltBatch(driver, database, batch);
    totals.events += batch.length;
    totals.written += written;
    reporter.batchDone(batch.length, written);
  });
  const batchSize = options.batchSize ?? GDELT_BATCH_SIZE;
  let batch: GdeltRecord[] = [];
  for (const file of files) {
    try {
      for await (const { line, columns } of readGdeltLines(file)) {
        const row = parseRow(columns, (reason) => {
          totals.malformed += 1;
          reporter.rowSkipped(file, line, reason);
        });
        if (!row) continue;
        if (!keepRow(row, options)) {
          totals.filteredOut += 1;
          continue;
        }
        batch.push(mapGdeltRow(row, gdeltCodebook));
        if (batch.length >= batchSize) {
          await writer.write(batch);
          batch = [];
        }
      }
    } catch (error) {
      if (writer.failed()) throw writer.failed();
      totals.failedFiles += 1;
      reporter.fileFailed(file, error instanceof Error ? error.message : String(error));
    }
    reporter.fileDone();
  }
  if (batch.length > 0) await writer.write(batch);
  await writer.flush();
  return totals;
}

function parseRow(columns: string[], onMalformed: (reason: string) => void): GdeltRow | null {
  try {
    return parseGdeltRow(columns);
  } catch (error) {
    if (!(error instanceof GdeltRowError)) throw error;
    onMalformed(error.message);
    return null;
  }
}

function keepRow(row: GdeltRow, { roots, countries }: GdeltImportOptions): boolean {
  if (roots && !roots.has(row.rootCode)) return false;
  if (countries && !countries.has(row.actor1?.countryCode ?? '') && !countries.has(row.actor2?.countryCode ?? '')) return false;
  return true;
}

/**
 * One batch in flight while the caller reads the next: `write` waits for the previous batch, then
 * starts this one; a failure surfaces at the next `write` or at `flush`.
 */
function createPipelinedWriter(writeBatch: (batch: GdeltRecord[]) => Promise<void>) {
  let inFlight: Promise<void> = Promise.resolve();
  let failure: unknown = null;
  return {
    async write(batch: GdeltRecord[]) {
      await inFlight;
      if (failure) throw failure;
      inFlight = writeBatch(batch).catch((error: unknown) => {
        failure = error;
      });
    },
    async flush() {
      await inFlight;
      if (failure) throw failure;
    },
    failed: () => failure,
  };
}
