/**
 * `npm run import:gdelt -- <files or folders>`: loads GDELT 2.0 event exports (`*.export.CSV`, zipped
 * or not) into Neo4j, after applying the schema migrations. Re-importing a file changes nothing.
 */
import { Command } from 'commander';
import { loadConfig } from '../server/config.js';
import { applyMigrations } from '../server/graph/apply-migrations.js';
import { createNeo4jDriver } from '../server/graph/driver.js';
import { collectGdeltFiles } from './import-gdelt/collect-gdelt-files.js';
import { createImportProgress } from './import-gdelt/create-import-progress.js';
import { GDELT_BATCH_SIZE, importGdeltFiles, type GdeltImportOptions, type GdeltImportTotals } from './import-gdelt/import-gdelt-files.js';
import { parseCountryCodes, parseRootRanges } from './import-gdelt/parse-root-ranges.js';
import { connectNeo4j } from './neo4j/connect.js';
import { projectRoot, runCli } from './run-cli.js';

interface CliOptions {
  roots?: string;
  countries?: string;
  batchSize: string;
}

async function importGdelt(paths: string[], cli: CliOptions): Promise<void> {
  const started = performance.now();
  const options = parseOptions(cli);
  const { files, missing } = await collectGdeltFiles(paths);
  missing.forEach((path) => process.stderr.write(`error: ${path}: no such file or folder\n`));
  const config = await loadConfig();
  const connection = await connectNeo4j(config, projectRoot);
  const driver = createNeo4jDriver(connection, { maxTransactionRetryTime: 30_000 });
  try {
    await applyMigrations(driver, connection.database);
    const progress = createImportProgress(files.length);
    const totals = await importGdeltFiles(driver, connection.database, files, options, progress).finally(() => progress.stop());
    process.stdout.write(`${formatSummary(totals, files.length, (performance.now() - started) / 1000)}\n`);
    if (missing.length + totals.failedFiles + totals.malformed > 0) process.exitCode = 1;
  } finally {
    await driver.close();
  }
}

function parseOptions(cli: CliOptions): GdeltImportOptions {
  const batchSize = Number(cli.batchSize);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`--batch-size: "${cli.batchSize}" is not a positive whole number`);
  return {
    batchSize,
    ...(cli.roots !== undefined ? { roots: parseRootRanges(cli.roots) } : {}),
    ...(cli.countries !== undefined ? { countries: parseCountryCodes(cli.countries) } : {}),
  };
}

function formatSummary(totals: GdeltImportTotals, files: number, seconds: number): string {
  const parts = [
    `imported ${totals.events} events from ${files} file(s) in ${seconds.toFixed(1)} s (${Math.round(totals.events / seconds)} events/s)`,
    `${totals.written} new or changed`,
    ...(totals.filteredOut > 0 ? [`${totals.filteredOut} filtered out`] : []),
    ...(totals.malformed > 0 ? [`${totals.malformed} malformed row(s) skipped`] : []),
    ...(totals.failedFiles > 0 ? [`${totals.failedFiles} file(s) failed`] : []),
  ];
  return parts.join('; ');
}

const program = new Command()
  .name('import:gdelt')
  .description('Load GDELT 2.0 event exports (*.export.CSV, zipped or not) into Neo4j')
  .argument('<paths...>', 'files or folders')
  .option('--roots <ranges>', 'CAMEO root codes to keep, e.g. 01-08,16-20')
  .option('--countries <codes>', 'keep events with an actor of these CAMEO countries, e.g. SYR,RUS')
  .option('--batch-size <rows>', 'rows per write transaction', String(GDELT_BATCH_SIZE))
  .action(importGdelt);

await runCli(() => program.parseAsync());
