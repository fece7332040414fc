/**
 * `npm run ingest -- <files or folders>`: loads extraction documents (and articles) into Neo4j,
 * one write transaction per article, after applying the schema migrations.
 */
import { Command } from 'commander';
import { loadConfig } from '../server/config.js';
import { applyMigrations } from '../server/graph/apply-migrations.js';
import { createNeo4jDriver } from '../server/graph/driver.js';
import { collectInputFiles } from './ingest/collect-input-files.js';
import { createIngestProgress } from './ingest/create-ingest-progress.js';
import { ingestFiles, type IngestTotals } from './ingest/ingest-files.js';
import { connectNeo4j } from './neo4j/connect.js';
import { openNlpClient } from './nlp/open-nlp-client.js';
import { projectRoot, runCli } from './run-cli.js';

async function ingest(paths: string[]): Promise<void> {
  const started = performance.now();
  const { files, errors } = await collectInputFiles(paths);
  errors.forEach((error) => process.stderr.write(`error: ${error.message}\n`));
  const config = await loadConfig();
  const nlp = await openNlpClient(projectRoot, config, (line) => process.stderr.write(`${line}\n`));
  const connection = await connectNeo4j(config, projectRoot);
  const driver = createNeo4jDriver(connection);
  try {
    await applyMigrations(driver, connection.database);
    const progress = createIngestProgress(files.length);
    const totals = await ingestFiles(driver, connection.database, files, progress, nlp).finally(() => progress.stop());
    const failed = totals.failed + errors.length;
    process.stdout.write(`${formatSummary({ ...totals, failed }, (performance.now() - started) / 1000)}\n`);
    if (failed > 0) process.exitCode = 1;
  } finally {
    await driver.close();
  }
}

function formatSummary(totals: IngestTotals, seconds: number): string {
  const failed = totals.failed > 0 ? `; ${totals.failed} file(s) failed` : '';
  return (
    `ingested ${totals.articles} articles: ${totals.actors} actors, ${totals.events} events, ` +
    `${totals.relations} relations in ${seconds.toFixed(1)} s${failed}`
  );
}

const program = new Command()
  .name('ingest')
  .description('Load extraction documents (JSON with an "events" array) and articles into Neo4j')
  .argument('<paths...>', 'files or folders')
  .action(ingest);

await runCli(() => program.parseAsync());
