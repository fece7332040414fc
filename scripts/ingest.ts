/**
 * `npm run ingest -- <files or folders>`: loads extraction documents (and articles) into Neo4j,
 * many articles per write transaction, after applying the schema migrations.
 * `npm run ingest -- --rebuild-identity`: recomputes which reports are one event over the whole
 * graph (after the identity rule changed), once any files given are loaded.
 */
import { Command } from 'commander';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../server/config.js';
import { applyMigrations } from '../server/graph/apply-migrations.js';
import { createNeo4jDriver } from '../server/graph/driver.js';
import { rebuildIdentity } from '../server/graph/identity/rebuild-identity.js';
import { isDatabaseUnavailable } from '../server/graph/is-database-unavailable.js';
import { collectInputFiles } from './ingest/collect-input-files.js';
import { createIngestProgress } from './ingest/create-ingest-progress.js';
import { INGEST_BATCH_ARTICLES, INGEST_DRIVER_SETTINGS, ingestFiles, type IngestTotals } from './ingest/ingest-files.js';
import { connectNeo4j } from './neo4j/connect.js';
import { openNlpClient } from './nlp/open-nlp-client.js';
import { parsePositiveInteger } from './parse-positive-integer.js';
import { projectRoot, runCli } from './run-cli.js';

interface IngestCliOptions {
  rebuildIdentity?: boolean;
  batch: number;
}

async function ingest(paths: string[], options: IngestCliOptions): Promise<void> {
  if (paths.length === 0 && !options.rebuildIdentity) throw new Error('ingest: give files or folders to load, or --rebuild-identity');
  const started = performance.now();
  const { files, errors } = await collectInputFiles(paths);
  errors.forEach((error) => process.stderr.write(`error: ${error.message}\n`));
  const config = await loadConfig();
  const connection = await connectNeo4j(config, projectRoot);
  const driver = createNeo4jDriver(connection, INGEST_DRIVER_SETTINGS);
  try {
    if (!(await prepareSchema(driver, connection.database, files, connection.uri))) return;
    if (files.length > 0 || errors.length > 0) {
      const nlp = await openNlpClient(projectRoot, config, (line) => process.stderr.write(`${line}\n`));
      const progress = createIngestProgress(files.length);
      const totals = await ingestFiles(driver, connection.database, files, progress, nlp, { batchArticles: options.batch }).finally(() => progress.stop());
      const failed = totals.failed + errors.length;
      process.stdout.write(`${formatSummary({ ...totals, failed }, (performance.now() - started) / 1000)}\n`);
      if (totals.stopped) reportStop(totals.stopped, connection.uri);
      if (failed > 0) process.exitCode = 1;
      if (totals.stopped) return;
    }
    if (options.rebuildIdentity) await rebuildAllIdentity(driver, connection.database);
  } finally {
    await driver.close();
  }
}

async function rebuildAllIdentity(driver: Driver, database: string): Promise<void> {
  const started = performance.now();
  const outcome = await rebuildIdentity(driver, database, { onPage: (walked) => process.stderr.write(`identity: ${walked} reports re-clustered\n`) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`identity rebuilt: ${outcome.reports} reports make ${outcome.events} events in ${seconds} s\n`);
}

// Neo4j unreachable from the start: nothing loads, and the user is told so in the same terms as a stop mid-run.
async function prepareSchema(driver: Driver, database: string, files: string[], uri: string): Promise<boolean> {
  try {
    await applyMigrations(driver, database);
    return true;
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    reportStop({ reason: `the database could not be reached (${(error as Error).message.split('\n')[0]})`, notLoaded: files }, uri);
    process.exitCode = 1;
    return false;
  }
}

function formatSummary(totals: IngestTotals, seconds: number): string {
  const failed = totals.failed > 0 ? `; ${totals.failed} file(s) failed` : '';
  const unchanged = totals.unchanged > 0 ? `; ${totals.unchanged} unchanged (already in the graph, not rewritten)` : '';
  return (
    `ingested ${totals.articles} articles: ${totals.actors} actors, ${totals.events} events, ` +
    `${totals.relations} relations in ${seconds.toFixed(1)} s${failed}${unchanged}`
  );
}

// One line per file not loaded, so the list can be fed back to `npm run ingest` once Neo4j is back.
function reportStop(stopped: NonNullable<IngestTotals['stopped']>, uri: string): void {
  process.stderr.write(`error: stopped early: ${stopped.reason} (${uri}); ${stopped.notLoaded.length} file(s) not loaded:\n`);
  stopped.notLoaded.forEach((file) => process.stderr.write(`not loaded: ${file}\n`));
}

const program = new Command()
  .name('ingest')
  .description('Load extraction documents (JSON with an "events" array) and articles into Neo4j')
  .argument('[paths...]', 'files or folders')
  .option('--batch <articles>', 'articles per write transaction (a batch also closes at 5,000 events)', parsePositiveInteger, INGEST_BATCH_ARTICLES)
  .option('--rebuild-identity', 'recompute which reports are one event over the whole graph (after the rule changed)')
  .action(ingest);

await runCli(() => program.parseAsync());
