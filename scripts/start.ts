/**
 * `npm start`, the one-command demo: the graph (the local Neo4j unless NEO4J_URI names one), its
 * schema, the seed articles, the client built if stale, then the explorer at HOST:PORT until Ctrl+C
 * or SIGTERM. Each phase prints a line as it starts or ends, so a slow one never looks like a hang.
 * `--skip-seeds` serves what the graph already holds.
 */
import { join } from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../server/config.js';
import { applyMigrations } from '../server/graph/apply-migrations.js';
import { createNeo4jDriver, toConsoleConnection } from '../server/graph/driver.js';
import { closeOnSignals, startServer } from '../server/main.js';
import type { NlpClient } from '../server/nlp/create-nlp-client.js';
import { connectNeo4j } from './neo4j/connect.js';
import { openNlpClient } from './nlp/open-nlp-client.js';
import { projectRoot, runCli } from './run-cli.js';
import { createSeedProgress } from './start/create-seed-progress.js';
import { ensureClientBuilt } from './start/ensure-client-built.js';
import { ingestSeeds } from './start/ingest-seeds.js';

const say = (line: string) => process.stdout.write(`${line}\n`);
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

async function start({ seeds }: { seeds: boolean }): Promise<void> {
  const started = Date.now();
  const config = await loadConfig();
  const nlp = await openNlpClient(projectRoot, config, say);
  say(`nlp: ${config.CORENLP_URL ? config.CORENLP_URL.join(', ') : 'local CoreNLP worker'} after ${seconds(started)}`);
  const connection = await connectNeo4j(config, projectRoot, (line) => say(`neo4j: ${line}`));
  say(`neo4j: ${connection.uri} (${config.NEO4J_URI ? 'from NEO4J_URI' : 'local demo server'}) after ${seconds(started)}`);
  const driver = createNeo4jDriver(connection);
  try {
    const migrations = await applyMigrations(driver, connection.database);
    say(`schema: ${migrations.applied.length} migration(s) applied, ${migrations.skipped.length} already there`);
    if (seeds) await loadSeeds(driver, connection.database, nlp);
    say(`client: ${await ensureClientBuilt(projectRoot, () => say('client: building (vite, up to a minute)'))}`);
  } catch (error) {
    await driver.close();
    throw error;
  }
  const server = await startServer(config, {
    driver,
    nlp,
    database: connection.database,
    consoleConnection: toConsoleConnection(config, connection),
    clientDir: join(projectRoot, 'client', 'dist'),
  });
  closeOnSignals(server);
  say(`Explorer ready at ${server.url} after ${seconds(started)}  (API docs at ${server.url}/docs; Ctrl+C stops; npm run neo4j:stop stops Neo4j)`);
}

async function loadSeeds(driver: Parameters<typeof ingestSeeds>[0], database: string, nlp: NlpClient): Promise<void> {
  const report = await ingestSeeds(driver, database, projectRoot, nlp, (total) => createSeedProgress(total, say));
  say(`seeds: ${report.articles} article(s), ${report.actors} actors, ${report.events} events, ${report.relations} relations`);
  report.failures.forEach((failure) => process.stderr.write(`warning: seed skipped: ${failure}\n`));
  report.warnings.forEach((warning) => process.stderr.write(`warning: ${warning}\n`));
}

const program = new Command()
  .name('start')
  .description('Start the explorer: Neo4j, schema, seed articles, client, server')
  .option('--skip-seeds', 'do not ingest seeds/ (serve what the graph holds)')
  .action((options: { skipSeeds?: boolean }) => start({ seeds: !options.skipSeeds }));

await runCli(() => program.parseAsync());
