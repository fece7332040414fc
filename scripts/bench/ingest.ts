/**
 * Bench section: write speed, the project's writers beside the plainest `UNWIND … MERGE` of the same
 * events in the same Neo4j and run: the GDELT import (the sample resampled by gdelt:generate), its
 * re-import, and `npm run ingest` on synthetic extraction documents (10 events each) and their re-ingest.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Extraction } from '../../server/contract/extraction.js';
import { applyMigrations } from '../../server/graph/apply-migrations.js';
import { toReportKey } from '../../server/identity/identity-report.js';
import type { NlpClient } from '../../server/nlp/create-nlp-client.js';
import { importGdeltFiles } from '../import-gdelt/import-gdelt-files.js';
import { ingestFiles } from '../ingest/ingest-files.js';
import { DEFAULT_RESAMPLE, defaultActorCount, resampleGdeltRows } from '../gdelt-generate/resample-gdelt-rows.js';
import { readSampleRows } from '../gdelt-generate/read-sample-rows.js';
import { writeGdeltExport } from '../gdelt-generate/write-gdelt-export.js';
import { describeMachine } from './api.js';
import type { BenchFigure, BenchSection } from './bench-section.js';
import { withBenchNeo4j } from './bench-neo4j.js';
import { generateSyntheticExtractions } from './generate-synthetic-graph.js';
import { clearGraph } from './load-synthetic-graph.js';
import { writeRaw, writeRawGdeltFile, type RawEvent } from './write-raw-events.js';

const GDELT_ROWS = 20_000;
const SYNTHETIC = { events: 20_000, actors: 2_000, eventsPerArticle: 10, seed: 1111 };

export const ingestSection: BenchSection = {
  name: `ingest and import, project vs raw UNWIND … MERGE (${describeMachine()})`,
  run: () => withBenchNeo4j((driver) => measureWrites(driver, 'neo4j')),
};

async function measureWrites(driver: Driver, database: string): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
  try {
    const gdeltFile = join(dir, 'bench.export.CSV');
    await writeGdeltExport(resampleGdeltRows(await readSampleRows(), { ...DEFAULT_RESAMPLE, events: GDELT_ROWS, actors: defaultActorCount(GDELT_ROWS) }), gdeltFile);
    const documents = [...generateSyntheticExtractions(SYNTHETIC)];
    const docsDir = join(dir, 'docs');
    writeDocuments(docsDir, documents);
    const figures: BenchFigure[] = [];
    const rate = (label: string, count: number, seconds: number, unit = 'events/s') => figures.push({ label, value: count / seconds, unit });

    await resetGraph(driver, database);
    rate('GDELT import (project)', GDELT_ROWS, await time('GDELT import', () => importGdelt(driver, database, gdeltFile)));
    rate('GDELT re-import, unchanged (project)', GDELT_ROWS, await time('GDELT re-import', () => importGdelt(driver, database, gdeltFile)));
    await resetGraph(driver, database);
    rate('GDELT-shaped events, raw UNWIND … MERGE', GDELT_ROWS, await time('raw GDELT-shaped events', () => writeRawGdeltFile(driver, database, gdeltFile)));

    const events = documents.reduce((sum, doc) => sum + doc.events.length, 0);
    await resetGraph(driver, database);
    const ingestSeconds = await time('ingest', () => ingestFolder(driver, database, docsDir));
    rate('ingest, extraction documents (project)', documents.length, ingestSeconds, 'documents/s');
    rate('ingest, extraction documents (project)', events, ingestSeconds);
    rate('re-ingest, unchanged (project)', documents.length, await time('re-ingest', () => ingestFolder(driver, database, docsDir)), 'documents/s');
    await resetGraph(driver, database);
    rate('the same events, raw UNWIND … MERGE', events, await time('raw document events', () => writeRaw(driver, database, rawDocumentEvents(documents))));
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Seconds `work` took; a failure names what was being measured. */
export async function time(label: string, work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  try {
    await work();
  } catch (error) {
    throw new Error(`${label}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (performance.now() - started) / 1000;
}

/** An empty graph with the schema's migrations applied. */
export async function resetGraph(driver: Driver, database: string): Promise<void> {
  await clearGraph(driver, database);
  await applyMigrations(driver, database);
}

function writeDocuments(dir: string, documents: Extraction[]): void {
  mkdirSync(dir);
  for (const doc of documents) writeFileSync(join(dir, `${doc.article.id}.json`), JSON.stringify(doc));
}

const silent = { rowSkipped: () => {}, fileFailed: () => {}, batchDone: () => {}, fileDone: () => {} };

async function importGdelt(driver: Driver, database: string, file: string): Promise<void> {
  const totals = await importGdeltFiles(driver, database, [file], {}, silent);
  if (totals.events !== GDELT_ROWS) throw new Error(`the GDELT import loaded ${totals.events} of ${GDELT_ROWS} rows`);
}

// Extraction documents need no annotation: a call here would be a bug.
const noNlp: NlpClient = { annotate: () => Promise.reject(new Error('the ingest bench reads extraction documents only')) } as unknown as NlpClient;

async function ingestFolder(driver: Driver, database: string, dir: string): Promise<void> {
  const files = readdirSync(dir).sort().map((file) => join(dir, file));
  const totals = await ingestFiles(driver, database, files, { fileDone: () => {}, fileFailed: () => {}, warn: () => {} }, noNlp);
  if (totals.failed > 0) throw new Error(`${totals.failed} document(s) failed to ingest`);
}

function rawDocumentEvents(documents: Extraction[]): RawEvent[] {
  return documents.flatMap((doc) =>
    doc.events.map((event) => ({
      id: toReportKey(doc.article.id, event.id),
      articleId: doc.article.id,
      properties: {
        type: event.type, status: event.status, start: event.date.start, end: event.date.end,
        precision: event.date.precision, summary: event.summary, confidence: event.confidence,
      },
      participants: event.participants,
    })),
  );
}
