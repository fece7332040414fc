/**
 * Bench section: write speed, the project's writers beside the plainest `UNWIND … MERGE` of the same
 * events in the same Neo4j and run: the GDELT import (the sample's rows resampled with new ids), its
 * re-import, and `npm run ingest` on synthetic extraction documents (10 events each) and their re-ingest.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Extraction } from '../../server/contract/extraction.js';
import { applyMigrations } from '../../server/graph/apply-migrations.js';
import { loadCypher } from '../../server/graph/cypher-files.js';
import { toReportKey } from '../../server/identity/identity-report.js';
import type { NlpClient } from '../../server/nlp/create-nlp-client.js';
import { importGdeltFiles } from '../import-gdelt/import-gdelt-files.js';
import { ingestFiles } from '../ingest/ingest-files.js';
import { projectRoot } from '../run-cli.js';
import { describeMachine } from './api.js';
import type { BenchFigure, BenchSection } from './bench-section.js';
import { withBenchNeo4j } from './bench-neo4j.js';
import { generateSyntheticExtractions } from './generate-synthetic-graph.js';
import { clearGraph } from './load-synthetic-graph.js';

const GDELT_SAMPLE = join(projectRoot, 'tests', 'fixtures', 'gdelt', '20191024143000.export.CSV');
const GDELT_ROWS = 20_000;
const SYNTHETIC = { events: 20_000, actors: 2_000, eventsPerArticle: 10, seed: 1111 };
/** Events per transaction of the baseline. */
const RAW_BATCH = 5_000;

interface RawEvent {
  id: string;
  articleId: string;
  properties: Record<string, unknown>;
  participants: { actor: string; role: string }[];
}

export const ingestSection: BenchSection = {
  name: `ingest and import, project vs raw UNWIND … MERGE (${describeMachine()})`,
  run: () => withBenchNeo4j((driver) => measureWrites(driver, 'neo4j')),
};

async function measureWrites(driver: Driver, database: string): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
  try {
    const gdeltFile = join(dir, 'bench.export.CSV');
    writeFileSync(gdeltFile, resampleGdeltRows(GDELT_ROWS));
    const documents = [...generateSyntheticExtractions(SYNTHETIC)];
    const docsDir = join(dir, 'docs');
    writeDocuments(docsDir, documents);
    const figures: BenchFigure[] = [];
    const rate = (label: string, count: number, seconds: number, unit = 'events/s') => figures.push({ label, value: count / seconds, unit });

    await resetGraph(driver, database);
    rate('GDELT import (project)', GDELT_ROWS, await time('GDELT import', () => importGdelt(driver, database, gdeltFile)));
    rate('GDELT re-import, unchanged (project)', GDELT_ROWS, await time('GDELT re-import', () => importGdelt(driver, database, gdeltFile)));
    await resetGraph(driver, database);
    rate('GDELT-shaped events, raw UNWIND … MERGE', GDELT_ROWS, await time('raw GDELT-shaped events', () => writeRaw(driver, database, rawGdeltEvents(gdeltFile))));

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
async function time(label: string, work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  try {
    await work();
  } catch (error) {
    throw new Error(`${label}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (performance.now() - started) / 1000;
}

async function resetGraph(driver: Driver, database: string): Promise<void> {
  await clearGraph(driver, database);
  await applyMigrations(driver, database);
}

/** The sample's rows, repeated with fresh GLOBALEVENTIDs until there are `count`. */
function resampleGdeltRows(count: number): string {
  const rows = readFileSync(GDELT_SAMPLE, 'utf8').split('\n').filter((line) => line !== '');
  return Array.from({ length: count }, (_, i) => {
    const columns = rows[i % rows.length]!.split('\t');
    columns[0] = String(1_000_000_000 + i);
    return columns.join('\t');
  }).join('\n');
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

async function writeRaw(driver: Driver, database: string, events: RawEvent[]): Promise<void> {
  for (let i = 0; i < events.length; i += RAW_BATCH) {
    await driver.executeQuery(loadCypher('bench/raw-merge-events'), { events: events.slice(i, i + RAW_BATCH) }, { database });
  }
}

function rawGdeltEvents(file: string): RawEvent[] {
  return readFileSync(file, 'utf8').split('\n').map((line) => {
    const c = line.split('\t');
    const day = `${c[1]!.slice(0, 4)}-${c[1]!.slice(4, 6)}-${c[1]!.slice(6, 8)}`;
    const participants = [[c[5], 'source'], [c[15], 'target']].filter(([code]) => code).map(([code, role]) => ({ actor: `raw_${code!.toLowerCase()}`, role: role! }));
    return {
      id: `gdelt:${c[0]}`,
      articleId: c[60]!,
      // The properties the graph's indexes cover (type, dates, summary) included, so both sides maintain the same indexes.
      properties: {
        type: 'statement', start: day, end: day, summary: `${c[6]} ${c[26]} ${c[16]}`,
        cameo: c[26], goldstein: Number(c[30]), numMentions: Number(c[31]), numSources: Number(c[32]), numArticles: Number(c[33]), place: c[52],
      },
      participants,
    };
  });
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
