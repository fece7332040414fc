/**
 * Fills a test database with the demo's data through the real ingest code: the gold extractions of
 * tests/fixtures (with their articles' text, so evidence can be highlighted) and the seed articles.
 */
import { basename, join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { collectInputFiles } from '../../scripts/ingest/collect-input-files.js';
import { ingestFiles, type IngestTotals } from '../../scripts/ingest/ingest-files.js';
import { applyMigrations } from '../../server/graph/apply-migrations.js';
import { ingestExtraction } from '../../server/graph/ingest-extraction.js';
import { projectRoot } from '../../scripts/run-cli.js';
import { recordedNlpClient } from './extract-recorded.js';
import { FIXTURE_NAMES, readFixtureGold, readFixtureText } from './fixture-documents.js';

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

async function ingestGoldDocuments(driver: Driver, database: string): Promise<number> {
  for (const name of FIXTURE_NAMES) await ingestExtraction(driver, database, await readFixtureGold(name), await readFixtureText(name));
  return FIXTURE_NAMES.length;
}
