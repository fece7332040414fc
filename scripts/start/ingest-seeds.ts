/** The demo's seed articles into the graph, through the ingest CLI's own code (idempotent: a restart duplicates nothing). */
import { basename, join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { collectInputFiles } from '../ingest/collect-input-files.js';
import { ingestFiles, type IngestTotals } from '../ingest/ingest-files.js';
import type { NlpClient } from '../../server/nlp/create-nlp-client.js';
import type { SeedProgress } from './create-seed-progress.js';

export interface SeedReport extends IngestTotals {
  /** One line per seed refused (file and reason); the others still load. */
  failures: string[];
  warnings: string[];
}

/** Ingests every article under seeds/ but the folder's README; `progress` is made once the count is known. */
export async function ingestSeeds(
  driver: Driver,
  database: string,
  root: string,
  nlp: NlpClient,
  progress: (total: number) => SeedProgress = () => ({ fileDone: () => {}, stop: () => {} }),
): Promise<SeedReport> {
  const { files, errors } = await collectInputFiles([join(root, 'seeds')]);
  const failures = errors.map((error) => error.message);
  const warnings: string[] = [];
  const articles = files.filter((file) => basename(file) !== 'README.md');
  const bar = progress(articles.length);
  const totals = await ingestFiles(driver, database, articles, {
    fileDone: () => bar.fileDone(),
    fileFailed: (error) => failures.push(error.message),
    warn: (message) => warnings.push(message),
  }, nlp).finally(() => bar.stop());
  if (totals.stopped) throw new Error(`loading the seeds stopped: ${totals.stopped.reason}`);
  return { ...totals, failures, warnings };
}
