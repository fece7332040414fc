/**
 * Fills a test database with the demo's data through the real ingest code: the dev set's gold
 * extractions (with their articles' text, so evidence can be highlighted) and the seed articles.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { collectInputFiles } from '../../scripts/ingest/collect-input-files.js';
import { ingestFiles, type IngestTotals } from '../../scripts/ingest/ingest-files.js';
import { ExtractionSchema } from '../../server/contract/extraction.js';
import { readArticleFile } from '../../server/extractor/read-article.js';
import { applyMigrations } from '../../server/graph/apply-migrations.js';
import { ingestExtraction } from '../../server/graph/ingest-extraction.js';
import { projectRoot } from '../../scripts/run-cli.js';
import { recordedNlpClient } from './extract-recorded.js';

export const GOLD_DIR = join(projectRoot, '..', 'shared', 'eval', 'dev');
export const SEEDS_DIR = join(projectRoot, 'seeds');

export interface DemoDataReport {
  goldArticles: number;
  seeds: IngestTotals;
  /** One line per seed the ingest code refused or warned about (file and reason). */
  seedProblems: string[];
}

/** Empties the database, applies the schema, then ingests the gold documents and the seeds. */
export async function loadDemoData(driver: Driver, database: string): Promise<DemoDataReport> {
  await clearDatabase(driver, database);
  await applyMigrations(driver, database);
  const goldArticles = await ingestGoldDocuments(driver, database);
  const seedProblems: string[] = [];
  const { files } = await collectInputFiles([SEEDS_DIR]);
  // The folder's README describes the seeds; it is not one.
  const seedFiles = files.filter((file) => basename(file) !== 'README.md');
  const seeds = await ingestFiles(driver, database, seedFiles, {
    fileDone: () => {},
    fileFailed: (error) => seedProblems.push(error.message),
    warn: (message) => seedProblems.push(message),
  }, recordedNlpClient());
  return { goldArticles, seeds, seedProblems };
}

async function clearDatabase(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database });
}

// Each `<name>.gold.json` is ingested with the text of its `<name>.article.json`.
async function ingestGoldDocuments(driver: Driver, database: string): Promise<number> {
  const golds = (await readdir(GOLD_DIR)).filter((name) => name.endsWith('.gold.json')).sort();
  for (const gold of golds) {
    const doc = ExtractionSchema.parse(JSON.parse(await readFile(join(GOLD_DIR, gold), 'utf8')));
    const article = await readArticleFile(join(GOLD_DIR, gold.replace(/\.gold\.json$/, '.article.json')));
    await ingestExtraction(driver, database, doc, article.text);
  }
  return golds.length;
}
